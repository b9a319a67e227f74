import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** How each module of the app's source imports `dependency`, bundled from `entry` as scripts/build-electron.mjs bundles it. */
async function importKinds(entry: string, dependency: string): Promise<string[]> {
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
  return Object.entries(metafile.inputs)
    .filter(([file]) => !file.includes('node_modules'))
    .flatMap(([, input]) => input.imports.filter((imported) => imported.original === dependency).map((imported) => imported.kind));
}

// pdf-lib takes about 0.1 s to load and is needed only to combine a batch of packets (issue 17).
describe('what the app loads at start', () => {
  it.each(['electron/host.ts', 'electron/main.ts'])(
    '%s loads pdf-lib on first use, not at start',
    async (entry) => {
      const kinds = await importKinds(entry, 'pdf-lib');
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every((kind) => kind === 'dynamic-import')).toBe(true);
    },
    30_000,
  );
});
