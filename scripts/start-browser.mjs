// `npm run start:browser -- [--data-dir DIR] [--port N] [--demo|--empty]`: builds what is missing
// or out of date, then runs the browser host with the given arguments.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runNpmScript } from './run-npm.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function stale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((dir) => newestMtime(dir) > built);
}

if (stale('dist/renderer/index.html', ['renderer', 'shared'])) runNpmScript('build:renderer', { silent: true });
if (stale('dist-electron/host.js', ['electron', 'shared'])) runNpmScript('build:electron', { silent: true });

const host = spawn(process.execPath, ['dist-electron/host.js', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
