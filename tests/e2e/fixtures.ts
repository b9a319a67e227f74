import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron, test as base, type Browser, type ElectronApplication, type Page, type TestInfo } from '@playwright/test';

/** How the data folder starts: the first-run screen, or already set up by the host's flags. */
export type Setup = 'first-run' | 'demo' | 'empty';

export const target = process.env.CLIENTBOOK_E2E_TARGET === 'electron' ? 'electron' : 'host';

const readyLine = /Clientbook is running at (\S+)/;
const exitWithParent = pathToFileURL(path.resolve(import.meta.dirname, '../fixtures/exit-with-parent.mjs')).href;
const startTimeoutMs = 30_000;
const stopTimeoutMs = 10_000;

/** The app under test, on a fresh temp data folder. */
export interface ClientbookApp {
  /** The window showing the app; a new one after `restart()` on Electron. */
  readonly page: Page;
  readonly dataDir: string;
  /**
   * Stops the app (waiting until it has exited) and starts it again on the same folder; returns
   * the new URL. `whileStopped` runs in between, e.g. to damage the data file.
   */
  restart(whileStopped?: () => Promise<void>): Promise<string>;
}

interface Runner {
  page: Page;
  /** `env` is added to the app's environment (e.g. PGPASSWORD for an office book). */
  start(flags: string[], env?: Record<string, string>): Promise<string>;
  stop(): Promise<void>;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

/** `node dist-electron/host.js`, driven by a Chromium page. */
export function hostRunner(dataDir: string, page: Page, testInfo: TestInfo): Runner {
  let child: ChildProcess | null = null;
  let log = '';
  return {
    page,
    async start(flags, env = {}) {
      // Loaded first, exit-with-parent takes the host down with this worker even if the worker is killed before teardown.
      const args = ['--import', exitWithParent, 'dist-electron/host.js', '--data-dir', dataDir, '--port', '0', ...flags];
      // Every answer is checked against the contract, as in the unit tests: a breach fails the screen that asked.
      const proc = spawn(process.execPath, args, {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, CLIENTBOOK_CHECK_OUTPUTS: '1', ...env },
      });
      child = proc;
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The host did not start within ${startTimeoutMs} ms.\n${log}`)), startTimeoutMs);
        let stdout = '';
        proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          log += chunk;
          stdout += chunk;
          const match = readyLine.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
        proc.on('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`The host exited (code ${code}) before it was ready.\n${log}`));
        });
      });
      await page.goto(url);
      return url;
    },
    async stop() {
      if (child) await stopProcess(child);
      child = null;
      await testInfo.attach('host.log', { body: log, contentType: 'text/plain' });
    },
  };
}

/** The Electron app itself; CLIENTBOOK_DATA_DIR points it at the temp folder. */
function electronRunner(dataDir: string): Runner {
  let app: ElectronApplication | null = null;
  let page: Page | null = null;
  return {
    get page() {
      if (!page) throw new Error('The Electron app is not running.');
      return page;
    },
    async start() {
      const executablePath = process.env.CLIENTBOOK_ELECTRON_PATH;
      app = await _electron.launch({
        args: ['dist-electron/main.js'],
        env: { ...process.env, CLIENTBOOK_DATA_DIR: dataDir } as Record<string, string>,
        ...(executablePath ? { executablePath } : {}),
      });
      page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      return page.url();
    },
    async stop() {
      await app?.close();
      app = null;
      page = null;
    },
  };
}

/** Electron has no --demo/--empty flags; set the folder up through the first-run screen instead. */
async function chooseSetup(page: Page, setup: Setup): Promise<void> {
  if (setup === 'first-run') return;
  await page.getByRole('button', { name: setup === 'demo' ? 'Load demo firm' : 'Start empty' }).click();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** A new empty folder under the system temp folder's clientbook-e2e; the caller removes it. */
export async function newDataDir(): Promise<string> {
  const root = path.join(tmpdir(), 'clientbook-e2e');
  await mkdir(root, { recursive: true });
  return mkdtemp(path.join(root, 'data-'));
}

export const test = base.extend<{ setup: Setup; app: ClientbookApp }>({
  setup: ['first-run', { option: true }],

  app: async ({ setup, browser }, use, testInfo) => {
    const dataDir = await newDataDir();
    const runner = target === 'electron' ? electronRunner(dataDir) : hostRunner(dataDir, await newPage(browser), testInfo);

    const flags = target === 'host' && setup !== 'first-run' ? [`--${setup}`] : [];
    await runner.start(flags);
    if (target === 'electron') await chooseSetup(runner.page, setup);

    await use({
      get page() {
        return runner.page;
      },
      dataDir,
      async restart(whileStopped) {
        await runner.stop();
        await whileStopped?.();
        return runner.start([]);
      },
    });

    await runner.stop();
    if (target === 'host') await runner.page.context().close();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
