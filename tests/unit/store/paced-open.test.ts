import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBook } from '../../../electron/backend/demo/generate';
import { Store, writeBookToDataDir } from '../../../electron/backend/store';
import { withNumberForName } from '../../fixtures/book-files';
import { crashCopy } from '../../fixtures/temp-dir';

const quiet = { idleCompactMs: 3_600_000 };

/** The S book (500 households, over 20,000 records, about 9 MB on disk), made once; each test opens a copy. */
let bookDir: string;
beforeAll(async () => {
  bookDir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-paced-'));
  await writeBookToDataDir(bookDir, generateBook({ scale: 'S', today: '2026-11-27' }));
}, 60_000);
afterAll(() => rm(bookDir, { recursive: true, force: true }));

/** Opens a data folder while a 5 ms timer runs, counting its ticks and keeping every progress value told. */
async function openWatched(dataDir: string): Promise<{ store: Store; ticks: number; elapsedMs: number; progress: number[] }> {
  let ticks = 0;
  const progress: number[] = [];
  const timer = setInterval(() => ticks++, 5);
  try {
    const start = performance.now();
    const store = await Store.open({ dataDir, ...quiet, onProgress: (done) => progress.push(done) });
    return { store, ticks, elapsedMs: performance.now() - start, progress };
  } finally {
    clearInterval(timer);
  }
}

describe('opening a large book', () => {
  it('lets timers run while the book is read and checked, instead of holding the thread until it is open', async () => {
    const { store, ticks, elapsedMs } = await openWatched(await crashCopy(bookDir));
    try {
      expect(store.count('interactions')).toBe(10_000);
      // At least one tick per 50 ms of the open. Held in one piece, the open lets the timer tick
      // only while files are read (about one tick per 100 ms of the S book's open).
      expect(ticks).toBeGreaterThanOrEqual(elapsedMs / 50);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('tells its progress as rising values from 0 (the folder locked) to 1 (open)', async () => {
    const { store, progress } = await openWatched(await crashCopy(bookDir));
    await store.close();
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    for (const [i, done] of progress.slice(1).entries()) expect(done).toBeGreaterThan(progress[i]!);
  }, 60_000);

  it('still quarantines a book holding an invalid record, and says it is done', async () => {
    const dataDir = await crashCopy(bookDir);
    const file = path.join(dataDir, 'clientbook.json');
    const { bytes } = withNumberForName(await readFile(file));
    await writeFile(file, bytes);
    const { store, progress } = await openWatched(dataDir);
    try {
      expect(store.state).toMatchObject({ mode: 'read-only', reason: 'corrupt' });
      expect(await readdir(path.join(dataDir, 'quarantine'))).toContainEqual(expect.stringMatching(/clientbook\.json$/));
      expect(progress.at(-1)).toBe(1);
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('closing while a large book opens', () => {
  it('stops at the next slice, changes nothing and frees the folder', async () => {
    const dataDir = await crashCopy(bookDir);
    const before = await readFile(path.join(dataDir, 'clientbook.json'));
    const closing = new AbortController();
    const stopped = new Error('the app is closing');
    const progress: number[] = [];
    const opening = Store.open({
      dataDir,
      ...quiet,
      signal: closing.signal,
      // Stopped once the book file is partly read.
      onProgress: (done) => {
        progress.push(done);
        if (done > 0) closing.abort(stopped);
      },
    });
    await expect(opening).rejects.toBe(stopped);
    expect(progress.at(-1)).toBeLessThan(0.75);
    expect((await readFile(path.join(dataDir, 'clientbook.json'))).equals(before)).toBe(true);

    const reopened = await Store.open({ dataDir, ...quiet });
    try {
      expect(reopened.state).toEqual({ mode: 'writable' });
      expect(reopened.count('interactions')).toBe(10_000);
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
