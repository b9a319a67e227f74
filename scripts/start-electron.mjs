// `npm start` (after `npm run build`): runs the built app in Electron, or says in one sentence
// why it cannot and what to use instead.
import { spawn } from 'node:child_process';
import { electronEnv, findElectron } from './electron-binary.mjs';

const electron = await findElectron();
if (!electron) {
  console.error(
    "Clientbook's desktop shell needs the Electron program, which is not installed on this machine and could not be downloaded; run `npm run start:browser` to use Clientbook in your browser instead.",
  );
  process.exit(1);
}

const app = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: electronEnv(), windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('error', (error) => {
  console.error(`The Electron program could not be started (${error.message}).`);
  process.exit(1);
});
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
