// `npm run test:e2e:electron`: the Playwright end-to-end specs against the Electron app.
// Exits 2 (not 1) when Electron is absent, so a caller can tell "could not run" from "failed".
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronEnv, findElectron } from './electron-binary.mjs';
import { runNpmScript } from './run-npm.mjs';

const electron = await findElectron();
if (!electron) {
  console.error(
    'The Electron program is absent on this machine, so the Electron run of the end-to-end suite cannot happen here; `npm run test:e2e` runs the same specs in Chromium.',
  );
  process.exit(2);
}

runNpmScript('build');

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const env = electronEnv({
  CLIENTBOOK_E2E_TARGET: 'electron',
  // The fixtures can launch this file with `_electron.launch({ executablePath })` instead of resolving it again.
  CLIENTBOOK_ELECTRON_PATH: electron,
});
const result = spawnSync(process.execPath, [playwrightCli, 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
