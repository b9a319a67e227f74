// `npm run start:browser -- [--data-dir DIR] [--port N] [--demo|--empty]`: builds what is missing
// or out of date, then runs the browser host with the given arguments.
import { spawn } from 'node:child_process';
import { buildWhatIsStale } from './start-build.mjs';

await buildWhatIsStale(process.cwd());

const host = spawn(process.execPath, ['dist-electron/host.js', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
