// The first screen before the whole book is read (issue 17): a workstation whose book has a
// matching first-screen file serves `app:boot` from it as soon as the folder is locked, then reads
// the book in the background; every other call, and every change, waits for the whole book.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { snapshotFileName } from '../../../electron/backend/store/store';
import { nodeFs, type StoreFs } from '../../../electron/backend/store/store-fs';
import { openWorkstation, type Workstation } from '../../../electron/backend/workstation';
import { contract, dispatch, type Channel, type Events, type In, type Out } from '../../../shared/contract';
import { usedBook } from '../../fixtures/first-screen';

const ctx = { actor: 'tester' };
/** A demo book made, closed and opened again on a loaded 2-core machine. */
const bookTestMs = 60_000;

async function call<C extends Channel>(station: Workstation, channel: C, input: In<C>): Promise<Out<C>> {
  const result = await dispatch(station.handlers, channel, input, ctx);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  contract[channel].output.parse(result.value);
  return result.value as Out<C>;
}

/** Node's file system, except that reading the book file waits until `release` is called. */
function heldBookReads(dataDir: string): { fs: StoreFs; release: () => void; reached: Promise<void> } {
  let release!: () => void;
  let reach!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const bookFile = path.join(dataDir, snapshotFileName);
  const fs: StoreFs = {
    ...nodeFs,
    async open(file, flags) {
      const handle = await nodeFs.open(file, flags);
      if (file !== bookFile || flags !== 'r') return handle;
      const read = handle.read.bind(handle) as (...args: unknown[]) => Promise<unknown>;
      return Object.assign(handle, {
        read: async (...args: unknown[]) => {
          reach();
          await released;
          return read(...args);
        },
      });
    },
  };
  return { fs, release, reached };
}

/** Settles within a few turns of the event loop, or not: whether a call is still waiting. */
async function settlesSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe('the first screen before the whole book is read', () => {
  it(
    'answers app:boot from the first-screen file while the book is read, holds every other call and change until it is whole, then tells the screens',
    async () => {
      // One instant throughout: the dashboard's overdue work and health are as of the instant asked.
      const at = new Date();
      const now = () => at;
      const dataDir = await usedBook(now);
      const before = await openWorkstation({ dataDir, now });
      const managerId = (await call(before, 'team:list', {}))[0]!.id;
      const myBook = { clients: { managerId }, dashboard: { managerId } };
      const expected = await call(before, 'app:boot', myBook);
      await before.close();
      expect(expected.clients!.length).toBeGreaterThan(0);
      expect(expected.dashboard!.book.households).toBeGreaterThan(0);

      const held = heldBookReads(dataDir);
      const station = await openWorkstation({ dataDir, now, store: { fs: held.fs } });
      onTestFinished(async () => {
        held.release();
        await station.close();
      });
      const changed: Events['data:changed'][] = [];
      station.events.on('data:changed', (payload) => changed.push(payload));
      // The first screen goes first: the book is read once its answer is out.
      expect(await settlesSoon(held.reached)).toBe(false);

      const early = await call(station, 'app:boot', myBook);
      expect(early.opening).not.toBeNull();
      expect({ ...early, opening: null }).toEqual(expected);
      await held.reached;

      const status = call(station, 'app:status', {});
      const change = call(station, 'team:create', { name: 'Asha Rao', email: 'asha@example.com', role: 'adviser' });
      expect(await settlesSoon(status)).toBe(false);
      expect(await settlesSoon(change)).toBe(false);

      held.release();
      await station.ready;
      expect((await status).mode).toBe('ready');
      expect((await change).name).toBe('Asha Rao');
      expect(changed[0]!.collections).toContain('clients');
      const whole = await call(station, 'app:boot', myBook);
      expect(whole.opening).toBeNull();
      expect(whole.clients).toEqual(expected.clients);
      expect(whole.dashboard).toEqual(expected.dashboard);
    },
    bookTestMs,
  );

  it(
    'closes while the book is read in the background without reporting a failed start, tells waiting calls why, and frees the folder',
    async () => {
      const dataDir = await usedBook();
      const held = heldBookReads(dataDir);
      const station = await openWorkstation({ dataDir, store: { fs: held.fs } });
      expect((await call(station, 'app:boot', { clients: {} })).opening).not.toBeNull();
      await held.reached;
      // A screen's call still waiting for the book when the app closes is told so in a sentence.
      const waiting = dispatch(station.handlers, 'team:list', { includeInactive: false }, ctx);
      const closed = station.close();
      held.release();
      await closed;
      await expect(station.ready).resolves.toBeUndefined();
      expect(await waiting).toEqual({
        ok: false,
        error: { code: 'UNAVAILABLE', message: 'Clientbook is closing, so this was not done.', key: 'store.closing', params: {} },
      });
      const again = await openWorkstation({ dataDir });
      onTestFinished(() => again.close());
      expect((await call(again, 'app:status', {})).mode).toBe('ready');
    },
    bookTestMs,
  );

  it(
    'waits for the whole book when there is no first-screen file to serve from',
    async () => {
      const dataDir = await usedBook();
      await rm(path.join(dataDir, 'first-screen.json'));
      const held = heldBookReads(dataDir);
      const opening = openWorkstation({ dataDir, store: { fs: held.fs } });
      onTestFinished(async () => {
        held.release();
        await (await opening).close();
      });
      await held.reached;
      expect(await settlesSoon(opening)).toBe(false);
      held.release();
      const station = await opening;
      expect((await call(station, 'app:boot', { clients: {} })).opening).toBeNull();
    },
    bookTestMs,
  );
});
