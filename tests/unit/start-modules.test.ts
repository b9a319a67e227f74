import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The files evaluated when `entry` starts, bundled as scripts/build-electron.mjs bundles it: every
 * input reached from the entry by static imports and requires. A dynamic `import()` is evaluated
 * only when it runs, so what lies behind one alone is not counted.
 */
async function loadedAtStart(entry: string): Promise<Set<string>> {
  const { metafile } = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['electron', 'playwright-core'],
  });
  const inputs: Metafile['inputs'] = metafile.inputs;
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file) || !inputs[file]) return;
    reached.add(file);
    for (const imported of inputs[file].imports) if (imported.kind !== 'dynamic-import') visit(imported.path);
  };
  visit(path.relative(process.cwd(), path.join(root, entry)));
  return reached;
}

function packagesIn(files: Set<string>): Set<string> {
  return new Set([...files].flatMap((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? []));
}

// pdf-lib takes about 0.1 s to load and is needed only to combine a batch of packets; node-postgres
// only at a workstation that uses the office book (issue 17).
describe('what the app loads at start', () => {
  it.each(['electron/host/host.ts', 'electron/main/main.ts'])(
    '%s loads pdf-lib and node-postgres on first use, not at start',
    async (entry) => {
      const packages = packagesIn(await loadedAtStart(entry));
      expect(packages).not.toContain('pdf-lib');
      expect(packages).not.toContain('pg');
      // Loaded only where updates are on, after the window is up.
      expect(packages).not.toContain('electron-updater');
    },
    30_000,
  );

  it.each(['electron/host/host.ts', 'electron/main/main.ts'])(
    '%s answers the first screen before it loads the backend: its file reader, but no contract, store or services at start',
    async (entry) => {
      const loaded = await loadedAtStart(entry);
      expect(loaded).toContain('electron/backend/first-screen-file.ts');
      const backend = [...loaded].filter((file) => /shared\/contract|backend\/(services|workstation|index)|store\/store\.ts/.test(file));
      // The first screen's workstation status, apart from the sign-in service for this.
      expect(backend).toEqual(['electron/backend/services/workstation-status.ts']);
    },
    30_000,
  );

  it('the browser host loads no zod at start (the Electron shell checks its window state with it)', async () => {
    const loaded = await loadedAtStart('electron/host/host.ts');
    expect(loaded).toContain('electron/host/server.ts');
    expect(packagesIn(loaded)).not.toContain('zod');
  }, 30_000);
});
