// Bundles the main process, preload and browser host with esbuild. Vite builds the renderer.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Chunk names carry a hash: drop the last build's, so dist-electron holds only what this one uses.
await rm('dist-electron/chunks', { recursive: true, force: true });

const { version } = JSON.parse(await readFile('package.json', 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // The electron package must come from the runtime, never be bundled. playwright-core drives
  // headless Chromium for the browser host's PDFs; it is a dev tool loaded from node_modules.
  external: ['electron', 'playwright-core'],
  // Which build wrote a first-screen file (electron/backend/first-screen-file.ts): what it saved has
  // that build's shapes, so a file from any other build, even of the same version, is not served.
  define: { 'process.env.CLIENTBOOK_BUILD': JSON.stringify(`${version} ${new Date().toISOString()}`) },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main/main.ts', host: 'electron/host/host.ts' },
    outdir: 'dist-electron',
    format: 'esm',
    // Code reached only through import() (the backend behind the host's first answer, pdf-lib,
    // node-postgres) goes into chunks of its own, compiled when first loaded rather than at start.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.js' },
    // Bundled CommonJS dependencies may call require(); give ESM output one.
    banner: { js: "import { createRequire as __cbRequire } from 'node:module'; const require = __cbRequire(import.meta.url);" },
  }),
  // Sandboxed preload scripts must be CommonJS.
  build({
    ...common,
    entryPoints: { preload: 'electron/main/preload.ts' },
    outdir: 'dist-electron',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  }),
]);
