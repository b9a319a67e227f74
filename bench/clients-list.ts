/**
 * Clients-list benchmarks on a book served by the real HTTP host: the `clients:list` request
 * itself, and in Chromium a keystroke in the clients search box until the table shows the result.
 */
import { spawnSync } from 'node:child_process';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { chromium, type Locator, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../tests/fixtures/host-process';
import { time } from './stats';

const root = path.resolve(import.meta.dirname, '..');

/** When the last key went down and when the page last changed after it, by the page's own clock. */
interface Probe {
  keydownAt: number;
  changedAt: number;
}

/** The few browser globals the in-page probe uses; this file is type-checked without the DOM library. */
interface PageGlobals {
  probe?: Probe;
  /** What watches the part of the page that shows results; replaced when that part is drawn anew (an opened dialog). */
  watcher?: Watcher;
  document: {
    addEventListener(type: 'keydown', listener: () => void, capture: boolean): void;
    querySelector(selector: string): unknown;
    body: unknown;
  };
  MutationObserver: new (callback: () => void) => Watcher;
}

interface Watcher {
  observe(target: unknown, options: Record<string, boolean>): void;
  disconnect(): void;
}

/** Searches as people type them: surname fragments, some common, some rare. */
const searchTerms = ['smith', 'garcia', 'lee', 'patel', 'an', 'washington', 'okafor', 'nguyen', 'johnson', 'chen', 'holloway', 'mensah'];

export async function withHost<T>(dataDir: string, run: (host: RunningHost) => Promise<T>): Promise<T> {
  const host = await startHost(['--data-dir', dataDir], {}, 'caller');
  try {
    return await run(host);
  } finally {
    await host.stop();
  }
}

export async function rpc(host: RunningHost, channel: string, input: unknown): Promise<unknown> {
  const response = await fetch(new URL(`/rpc/${channel}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-clientbook-token': host.token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`);
  return body.value;
}

/** `clients:list` with a search term and a tier filter, over HTTP, request to parsed response. */
export async function timeClientsList(host: RunningHost, runs: number): Promise<number[]> {
  // The first call builds the per-client cache after opening, and the host is still settling after
  // reading the book; what is measured is the steady state after a few calls.
  for (let i = 0; i < 20; i++) await rpc(host, 'clients:list', { search: searchTerms[i % searchTerms.length] });
  return time(runs, (run) => rpc(host, 'clients:list', { search: searchTerms[run % searchTerms.length], tier: 'A' }));
}

async function ensureBuilt(): Promise<void> {
  const index = path.join(root, 'dist/renderer/index.html');
  const built = await access(index).then(
    () => true,
    () => false,
  );
  if (built) return;
  console.error('Building the renderer for the browser benchmark…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/** A page of the built app in Chromium, on the host's book at `hash`; the browser is closed after `run`. */
async function withAppPage<T>(host: RunningHost, hash: string, run: (page: Page) => Promise<T>): Promise<T> {
  await ensureBuilt();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const url = new URL(host.url);
    url.hash = hash;
    await page.goto(url.toString());
    return await run(page);
  } finally {
    await browser.close();
  }
}

/**
 * For each character of each term typed into `input`, the time from its keydown to the last change
 * the page made inside `watched` (a CSS selector) in response. The page records both with
 * performance.now(), so the measure has no round trip to the test process in it. `start` readies
 * the box for a new term (empties it) and returns it.
 */
async function timeKeystrokes(page: Page, terms: readonly string[], watched: string, start: () => Promise<Locator>): Promise<number[]> {
  const samples: number[] = [];
  for (const term of terms) {
    const input = await start();
    await page.waitForTimeout(300);
    await page.evaluate((selector) => {
      const page = globalThis as unknown as PageGlobals;
      if (!page.probe) {
        const probe: Probe = (page.probe = { keydownAt: 0, changedAt: 0 });
        page.document.addEventListener('keydown', () => ((probe.keydownAt = performance.now()), (probe.changedAt = 0)), true);
      }
      const probe = page.probe;
      page.watcher?.disconnect();
      page.watcher = new page.MutationObserver(() => (probe.changedAt = performance.now()));
      page.watcher.observe(page.document.querySelector(selector) ?? page.document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }, watched);
    for (const char of term) {
      await input.press(char);
      // Settled: nothing has changed for 250 ms (longer than any debounce the screen uses).
      const latency = await page.evaluate(async () => {
        const probe = (globalThis as unknown as PageGlobals).probe!;
        let seen = -1;
        while (seen !== probe.changedAt) {
          seen = probe.changedAt;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return probe.changedAt > probe.keydownAt ? probe.changedAt - probe.keydownAt : null;
      });
      if (latency !== null) samples.push(latency);
    }
  }
  return samples;
}

/** In Chromium: a keystroke in the clients screen's search box until the table or its "N households" count shows the result. */
export function timeSearchKeystrokes(host: RunningHost): Promise<number[]> {
  return withAppPage(host, '#/clients', async (page) => {
    const search = page.getByLabel('Search', { exact: true });
    await page
      .getByText(/^[\d,]+ households?$/)
      .first()
      .waitFor({ timeout: 30_000 });
    await search.waitFor();
    return timeKeystrokes(page, searchTerms, 'main', async () => {
      await search.fill('');
      return search;
    });
  });
}

/** What people type into the search box on any screen: names in either order and without accents, phones as written, account endings. */
const searchBoxTerms = ['smith', 'jose garcia', 'nguyen lee', '617-555-01', '+1 978 555 01', 'patel', '4821', 'okafor', 'washington'];

/** In Chromium: a keystroke in the search box opened with / on the dashboard until its list of matches shows the result. */
export function timeSearchBoxKeystrokes(host: RunningHost): Promise<number[]> {
  return withAppPage(host, '#/', async (page) => {
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 30_000 });
    const box = page.getByRole('combobox', { name: 'Search clients or go to a screen' });
    return timeKeystrokes(page, searchBoxTerms, 'dialog.search-box', async () => {
      if (await box.isVisible()) await page.keyboard.press('Escape');
      await page.locator('body').press('/');
      await box.waitFor();
      return box;
    });
  });
}
