// The layer rules in eslint.config.js are an allow-list: each probe below is a file that breaks one
// rule, linted as if it were at its path, and must fail on that rule (issue 18).
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules that report `code` as if it were the file `file` (relative to the repository). */
async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const probes: { rule: string; file: string; code: string; breaks: string }[] = [
  {
    rule: 'the backend never imports the Electron shell',
    file: 'electron/backend/services/probe.ts',
    code: "export { setupIpc } from '../../main/ipc';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'the backend never imports the browser host',
    file: 'electron/backend/workstation-probe.ts',
    code: "export { createHostServer } from '../host/server';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'services never import a host',
    file: 'electron/backend/services/probe.ts',
    code: "export { createChromiumPdfRenderer } from '../../host/printer';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'the browser host never imports the Electron shell',
    file: 'electron/host/probe.ts',
    code: "export { createMainWindow } from '../main/window';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'what both hosts share never imports either',
    file: 'electron/common/probe.ts',
    code: "export { createHostServer } from '../host/server';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'the store never imports a service',
    file: 'electron/backend/store/probe.ts',
    code: "export { clientRowFilter } from '../services/clients';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'the store takes only types from the office book',
    file: 'electron/backend/store/probe.ts',
    code: "export { OfficeUnavailableError } from '../office/office-unavailable';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'the renderer imports nothing outside renderer/ and shared/',
    file: 'renderer/app/probe.ts',
    code: "export { silentLogger } from '../../electron/backend/logger';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: "a feature uses another feature only through its index, never that feature's files",
    file: 'renderer/features/dashboard/probe.ts',
    code: "export { HealthBandBadge } from '../health/health-badges';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'shared/ imports only shared/',
    file: 'shared/probe.ts',
    code: "export { useQuery } from '../renderer/api/use-query';",
    breaks: 'boundaries/dependencies',
  },
  {
    rule: 'a file in no layer is an error',
    file: 'electron/probe.ts',
    code: 'export const probe = 1;',
    breaks: 'boundaries/no-unknown-files',
  },
  {
    rule: 'the backend never imports the electron package',
    file: 'electron/backend/services/probe.ts',
    code: "export { app } from 'electron';",
    breaks: 'no-restricted-imports',
  },
  {
    rule: 'the renderer never imports Node',
    file: 'renderer/app/probe.ts',
    code: "export { readFile } from 'node:fs/promises';",
    breaks: 'no-restricted-imports',
  },
];

// ESLint loads the TypeScript parser and every plugin on its first file: about 5 s on a loaded 2-core machine.
describe('the layers lint enforces', { timeout: 30_000 }, () => {
  it.each(probes)('$rule', async ({ file, code, breaks }) => {
    expect(await rulesBroken(file, code)).toContain(breaks);
  });

  it('lets each layer import what it is allowed to', async () => {
    const allowed = [
      { file: 'electron/backend/services/probe.ts', code: "export { Store } from '../store';" },
      { file: 'electron/backend/store/probe.ts', code: "export type { SignedIn } from '../office/sign-ins';" },
      { file: 'electron/host/probe.ts', code: "export { openWorkstation } from '../backend/workstation';" },
      { file: 'electron/main/probe.ts', code: "export { contentSecurityPolicy } from '../common/csp';" },
      { file: 'renderer/app/probe.ts', code: "export { ClientRow } from '../../shared/model';" },
      { file: 'renderer/features/dashboard/probe.ts', code: "export { HealthBandBadge } from '../health';" },
      { file: 'renderer/features/dashboard/probe.ts', code: "export { WorkTiles } from './work-tiles';" },
      { file: 'renderer/app/probe.ts', code: "export { ClientsScreen } from '../features/clients/clients-screen';" },
    ];
    for (const { file, code } of allowed) expect(await rulesBroken(file, code), file).toEqual([]);
  });
});
