// The scripts that find and start the Electron program, run against fake `electron` packages in
// temporary projects (the real binary cannot be downloaded here).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronEnv, findElectron } from '../../../scripts/electron-binary.mjs';

const scriptsDir = path.resolve(import.meta.dirname, '../../../scripts');

let project: string;
beforeEach(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'clientbook-electron-bin-'));
  writeFileSync(path.join(project, 'package.json'), '{"name":"fake","private":true}');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** Installs a fake `electron` package whose index.js has `body` as its source. */
function fakeElectronPackage(body: string): void {
  const dir = path.join(project, 'node_modules', 'electron');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"name":"electron","main":"index.js"}');
  writeFileSync(path.join(dir, 'index.js'), body);
}

/** A fake Electron program that records its arguments and environment, then exits with `code`. */
function fakeBinary(code = 0): string {
  const binary = path.join(project, 'fake-electron.mjs');
  writeFileSync(
    binary,
    `#!${process.execPath}\nimport { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(project, 'ran.json'))}, JSON.stringify({ args: process.argv.slice(2), runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));\nprocess.exit(${code});\n`,
  );
  chmodSync(binary, 0o755);
  return binary;
}

describe('findElectron', () => {
  it('returns the path the package resolves to', async () => {
    const binary = fakeBinary();
    fakeElectronPackage(`module.exports = ${JSON.stringify(binary)};`);
    await expect(findElectron({ cwd: project })).resolves.toBe(binary);
  });

  it('ignores progress printed before the path', async () => {
    const binary = fakeBinary();
    fakeElectronPackage(`console.log('Downloading Electron binary...'); module.exports = ${JSON.stringify(binary)};`);
    await expect(findElectron({ cwd: project })).resolves.toBe(binary);
  });

  it('is null without the package', async () => {
    await expect(findElectron({ cwd: project })).resolves.toBeNull();
  });

  it('is null when the download fails', async () => {
    fakeElectronPackage(`throw new Error('Electron failed to install correctly.');`);
    await expect(findElectron({ cwd: project })).resolves.toBeNull();
  });

  it('is null when the resolved file does not exist', async () => {
    fakeElectronPackage(`module.exports = ${JSON.stringify(path.join(project, 'dist', 'electron'))};`);
    await expect(findElectron({ cwd: project })).resolves.toBeNull();
  });

  it('gives up on a download that hangs', async () => {
    fakeElectronPackage(`setInterval(() => {}, 1000);`);
    const started = Date.now();
    await expect(findElectron({ cwd: project, timeoutMs: 300, noticeMs: 10_000 })).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('starts Electron as Electron even when the shell asks it to run as Node', () => {
    process.env.ELECTRON_RUN_AS_NODE = '1';
    try {
      expect(electronEnv({ A: 'b' })).toMatchObject({ A: 'b' });
      expect(electronEnv()).not.toHaveProperty('ELECTRON_RUN_AS_NODE');
    } finally {
      delete process.env.ELECTRON_RUN_AS_NODE;
    }
  });
});

describe.skipIf(process.platform === 'win32')('start-electron.mjs and e2e-electron.mjs', () => {
  const run = (script: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [path.join(scriptsDir, script), '--flag'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      // A synchronous spawn blocks the worker, so Vitest cannot time it out: this stops a hung script.
      timeout: 10_000,
      killSignal: 'SIGKILL',
    });

  it('start runs Electron on the project folder and passes its exit code on', () => {
    fakeElectronPackage(`module.exports = ${JSON.stringify(fakeBinary(3))};`);
    const result = run('start-electron.mjs', { ELECTRON_RUN_AS_NODE: '1' });
    expect(result.status).toBe(3);
    expect(JSON.parse(readFileSync(path.join(project, 'ran.json'), 'utf8'))).toEqual({ args: ['.', '--flag'], runAsNode: null });
  });

  it('start without Electron says so in one sentence and exits 1', () => {
    const result = run('start-electron.mjs');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      "Clientbook's desktop shell needs the Electron program, which is not installed on this machine and could not be downloaded; run `npm run start:browser` to use Clientbook in your browser instead.",
    ]);
  });

  it('the Electron end-to-end run without Electron says so and exits 2', () => {
    const result = run('e2e-electron.mjs');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Electron program is absent.*`npm run test:e2e` runs the same specs in Chromium/);
  });
});
