// `npm run dev [-- host arguments]`: rebuilds the renderer on every change (vite build --watch)
// and runs the browser host on it; reload the page to see a change. Main-process changes need a restart.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { runNpmScript } from './run-npm.mjs';

runNpmScript('build', { silent: true });
const viteCli = createRequire(import.meta.url).resolve('vite/bin/vite.js');
const children = [
  spawn(process.execPath, [viteCli, 'build', '--watch', '--mode', 'development'], { stdio: 'inherit' }),
  spawn(process.execPath, ['dist-electron/host.js', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => process.exit(code ?? 0));
