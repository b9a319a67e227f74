import { readFile } from 'node:fs/promises';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * index.html lists the app chunk that main.tsx imports once it has asked for the first screen's
 * data, with every chunk and style it needs, its imports' imports too: without this they would be
 * requested only once the chunk importing each is read, one round trip later each, and then wait
 * behind the host's answer to the first screen and its loading of the backend.
 */
function preloadApp(appEntry: string): Plugin {
  return {
    name: 'clientbook:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        const chunks = Object.values(bundle ?? {});
        const app = chunks.find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(appEntry));
        if (app?.type !== 'chunk') throw new Error(`The renderer build has no chunk for ${appEntry}.`);
        // The app chunk and every chunk it imports, directly or not, in the order they are reached.
        const needed = new Map([[app.fileName, app]]);
        for (const chunk of needed.values()) {
          for (const fileName of chunk.imports) {
            const imported = bundle?.[fileName];
            if (imported?.type === 'chunk' && !needed.has(fileName)) needed.set(fileName, imported);
          }
        }
        const listed = (fileName: string) => html.includes(`"./${fileName}"`);
        const scripts = [...needed.keys()].filter((fileName) => !listed(fileName));
        const styles = [...new Set([...needed.values()].flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]))].filter(
          (fileName) => !listed(fileName),
        );
        // After the Content-Security-Policy meta, which applies only to what follows it.
        const link = (rel: string, fileName: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        });
        return [...scripts.map((fileName) => link('modulepreload', fileName)), ...styles.map((fileName) => link('stylesheet', fileName))];
      },
    },
  };
}

/** The bundled Devanagari font's licence (SIL OFL 1.1) must travel with the font: written beside the app's files. */
function fontLicence(): Plugin {
  return {
    name: 'clientbook:font-licence',
    apply: 'build',
    async generateBundle() {
      const licence = await readFile(new URL('./node_modules/@fontsource/noto-sans-devanagari/LICENSE', import.meta.url));
      this.emitFile({ type: 'asset', fileName: 'licenses/noto-sans-devanagari-OFL.txt', source: licence });
    },
  };
}

// `base: './'` so the built renderer loads from the app:// protocol in Electron and from the host alike.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadApp('/renderer/start.tsx'), fontLicence()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
  },
});
