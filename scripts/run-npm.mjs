import { spawnSync } from 'node:child_process';

/**
 * Runs `npm run <script>` and exits this process if it fails. npm sets npm_execpath to its CLI
 * script when it runs us; running that with this Node avoids Windows refusing to spawn `npm.cmd`
 * without a shell. Run directly (not through npm), use npm from the PATH.
 */
export function runNpmScript(script, { silent = false } = {}) {
  const args = ['run', ...(silent ? ['--silent'] : []), script];
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { stdio: 'inherit' })
    : spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
