// Builds what is missing or older than its sources, calling Vite and esbuild directly: `npm start`
// and `npm run start:browser` then start at once when nothing changed, without a nested `npm run`.
// `node scripts/start-build.mjs` does it for the project in the current folder.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What each build writes and what it is made from, relative to the project folder. */
export const builds = {
  renderer: {
    outputs: ['dist/renderer/index.html'],
    sources: ['renderer', 'shared', 'vite.config.ts', 'package-lock.json'],
  },
  electron: {
    outputs: ['dist-electron/main.js', 'dist-electron/host.js', 'dist-electron/preload.cjs'],
    sources: ['electron', 'shared', 'scripts/build-electron.mjs', 'package-lock.json'],
  },
};

/** The newest change under `source`, a file or a folder. Folders count too: deleting a file changes its folder. */
function newestChange(source) {
  const stats = statSync(source);
  let newest = stats.mtimeMs;
  if (!stats.isDirectory()) return newest;
  for (const entry of readdirSync(source, { withFileTypes: true, recursive: true })) {
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The names of the builds in `root` with an output missing or older than one of their sources. */
export function staleBuilds(root) {
  return Object.entries(builds)
    .filter(([, { outputs, sources }]) => {
      const at = (file) => path.join(root, file);
      if (!outputs.every((output) => existsSync(at(output)))) return true;
      const built = Math.min(...outputs.map((output) => statSync(at(output)).mtimeMs));
      return sources.some((source) => existsSync(at(source)) && newestChange(at(source)) > built);
    })
    .map(([name]) => name);
}

/** Builds what is stale in `root` (the project folder, which must also be the current folder). */
export async function buildWhatIsStale(root) {
  const stale = staleBuilds(root);
  if (stale.includes('renderer')) {
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts') });
  }
  // The electron build script builds when it is loaded.
  if (stale.includes('electron')) await import(pathToFileURL(path.join(root, 'scripts/build-electron.mjs')).href);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildWhatIsStale(process.cwd());
