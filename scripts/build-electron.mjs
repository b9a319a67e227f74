// Bundles the main process, preload and browser host with esbuild. Vite builds the renderer.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // The electron package must come from the runtime, never be bundled. playwright-core drives
  // headless Chromium for the browser host's PDFs; it is a dev tool loaded from node_modules.
  external: ['electron', 'playwright-core'],
};

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main.ts', host: 'electron/host.ts' },
    outdir: 'dist-electron',
    format: 'esm',
    outExtension: { '.js': '.js' },
    // Bundled CommonJS dependencies may call require(); give ESM output one.
    banner: { js: "import { createRequire as __cbRequire } from 'node:module'; const require = __cbRequire(import.meta.url);" },
  }),
  // Sandboxed preload scripts must be CommonJS.
  build({
    ...common,
    entryPoints: { preload: 'electron/preload.ts' },
    outdir: 'dist-electron',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  }),
]);
