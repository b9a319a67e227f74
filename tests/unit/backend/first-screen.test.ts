// The first-screen file (issue 17): saved beside the book after each book file, it answers `app:boot`
// as the opened book would, and is refused whenever it might not be that book's.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { ClientFactsCache } from '../../../electron/backend/services/client-facts';
import type { ServiceContext } from '../../../electron/backend/services/context';
import {
  firstScreenBytes,
  firstScreenFileName,
  firstScreenVersion,
  leadRows,
  readFirstScreen,
  readFirstScreenAtStart,
  type FirstScreenHeader,
} from '../../../electron/backend/first-screen-file';
import { officeConnectionFileName } from '../../../electron/backend/office/connection-file';
import { keepFirstScreen } from '../../../electron/backend/services/first-screen';
import { HealthCache } from '../../../electron/backend/services/health';
import { readSignInSettings, writeSignInSettings } from '../../../electron/backend/services/sign-in-file';
import { notRequired } from '../../../electron/backend/services/workstation-status';
import { putOp, silentLogger, Store, type Logger } from '../../../electron/backend/store';
import { readSnapshotHeader } from '../../../electron/backend/store/snapshot';
import { zonedDayOf, zonedDayStartMs } from '../../../shared/domain/local-day';
import { addDays } from '../../../shared/domain/recurrence';
import { defaultSettings, type ClientFilters, type DashboardQuery } from '../../../shared/model';
import { onOfficeBook } from '../../fixtures/backend';
import { crashCopy, tempDir } from '../../fixtures/temp-dir';

const ctx = { actor: 'tester' };
/** The demo firm is made on this day; the book is kept and read a fortnight before, so later valuations bound the file's days. */
const madeOn = () => new Date('2026-03-31T10:00:00Z');
const now = () => new Date('2026-03-16T10:00:00Z');
/** The demo firm's zone (the US firm keeps the one chosen at first run: this computer's). */
const firmZone = defaultSettings.timeZone;
const today = zonedDayOf(now(), firmZone);
/** The moment the firm's `day` begins. */
const startOf = (day: string) => new Date(zonedDayStartMs(day, firmZone));
/** Loading the demo firm, opening it three times and writing the file, on a loaded 2-core machine. */
const bookTestMs = 60_000;

function recordingLog(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, info() {}, warn() {}, error: (message) => errors.push(message) };
}

/** The demo firm with one household archived, as a closed data folder. */
async function demoFolder(): Promise<{ dataDir: string; managerId: string; archivedId: string }> {
  const dataDir = await tempDir();
  const backend = await createBackend({ dataDir, now: madeOn });
  try {
    await backend.handlers['setup:loadDemo']({}, ctx);
    const [first] = await backend.handlers['clients:list']({}, ctx);
    await backend.handlers['clients:archive']({ id: first!.id, archived: true }, ctx);
    return { dataDir, managerId: first!.primaryManagerId, archivedId: first!.id };
  } finally {
    await backend.close();
  }
}

/**
 * Opens the folder's store as the backend does, keeps its first-screen file (for `memberHere` at
 * the workstation), runs `work`, closes, and waits for the file.
 */
async function keeping(
  dataDir: string,
  work: (store: Store) => Promise<void> = async () => {},
  { log = recordingLog(), clock = now, memberHere = null }: { log?: Logger; clock?: () => Date; memberHere?: string | null } = {},
) {
  const store = await Store.open({ dataDir, now: clock, idleCompactMs: 3_600_000 });
  const keeper = keepFirstScreen(serviceContext(store, dataDir, clock), store, log, () => memberHere);
  try {
    await work(store);
    // Closing leaves off the dashboards under way: a test of what was written waits for them.
    await keeper.settled();
  } finally {
    await store.close();
    await keeper.stop();
  }
}

/** What the backend gives the services, over `store` alone. */
function serviceContext(store: Store, dataDir: string, clock: () => Date = now): ServiceContext {
  return {
    store,
    now: clock,
    dataDir,
    clientFacts: new ClientFactsCache({ store, now: clock }),
    health: new HealthCache({ store, now: clock }),
    pdf: null,
    desktop: null,
  };
}

/** A demo folder whose first-screen file was written after a change and a compaction. */
async function keptFolder() {
  const demo = await demoFolder();
  await keeping(
    demo.dataDir,
    async (store) => {
      const client = store.get('clients', demo.archivedId)!;
      await store.mutate('tester', () => ({ ops: [putOp('clients', { ...client, name: 'Aardvark Household' })], result: undefined }));
      await store.compact();
    },
    { memberHere: demo.managerId },
  );
  return demo;
}

async function copyOf(dataDir: string): Promise<string> {
  const copy = await tempDir();
  await cp(dataDir, copy, { recursive: true });
  return copy;
}

const fileOf = (dataDir: string) => path.join(dataDir, firstScreenFileName);
/** The file as the workstation reads it, with the folder's sign-in settings. */
const read = (dataDir: string, now: () => Date) =>
  readFirstScreen(dataDir, { now, signIn: () => readSignInSettings(dataDir, silentLogger) });
/** The file's header line, after the prelude. */
const headerOf = (saved: string): FirstScreenHeader => JSON.parse(saved.split('\n')[1]!);

describe.skipIf(onOfficeBook)('the first-screen file', () => {
  it(
    'answers app:boot as the opened book does, for one manager, everyone (its first rows, then the rest), and with archived households',
    async () => {
      const { dataDir, managerId } = await keptFolder();
      const header = await readSnapshotHeader(path.join(dataDir, 'clientbook.json'));
      const saved = headerOf(await readFile(fileOf(dataDir), 'utf8'));
      expect(saved).toMatchObject({ seq: header!.seq, savedAt: header!.savedAt, day: today });
      const firstScreen = await read(dataDir, now);
      expect(firstScreen).not.toBeNull();
      const backend = await createBackend({ dataDir, now });
      try {
        const queries: [ClientFilters, DashboardQuery | null][] = [
          [{ managerId }, { managerId }],
          [{}, { managerId: null }],
          [{ includeArchived: true, tier: 'A' }, null],
          [{ managerId, noContactDays: 30 }, null],
        ];
        for (const [clients, dashboard] of queries) {
          const query = { clients, clientsFrom: 0, dashboard };
          const opened = await backend.handlers['app:boot'](query, ctx);
          const answered = firstScreen!.boot(query, 0.25);
          // The whole list of current clients, longer than a first screen: its first rows, then the rest when asked.
          const wholeList = Object.keys(clients).length === 0;
          const first = wholeList ? opened.clients!.slice(0, leadRows) : opened.clients;
          expect(answered).toEqual({ ...opened, clients: first, opening: 0.25 });
          expect(answered.clientsTotal).toBe(opened.clients!.length);
          expect(answered.clients!.length).toBeGreaterThan(0);
          expect(answered.dashboard === null).toBe(dashboard === null);
          const rest = { clients, clientsFrom: first!.length, dashboard: null };
          const restOpened = await backend.handlers['app:boot'](rest, ctx);
          expect(restOpened.clients).toEqual(opened.clients!.slice(first!.length));
          expect(firstScreen!.boot(rest, 0.5)).toEqual({ ...restOpened, opening: 0.5 });
          if (wholeList) expect(opened.clients!.length).toBeGreaterThan(leadRows);
        }
        const withArchived = firstScreen!.boot({ clientsFrom: 0, clients: { includeArchived: true }, dashboard: null }, 0).clients!;
        expect(withArchived.filter((row) => row.archived).map((row) => row.name)).toContain('Aardvark Household');
        expect(firstScreen!.boot({ clientsFrom: 0, clients: {}, dashboard: null }, 0).clients!.some((row) => row.archived)).toBe(false);
        // A search needs more than the rows: the screen asks the whole book.
        expect(firstScreen!.boot({ clientsFrom: 0, clients: { search: 'aardvark' }, dashboard: null }, 0).clients).toBeNull();
        expect(firstScreen!.boot({ clientsFrom: 0, clients: null, dashboard: null }, 0)).toEqual({
          ...(await backend.handlers['app:boot']({ clients: null, clientsFrom: 0, dashboard: null }, ctx)),
          opening: 0,
        });
      } finally {
        await backend.close();
      }
    },
    bookTestMs,
  );

  it(
    "holds dashboard:get's answers for its day and the next three, for the firm and the member at the workstation, as the whole book answers them on that day",
    async () => {
      const { dataDir, managerId } = await keptFolder();
      const header = headerOf(await readFile(fileOf(dataDir), 'utf8'));
      const dayAfterNext = addDays(today, 2);
      // A valuation on the fourth day changes the totals: no dashboard is saved from then on.
      expect(header.validBefore).toBe(addDays(today, 3));
      const daysSaved = (saved: { dashboards: { day: string }[] }) => [...new Set(saved.dashboards.map(({ day }) => day))];
      expect(daysSaved(header)).toEqual([today, addDays(today, 1), addDays(today, 2)]);
      // The file's day as of the moment its book file was saved, a later day as of its start.
      const days = [
        { day: today, at: new Date(header.savedAt) },
        { day: dayAfterNext, at: startOf(dayAfterNext) },
      ];
      for (const { day, at } of days) {
        const clock = () => at;
        const firstScreen = (await read(dataDir, clock))!;
        const backend = await createBackend({ dataDir, now: clock });
        try {
          const firm = await backend.handlers['dashboard:get']({ managerId: null }, ctx);
          const mine = await backend.handlers['dashboard:get']({ managerId }, ctx);
          expect(firm.today).toBe(day);
          expect(mine.book.households).toBeLessThan(firm.book.households);
          expect(firstScreen.boot({ clientsFrom: 0, clients: null, dashboard: { managerId: null } }, 0).dashboard).toEqual(firm);
          expect(firstScreen.boot({ clientsFrom: 0, clients: null, dashboard: { managerId } }, 0).dashboard).toEqual(mine);
          // Someone no longer on the team sees the firm, as the screen shows it.
          expect(firstScreen.boot({ clientsFrom: 0, clients: null, dashboard: { managerId: 'tm_gone' } }, 0).dashboard).toEqual(firm);
        } finally {
          await backend.close();
        }
      }

      // After the last valuation the totals hold for ever: the file's day and the next three.
      // Nobody chosen at the workstation this time: the firm's alone.
      await keeping(dataDir, async () => {}, { clock: madeOn });
      const later = headerOf(await readFile(fileOf(dataDir), 'utf8'));
      const laterDay = zonedDayOf(madeOn(), firmZone);
      expect(later.validBefore).toBeNull();
      expect(daysSaved(later)).toEqual([0, 1, 2, 3].map((ahead) => addDays(laterDay, ahead)));
      expect(new Set(later.dashboards.map((saved: { managerId: string | null }) => saved.managerId))).toEqual(new Set([null]));
      const fourDaysOn = addDays(laterDay, 4);
      const firstScreen = await read(dataDir, () => startOf(fourDaysOn));
      // Not saved that far ahead: the screen asks the whole book.
      expect(firstScreen!.boot({ clientsFrom: 0, clients: null, dashboard: { managerId } }, 0).dashboard).toBeNull();
    },
    bookTestMs,
  );

  it(
    'leaves off the dashboards under way when stopped, so a quit is not held up: a new book file gets its rows alone, a file for the same one is kept',
    async () => {
      const { dataDir, managerId, archivedId } = await keptFolder();
      const kept = await readFile(fileOf(dataDir), 'utf8');
      /**
       * Keeps the file for `memberHere` and stops (as a quit does) as soon as a write asks who that
       * is, after the rows and before the dashboards: from the start, or once `work` begins.
       */
      const quitting = async (memberHere: string, work: ((store: Store) => Promise<void>) | null) => {
        const store = await Store.open({ dataDir, now, idleCompactMs: 3_600_000 });
        let quitNow = work === null;
        let quit: Promise<void> | null = null;
        const keeper = keepFirstScreen(serviceContext(store, dataDir), store, recordingLog(), () => {
          if (quitNow) quit ??= keeper.stop();
          return memberHere;
        });
        await keeper.settled();
        quitNow = true;
        await work?.(store);
        await store.close();
        await keeper.stop();
        await quit;
      };

      // The same book file, with someone else chosen at the start: the file there stays as it was.
      const otherMember = (await read(dataDir, now))!
        .boot({ clientsFrom: 0, clients: null, dashboard: null }, 0)
        .team.find((member) => member.active && member.id !== managerId)!.id;
      await quitting(otherMember, null);
      expect(await readFile(fileOf(dataDir), 'utf8')).toBe(kept);

      // A new book file: its rows, without dashboards (the dashboard then waits for the whole book).
      await quitting(managerId, async (store) => {
        const client = store.get('clients', archivedId)!;
        await store.mutate('tester', () => ({ ops: [putOp('clients', { ...client, tags: ['quit'] })], result: undefined }));
        await store.compact();
      });
      const header = headerOf(await readFile(fileOf(dataDir), 'utf8'));
      expect(header.seq).toBe((await readSnapshotHeader(path.join(dataDir, 'clientbook.json')))!.seq);
      expect(header.dashboards).toEqual([]);
      const answered = (await read(dataDir, now))!.boot(
        { clientsFrom: 0, clients: { includeArchived: true }, dashboard: { managerId } },
        0,
      );
      expect(answered.dashboard).toBeNull();
      expect(answered.clients!.find((row) => row.id === archivedId)!.tags).toEqual(['quit']);
    },
    bookTestMs,
  );

  it(
    'is refused when it might not be the book’s: a later book file, a change in the journal, a day past its values, sign-in, another schema, a newer book file, damage',
    async () => {
      const { dataDir, archivedId } = await keptFolder();
      const saved = await readFile(fileOf(dataDir), 'utf8');
      const header = headerOf(saved);
      expect(await read(dataDir, now)).not.toBeNull();

      // A book file saved without it: a start whose writing failed, or an older Clientbook.
      const later = await copyOf(dataDir);
      const store = await Store.open({ dataDir: later, now });
      await store.mutate('tester', () => ({
        ops: [putOp('clients', { ...store.get('clients', archivedId)!, tags: ['later'] })],
        result: undefined,
      }));
      const crashed = await crashCopy(later);
      await store.close();
      expect(await read(later, now)).toBeNull();
      // The same book file, with a change after it in the journal.
      expect((await readSnapshotHeader(path.join(crashed, 'clientbook.json')))!.seq).toBe(header.seq);
      expect(await read(crashed, now)).toBeNull();

      // The values hold from the day they were computed for until the first later valuation, opening or closing.
      expect(header.validBefore).not.toBeNull();
      expect(await read(dataDir, () => startOf(header.validBefore!))).toBeNull();
      expect(await read(dataDir, () => startOf('2026-03-15'))).toBeNull();

      // The same book file marked as saved by a newer Clientbook, which opens read-only: not served as a ready book.
      const newer = await copyOf(dataDir);
      const bookFile = path.join(newer, 'clientbook.json');
      await writeFile(bookFile, (await readFile(bookFile, 'utf8')).replace(/"schemaVersion":\d+,/, '"schemaVersion":99,'));
      expect(await read(newer, now)).toBeNull();

      const signIn = await copyOf(dataDir);
      await writeSignInSettings(signIn, { ...notRequired, required: true });
      expect(await read(signIn, now)).toBeNull();

      const rewritten = async (content: string | Buffer) => {
        const copy = await copyOf(dataDir);
        await writeFile(fileOf(copy), content);
        return read(copy, now);
      };
      // Written again with a good hash, so each change below is refused for itself, not as damage.
      const lines = saved
        .split('\n')
        .slice(2, -1)
        .map((line) => Buffer.from(line));
      const withHeader = (changes: Partial<FirstScreenHeader>) => firstScreenBytes({ ...header, ...changes }, lines);
      expect(await rewritten(withHeader({}))).not.toBeNull();
      expect(withHeader({}).toString()).toBe(saved);
      expect(await rewritten(withHeader({ schemaVersion: header.schemaVersion - 1 }))).toBeNull();
      // Written by another build, whose status, rows or dashboards may have other shapes.
      expect(await rewritten(withHeader({ build: 'another build' }))).toBeNull();
      // A file of the format before, with a prelude of its version.
      const preludeOf = (content: Buffer) => JSON.parse(content.toString().split('\n')[0]!);
      const good = withHeader({});
      const olderFormat = JSON.stringify({ ...preludeOf(good), version: 2 });
      expect(await rewritten(`${olderFormat}\n${saved.slice(saved.indexOf('\n') + 1)}`)).toBeNull();
      // The header changed, its hash not.
      expect(await rewritten(saved.replace(`"clients":${header.clients},`, `"clients":${header.clients + 1},`))).toBeNull();
      expect(await rewritten(saved.slice(0, -100))).toBeNull();
      expect(await rewritten(saved.slice(0, saved.indexOf('\n') - 1))).toBeNull();
      const body = saved.indexOf('\n', saved.indexOf('\n') + 1) + 200;
      expect(await rewritten(`${saved.slice(0, body)}${saved[body] === '1' ? '2' : '1'}${saved.slice(body + 1)}`)).toBeNull();
      expect(await rewritten('')).toBeNull();
    },
    bookTestMs,
  );

  it(
    'answers a start before the backend is loaded: only the queries a plain start sends, and not beside an office connection or a sign-in file',
    async () => {
      const { dataDir, managerId } = await keptFolder();
      const atStart = await readFirstScreenAtStart(dataDir, now);
      const loaded = await read(dataDir, now);
      expect(atStart).not.toBeNull();
      const plain = [
        { clients: {}, dashboard: null },
        { clients: { managerId }, dashboard: null },
        { clients: null, dashboard: { managerId: null } },
        { clients: null, dashboard: { managerId } },
        {},
      ];
      for (const input of plain) {
        expect(atStart!.bootAtStart(input)).toEqual(loaded!.boot({ clientsFrom: 0, clients: null, dashboard: null, ...input }, 0));
      }
      // Anything else waits for the backend, which checks it against the contract.
      const others = [
        undefined,
        null,
        [],
        'boot',
        { clients: { tier: 'A' }, dashboard: null },
        { clients: { managerId, includeArchived: true } },
        { clients: { managerId: 'tm_nobody' } },
        { clients: [] },
        { clients: {}, extra: true },
        { dashboard: {} },
        { dashboard: { managerId: 5 } },
        { dashboard: { managerId: 'tm_nobody' } },
      ];
      for (const input of others) expect(atStart!.bootAtStart(input)).toBeNull();

      const office = await copyOf(dataDir);
      await writeFile(path.join(office, officeConnectionFileName), '{}');
      expect(await readFirstScreenAtStart(office, now)).toBeNull();
      // Reading a sign-in file needs its schema: the workstation reads it once loaded, and may serve the file then.
      const signIn = await copyOf(dataDir);
      await writeSignInSettings(signIn, notRequired);
      expect(await readFirstScreenAtStart(signIn, now)).toBeNull();
      expect(await read(signIn, now)).not.toBeNull();
    },
    bookTestMs,
  );

  it(
    'is written when missing at the start, and a failure to write it fails no compaction',
    async () => {
      const { dataDir, archivedId } = await demoFolder();
      await keeping(dataDir);
      expect(await read(dataDir, now)).not.toBeNull();
      // One of the format before is written again.
      const saved = await readFile(fileOf(dataDir), 'utf8');
      await writeFile(fileOf(dataDir), saved.replace(`"version":${firstScreenVersion},`, '"version":2,'));
      expect(await read(dataDir, now)).toBeNull();
      await keeping(dataDir);
      expect(await readFile(fileOf(dataDir), 'utf8')).toBe(saved);

      // Something in its place it cannot be written over.
      await rm(fileOf(dataDir));
      await mkdir(path.join(fileOf(dataDir), 'in-the-way'), { recursive: true });
      const log = recordingLog();
      await keeping(
        dataDir,
        async (store) => {
          const client = store.get('clients', archivedId)!;
          await store.mutate('tester', () => ({ ops: [putOp('clients', { ...client, tags: ['kept'] })], result: undefined }));
          await store.compact();
          expect(store.state).toEqual({ mode: 'writable' });
        },
        { log },
      );
      expect(log.errors).toContain('The first-screen file could not be saved; the next start reads the whole book before showing it.');
      const reopened = await Store.open({ dataDir, now });
      expect(reopened.get('clients', archivedId)!.tags).toEqual(['kept']);
      await reopened.close();
      expect(await read(dataDir, now)).toBeNull();
    },
    bookTestMs,
  );
});
