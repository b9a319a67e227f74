// Finds the Electron program for `npm start` and `npm run test:e2e:electron`.
//
// The `electron` package downloads its binary the first time it is required. On a machine with
// internet that is what we want (`npm install && npm start` just works); without it the attempt
// must end quickly and quietly, with one sentence instead of a stack trace.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A real first download is ~100 MB; this only stops a connection that hangs forever. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/** After this long the download is real, so say what is happening rather than sit silent. */
const SLOW_NOTICE_MS = 3_000;

/**
 * Resolves the Electron executable, letting the `electron` package download it if needed.
 * Returns `null` when the package is not installed, the download fails or times out, or the
 * resolved file does not exist.
 */
export async function findElectron({ cwd = process.cwd(), timeoutMs = DOWNLOAD_TIMEOUT_MS, noticeMs = SLOW_NOTICE_MS } = {}) {
  let entry;
  try {
    entry = createRequire(path.join(cwd, 'package.json')).resolve('electron');
  } catch {
    return null;
  }
  // Required in a child: the package downloads synchronously and throws with stack traces, so
  // the child keeps that noise off the screen and can be stopped if it hangs.
  const child = spawn(process.execPath, ['-e', `process.stdout.write('\\n' + require(${JSON.stringify(entry)}))`], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout also stops the downloader it spawns.
    detached: process.platform !== 'win32',
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.resume();

  const notice = setTimeout(() => console.error('Fetching the Electron program; this happens once and can take a few minutes.'), noticeMs);
  const timeout = setTimeout(() => {
    if (child.pid === undefined) return;
    try {
      if (process.platform === 'win32') child.kill();
      else process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, timeoutMs);
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (exitCode) => resolve(exitCode ?? 1));
  });
  clearTimeout(notice);
  clearTimeout(timeout);

  // The package may print a progress line first; the path is the last line.
  const binary = stdout.trim().split('\n').at(-1)?.trim();
  return code === 0 && binary && existsSync(binary) ? binary : null;
}

/** A copy of the environment that starts Electron as Electron, even from a shell where another Electron app set it to run as Node. */
export function electronEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
