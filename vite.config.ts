import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'` so the built renderer loads from the app:// protocol in Electron and from the host alike.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
  },
});
