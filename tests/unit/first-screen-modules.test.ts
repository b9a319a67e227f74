import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The built renderer, as `npm run build` builds it (not written out). */
async function buildRenderer(): Promise<Rolldown.RolldownOutput['output']> {
  const result = await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, emptyOutDir: false },
  });
  return ((Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput).output;
}

function indexHtml(output: Rolldown.RolldownOutput['output']): string {
  const html = output.find((file) => file.fileName === 'index.html');
  if (html?.type !== 'asset') throw new Error('The renderer build has no index.html');
  return String(html.source);
}

/** The modules of each script index.html loads before anything shows: its entry first, then every chunk it modulepreloads. */
function firstScreenScripts(output: Rolldown.RolldownOutput['output']): string[][] {
  const scripts = [...indexHtml(output).matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  return scripts.flatMap((fileName) => {
    const chunk = output.find((file) => file.fileName === fileName);
    return chunk?.type === 'chunk' ? [chunk.moduleIds.map((id) => path.relative(root, id))] : [];
  });
}

// zod and the model's schemas take about 60 ms of Chromium's time to load and build; the clients
// table and the dashboard need only plain lists (shared/model/*-values.ts), so forms and the
// contract load with the screens that use them (issue 17).
describe('the built renderer', () => {
  it(
    'carries the bundled Devanagari font’s licence beside it',
    async () => {
      const output = await buildRenderer();
      expect(output.some((file) => /noto-sans-devanagari.*\.woff2$/.test(file.fileName))).toBe(true);
      const licence = output.find((file) => file.fileName === 'licenses/noto-sans-devanagari-OFL.txt');
      expect(licence?.type === 'asset' && String(licence.source)).toContain('SIL Open Font License, Version 1.1');
    },
    // A production build of the renderer, as below.
    60_000,
  );
});

describe('the first screen’s script', () => {
  it(
    'holds no zod, no contract, no model schemas and no screen another start shows',
    async () => {
      const modules = firstScreenScripts(await buildRenderer()).flat();
      expect(modules).toContain('renderer/features/clients/clients-screen.tsx');
      expect(modules).toContain('renderer/features/dashboard/dashboard-screen.tsx');
      const schemaModules = modules.filter(
        (id) => id.startsWith('node_modules/zod/') || id === 'shared/contract.ts' || /^shared\/model\/(?!.*-values\.ts$)/.test(id),
      );
      expect(schemaModules).toEqual([]);
      // Nor what only another start (first run, sign-in, a damaged book) or a later key press shows.
      const shownLater = [
        'renderer/features/tasks/quick-add-form.tsx',
        'renderer/features/setup/welcome-screen.tsx',
        'renderer/features/read-only/read-only-screen.tsx',
        'renderer/features/office/office-sign-in-screen.tsx',
        'renderer/features/sign-in/workstation-sign-in-screen.tsx',
        'renderer/features/sign-in/set-password-screen.tsx',
      ];
      expect(modules.filter((id) => shownLater.includes(id))).toEqual([]);
      // Nor another language's catalogue: an English reader never downloads it (issue 19).
      expect(modules.filter((id) => /^renderer\/i18n\/hi[.-]/.test(id))).toEqual([]);
    },
    // A production build of the renderer: about 5 s alone, several times that on a loaded 2-core machine.
    60_000,
  );

  it(
    'asks for the first screen’s data from a small entry, while the app it then imports is fetched beside it',
    async () => {
      const output = await buildRenderer();
      const [entry, ...preloaded] = firstScreenScripts(output);
      // The entry runs as soon as it arrives: it holds the boot call and none of the app, whose
      // evaluation (about 80 ms on M) would otherwise come before the question.
      expect(entry).toContain('renderer/api/boot.ts');
      expect((entry ?? []).filter((id) => id.startsWith('node_modules/react-dom/') || id === 'renderer/app/app.tsx')).toEqual([]);
      // Nor i18next and the English text, which the app chunk brings (issue 19).
      expect((entry ?? []).filter((id) => id.startsWith('node_modules/i18next/') || id.startsWith('renderer/i18n/en'))).toEqual([]);
      // The app is listed in index.html, so its download starts with the entry's, not after the entry has run.
      const modules = preloaded.flat();
      expect(modules).toContain('renderer/app/app.tsx');
      expect(modules.filter((id) => id.startsWith('node_modules/react-dom/'))).not.toEqual([]);
      // So is every chunk and style those import, however deep: none waits to be found until its importer is read.
      const listed = new Set([...indexHtml(output).matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]));
      const chunks = output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk' && listed.has(file.fileName));
      const unlisted = chunks
        .flatMap((chunk) => [...chunk.imports, ...(chunk.viteMetadata?.importedCss ?? [])])
        .filter((fileName) => !listed.has(fileName));
      expect(unlisted).toEqual([]);
    },
    // A production build of the renderer, as above.
    60_000,
  );
});
