// The renderer's lint refuses words written into a screen instead of the catalogues (issue 19):
// each probe is linted as a renderer file, and only the words a person reads are reported.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const probeFile = 'renderer/features/probe/probe-screen.tsx';
// The probe is no file on disk: TypeScript's project service types it with the renderer's settings.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: [probeFile],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: [probeFile], defaultProject: 'tsconfig.web.json' } },
    },
  },
});
// ESLint loads the TypeScript parser and every plugin on its first file: seconds on a loaded machine.
const lintTimeoutMs = 60_000;

/** What i18next/no-literal-string reports in `code`, as if it were a screen's file. */
async function literalsIn(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, probeFile) });
  const messages = result?.messages ?? [];
  // A probe that does not parse would report nothing and pass.
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.filter((message) => message.ruleId === 'i18next/no-literal-string').map((message) => message.message);
}

const screen = (jsx: string) => `import { useTranslation } from 'react-i18next';
function Field(_props: { label: string }) {
  return null;
}
function columnHeader(column: 'name' | 'email') {
  return <th>{column}</th>;
}
export function ProbeScreen({ count }: { count: number }) {
  const { t } = useTranslation();
  return ${jsx};
}
`;

describe('literal strings in the renderer', () => {
  it.each([
    ['text between tags', '<p>Clients at risk</p>', 1],
    ['a title', '<span title="Account ending 3830">{count}</span>', 1],
    ['an aria-label', '<button aria-label="Close">×</button>', 1],
    ['a placeholder', '<input placeholder="Search clients" />', 1],
    ['an alt text', '<img alt="Firm logo" src="/logo.png" />', 1],
    ['a label given to a component', '<Field label="Monthly" />', 1],
    ['strings in braces', '<p>{count > 1 ? "many clients" : "one client"}</p>', 2],
  ])(
    'reports %s',
    async (_what, jsx, reports) => {
      expect(await literalsIn(screen(jsx))).toHaveLength(reports);
    },
    lintTimeoutMs,
  );

  it(
    'leaves alone what is not text: classes, keys typed as such, routes, test ids, roles, numbers, symbols and t() keys',
    async () => {
      const jsx = `(
        <div className="card tone-danger" data-testid="probe" role="region" aria-labelledby="probe-title" key="a">
          <a href="/clients" id="probe-title">{t('nav.clients')}</a>
          <input type="search" name="q" autoComplete="off" aria-label={t('clients.filters.search')} />
          {columnHeader('email')}
          <span aria-hidden="true">✓ </span>
          {count} {' '} 42%
        </div>
      )`;
      expect(await literalsIn(screen(jsx))).toEqual([]);
    },
    lintTimeoutMs,
  );
});
