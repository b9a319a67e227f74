/**
 * First screen: from starting the built browser host (`node dist-electron/host.js`, what
 * `npm run start:browser` runs once the build is up to date) to the clients table showing rows in
 * Chromium, and to the dashboard (the default route) showing its figures. The page notes the moment itself, by wall clock, with a MutationObserver installed
 * before any of its scripts run; the benchmark compares it with the wall-clock time of the spawn.
 * The floor is the same path with nothing in it: an empty Node process serving a one-row page;
 * the app's own floor is the app itself on a book of one household (its scripts and first render,
 * with next to no data).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { createBackend } from '../electron/backend';
import type { FirstScreenHeader } from '../electron/backend/first-screen-file';
import { contract, type BookChannel, type In } from '../shared/contract';

const root = path.resolve(import.meta.dirname, '..');
const rowSelector = 'tbody tr[id^="client-row-"]';
/** The dashboard's first figure (households in the book), shown with the rest of its answer. */
const dashboardSelector = '.dash-book .stat__value';
const readyLine = 'Clientbook is running at ';

/** The page global the probe writes; this file is type-checked without the DOM library. */
interface ProbeGlobals {
  firstRowsAt?: number;
  document: { querySelector(selector: string): unknown };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void; disconnect(): void };
}

/** Runs in the page before its own scripts: notes by wall clock when the first element matching `selector` appears. */
function installFirstRowsProbe(selector: string): void {
  const page = globalThis as unknown as ProbeGlobals;
  const observer = new page.MutationObserver(() => {
    if (page.firstRowsAt === undefined && page.document.querySelector(selector)) {
      page.firstRowsAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  });
  observer.observe(page.document, { childList: true, subtree: true });
}

/** An empty Node process that serves one page holding one table row, and says where, as the host does. */
const floorServer = `
const server = require('node:http').createServer((_, res) => {
  res.setHeader('content-type', 'text/html');
  res.end('<!doctype html><table><tbody><tr id="client-row-1"><td>Row</td></tr></tbody></table>');
});
server.listen(0, '127.0.0.1', () => console.log('${readyLine}http://127.0.0.1:' + server.address().port + '/'));
`;

/** Waits for the process's "running at" line and returns its address; rejects if the process ends first or is stuck. */
async function runningAt(child: ChildProcess): Promise<string> {
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<string>((resolve, reject) => {
      lines.on('line', (text) => text.startsWith(readyLine) && resolve(text.slice(readyLine.length)));
      child.once('exit', (code) => reject(new Error(`the process exited with ${code} before it was ready: ${stderr}`)));
      // The L book takes about 25 s on a loaded machine; a start that takes minutes is stuck.
      timer = setTimeout(() => reject(new Error(`the process was not ready after 120 s: ${stderr}`)), 120_000);
    });
  } finally {
    clearTimeout(timer);
    lines.close();
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** One start, in milliseconds from spawning the process. */
interface Start {
  /** To its "running at" line. */
  ready: number;
  /** To the first rows (or the dashboard's figures) in a fresh Chromium page at its address. */
  rows: number;
}

/** Who this workstation remembers as "You are" (nobody: null), as the app keeps it (renderer/app/current-user.tsx). */
function rememberMember(memberId: string | null): void {
  const { localStorage } = globalThis as unknown as {
    localStorage: { setItem(key: string, value: string): void; removeItem(key: string): void };
  };
  if (memberId === null) localStorage.removeItem('clientbook.currentUser');
  else localStorage.setItem('clientbook.currentUser', memberId);
}

/**
 * Spawns `args` with this Node, then opens its address plus `hash` in a new Chromium page until
 * `selector` shows (then waits `lingerMs` more); with `memberId`, the page remembers that member as
 * "You are", so the clients table opens on their book.
 */
async function timeToRows(
  browser: Browser | BrowserContext,
  args: string[],
  hash: string,
  { memberId, selector = rowSelector, lingerMs = 0 }: { memberId?: string; selector?: string; lingerMs?: number } = {},
): Promise<Start> {
  // A browser gives each start a fresh context (nothing kept: a first start); a context is a
  // profile kept between starts, as the desktop app keeps its own.
  const fresh = 'newContext' in browser;
  const context = fresh ? await browser.newContext({ viewport: { width: 1440, height: 900 } }) : browser;
  let child: ChildProcess | undefined;
  let page: Page | undefined;
  try {
    page = await context.newPage();
    await page.addInitScript(installFirstRowsProbe, selector);
    // A kept profile remembers the last start's member: each start says its own.
    await page.addInitScript(rememberMember, memberId ?? null);
    const spawnedAt = performance.timeOrigin + performance.now();
    child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = new URL(await runningAt(child));
    const ready = performance.timeOrigin + performance.now() - spawnedAt;
    url.hash = hash;
    await page.goto(url.toString());
    const shownAt = await page.waitForFunction(() => (globalThis as unknown as ProbeGlobals).firstRowsAt, undefined, { timeout: 60_000 });
    const rows = ((await shownAt.jsonValue()) as number) - spawnedAt;
    await new Promise((resolve) => setTimeout(resolve, lingerMs));
    return { ready, rows };
  } finally {
    if (child) await stop(child);
    await (fresh ? context.close() : page?.close());
  }
}

export interface FirstScreenTimings {
  /** Host starts, to the clients table's first rows: all clients (nobody chosen as "You are"). */
  host: Start[];
  /** The same, with the manager of the most households remembered as "You are": the table opens on their book. */
  myBook: Start[];
  /** Host starts on the dashboard (`#/`), to its figures, nobody chosen: the firm's. */
  dashboard: Start[];
  /** Starts of an empty Node process, to its one-row page shown. */
  floor: Start[];
  /**
   * Everyday starts: the same as `myBook` and `host`, in one Chromium profile kept between starts,
   * with the host at one address, as the desktop app is at app://clientbook with its profile in
   * its user-data folder. Chromium then has the app's scripts and their compiled code at hand.
   */
  everydayMyBook: Start[];
  everydayHost: Start[];
  /** Everyday starts of the app on a book of one household, that member remembered: the app's own floor. */
  everydayOneHousehold: Start[];
}

/** A new data folder holding a book of one household, managed by its one member (returned too). */
async function oneHouseholdBook(): Promise<{ dataDir: string; memberId: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-bench-one-household-'));
  const backend = await createBackend({ dataDir });
  const call = <C extends BookChannel>(channel: C, input: In<C>) =>
    (backend.handlers[channel] as (input: unknown, ctx: { actor: string }) => Promise<unknown>)(contract[channel].input.parse(input), {
      actor: 'bench',
    });
  try {
    await call('setup:startEmpty', {});
    const member = (await call('team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' })) as { id: string };
    await call('clients:create', { name: 'The Lee Household', tier: 'A', primaryManagerId: member.id });
    return { dataDir, memberId: member.id };
  } finally {
    await backend.close();
  }
}

/** A port free now, for a host that must keep one address between starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * `runs` first screens of the built host on a copy of a book in `dataDir` (dist/ and dist-electron/
 * must be built), alternated with the floor so both see the same machine load.
 */
/**
 * The header of the book's first-screen file (its second line, electron/backend/first-screen-file.ts),
 * read as it is: the built host wrote it, whose build the bench's own copy of the reader is not.
 */
async function firstScreenHeader(dataDir: string): Promise<Pick<FirstScreenHeader, 'groups' | 'dashboards'> | null> {
  const text = await readFile(path.join(dataDir, 'first-screen.json'), 'utf8').catch(() => '');
  const header = text.split('\n')[1];
  return header ? (JSON.parse(header) as FirstScreenHeader) : null;
}

/** The manager with the most current households, from the header of the book's first-screen file. */
async function busiestManager(dataDir: string): Promise<string> {
  const { groups } = (await firstScreenHeader(dataDir)) ?? { groups: [] };
  const current = groups.filter((group) => !group.archived).sort((a, b) => b.bytes - a.bytes);
  if (!current[0]) throw new Error('The first-screen file lists no households.');
  return current[0].managerId;
}

/**
 * Starts the host on the dashboard until its first-screen file holds the firm's dashboard for
 * today: the warm-up start may have been stopped while the dashboards were still being computed.
 */
async function untilFirmDashboardSaved(browser: Browser, host: string[], dataDir: string): Promise<void> {
  const saved = async () => (await firstScreenHeader(dataDir))?.dashboards.some((line) => line.managerId === null) ?? false;
  for (let attempt = 0; attempt < 5 && !(await saved()); attempt++) {
    // Staying a while after the figures show lets the whole book open and the file be written again.
    await timeToRows(browser, host, '', { selector: dashboardSelector, lingerMs: 15_000 });
  }
  if (!(await saved())) throw new Error('The first-screen file never held the firm’s dashboard.');
}

export async function timeFirstScreen(dataDir: string, runs: number): Promise<FirstScreenTimings> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-bench-profile-'));
  /** Folders made for the run, removed with the profile. */
  const cleanUp: string[] = [];
  const profile = await chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions, viewport: { width: 1440, height: 900 } });
  try {
    const timings: FirstScreenTimings = {
      host: [],
      myBook: [],
      dashboard: [],
      floor: [],
      everydayMyBook: [],
      everydayHost: [],
      everydayOneHousehold: [],
    };
    const everydayPort = String(await freePort());
    const hostOn = (folder: string, port = everydayPort) => ['dist-electron/host.js', '--data-dir', folder, '--port', port];
    const everydayHost = hostOn(dataDir);
    const host = hostOn(dataDir, '0');
    // Warms the disk cache and Chromium's first page, which no user start pays twice either; the
    // host's own first start writes the book's first-screen file, as every book used before has one.
    await timeToRows(browser, ['-e', floorServer], '');
    await timeToRows(browser, host, '#/clients');
    await untilFirmDashboardSaved(browser, host, dataDir);
    const manager = await busiestManager(dataDir);
    const oneHousehold = await oneHouseholdBook();
    cleanUp.push(oneHousehold.dataDir);
    // At the book's address: one origin, so one profile's cache serves both, as the one app does.
    const oneHouseholdHost = hostOn(oneHousehold.dataDir);
    // Its first start writes its first-screen file. Chromium keeps a script's compiled code once it has seen the script twice.
    await timeToRows(profile, oneHouseholdHost, '#/clients', { memberId: oneHousehold.memberId, lingerMs: 3_000 });
    for (let start = 0; start < 2; start++) await timeToRows(profile, everydayHost, '#/clients', { memberId: manager });
    for (let run = 0; run < runs; run++) {
      timings.floor.push(await timeToRows(browser, ['-e', floorServer], ''));
      timings.host.push(await timeToRows(browser, host, '#/clients'));
      timings.myBook.push(await timeToRows(browser, host, '#/clients', { memberId: manager }));
      timings.dashboard.push(await timeToRows(browser, host, '', { selector: dashboardSelector }));
      timings.everydayMyBook.push(await timeToRows(profile, everydayHost, '#/clients', { memberId: manager }));
      timings.everydayHost.push(await timeToRows(profile, everydayHost, '#/clients'));
      timings.everydayOneHousehold.push(await timeToRows(profile, oneHouseholdHost, '#/clients', { memberId: oneHousehold.memberId }));
    }
    return timings;
  } finally {
    await profile.close();
    await browser.close();
    await Promise.all([profileDir, ...cleanUp].map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
