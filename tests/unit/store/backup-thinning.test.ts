// Backups of every reason are thinned alike (the newest few, then one a day for 60 days), but a
// backup of a book that was then replaced (pre-restore, pre-import, pre-migration) goes only when
// another kept backup holds exactly the same book: it is usually the only copy of recent changes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupReason } from '../../../shared/model/app';
import { currentSchemaVersion, putOp, Store } from '../../../electron/backend/store';
import { Backups } from '../../../electron/backend/store/backups';
import { readContentChecksum, readSnapshotFile, writeSnapshotFile, type StoreImage } from '../../../electron/backend/store/snapshot';
import { client as clientRecord } from '../../fixtures/records';
import { tempDir } from '../../fixtures/temp-dir';

const day = 86_400_000;

/** A clock that moves only when told. */
function clockAt(start: string) {
  let at = Date.parse(start);
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

/** The book a snapshot or backup file holds: records and single objects, without the audit trail's checkpoint. */
async function bookIn(file: string): Promise<string> {
  const image = await readSnapshotFile(file, currentSchemaVersion);
  const collections = Object.entries(image.collections)
    .filter(([, records]) => records.size > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, records]) => [name, [...records.values()]]);
  const { auditHead: _checkpoint, ...singletons } = image.singletons;
  return JSON.stringify({ collections, singletons });
}

describe('backup thinning through the store', () => {
  it('96 restores back and forth leave a bounded number of backups, and every book that was in a backup still is', async () => {
    const dataDir = await tempDir();
    const clock = clockAt('2026-05-04T08:00:00.000Z');
    const store = await Store.open({ dataDir, now: clock.now, idleCompactMs: 3_600_000, autoBackupEveryMs: Number.POSITIVE_INFINITY });
    const addClient = (name: string) =>
      store.mutate('tester', () => ({ ops: [putOp('clients', clientRecord({ name }))], result: undefined }));
    const backupsDir = path.join(dataDir, 'backups');
    try {
      await addClient('Lee Household');
      const first = await store.backupNow('manual');
      await addClient('Okafor Household');
      const second = await store.backupNow('manual');

      /** Every book any backup ever held, and the backups already looked at. */
      const booksBackedUp = new Set<string>();
      const lookedAt = new Set<string>();
      let changedBooks = 0;
      for (let restore = 1; restore <= 96; restore++) {
        clock.advance(20 * 60_000);
        // Now and then a change before restoring: that book is then only in the pre-restore backup.
        if (restore % 8 === 0) {
          await addClient(`Household added before restore ${restore}`);
          changedBooks++;
        }
        await store.restoreBackup(restore % 2 ? first.file : second.file);
        for (const { file } of await store.listBackups()) {
          if (lookedAt.has(file)) continue;
          lookedAt.add(file);
          booksBackedUp.add(await bookIn(path.join(backupsDir, file)));
        }
      }

      const left = await store.listBackups();
      const booksLeft = new Set(await Promise.all(left.map(({ file }) => bookIn(path.join(backupsDir, file)))));
      const lost = [...booksBackedUp].filter((book) => !booksLeft.has(book));
      expect(lost, 'books no backup holds any more').toEqual([]);
      expect(booksBackedUp.size).toBe(2 + changedBooks);
      expect(left.every((backup) => backup.verified)).toBe(true);
      const days = new Set(left.map((backup) => backup.createdAt.slice(0, 10))).size;
      // The 2 manual ones, the 10 newest pre-restore ones, one a day, and one per book held nowhere else.
      expect(left.length).toBeLessThanOrEqual(2 + 10 + days + changedBooks);
      console.log(
        `Backup thinning: 96 restores of ${booksBackedUp.size} different books left ${left.length} backups (${lookedAt.size} taken); every book is still in one`,
      );
    } finally {
      await store.close();
    }
  }, 60_000);
});

/** A small book: `name` tells books apart, `seq` changes the header and checkpoint but not the book. */
function image(name: string, seq: number): StoreImage {
  const household = clientRecord({ id: 'cl_1', name });
  return {
    schemaVersion: currentSchemaVersion,
    seq,
    savedAt: null,
    collections: { clients: new Map([['cl_1', household]]), tasks: new Map() },
    singletons: { settings: { firmName: 'North Star Advisers' }, auditHead: { n: seq, seq, hash: `h${seq}`, bytes: seq * 100 } },
  };
}

/** Backups taken with a clock of their own, of snapshots written on the spot. */
async function backupsAt(start: string) {
  const dataDir = await tempDir();
  const clock = clockAt(start);
  const backups = new Backups(path.join(dataDir, 'backups'), currentSchemaVersion, clock.now);
  const snapshot = path.join(dataDir, 'clientbook.json');
  let seq = 0;
  return {
    clock,
    backups,
    /** Backs up `book`, saved afresh (a new header and checkpoint); without `book`, the book saved last, as it is. */
    async take(reason: BackupReason, book?: string) {
      if (book !== undefined) await writeSnapshotFile(snapshot, image(book, ++seq), clock.now().toISOString());
      return (await backups.create(snapshot, reason)).file;
    },
    fileOf: (name: string) => path.join(backups.dir, name),
  };
}

/** Rewrites a backup's trailer line (its last): to make one written before content checksums, or a damaged one. */
async function rewriteTrailer(file: string, change: (trailer: Record<string, unknown>) => void): Promise<void> {
  const lines = (await readFile(file, 'latin1')).split('\n');
  const trailer = JSON.parse(lines.at(-2)!) as Record<string, unknown>;
  change(trailer);
  lines[lines.length - 2] = JSON.stringify(trailer);
  await writeFile(file, lines.join('\n'), 'latin1');
}

describe('backup thinning', () => {
  it('thins manual backups as automatic ones: the newest 24 stay, then the newest of each day for 60 days', async () => {
    const start = '2026-01-01T06:00:00.000Z';
    const { clock, backups, take } = await backupsAt(start);
    const taken = [{ file: await take('manual', 'Lee Household'), at: clock.now().getTime() }];
    // One every 16 hours for 75 days: some days have two.
    for (let i = 1; i < 112; i++) {
      clock.advance((day * 2) / 3);
      taken.push({ file: await take('manual'), at: clock.now().getTime() });
    }
    const cutoff = taken.at(-1)!.at - 60 * day;
    const dayOf = (file: string) => file.slice('clientbook-'.length, 'clientbook-'.length + 10);
    const newest = taken.slice(-24).map(({ file }) => file);
    const newestOfEarlierDays = new Map(
      taken
        .filter(({ file, at }) => at >= cutoff && !newest.some((other) => dayOf(other) === dayOf(file)))
        .map(({ file }) => [dayOf(file), file]),
    );
    const left = (await backups.list()).map((b) => b.file);
    expect(left.slice(0, 24)).toEqual(newest.reverse());
    expect(left.slice(24).sort()).toEqual([...newestOfEarlierDays.values()].sort());
    expect(newestOfEarlierDays.size).toBeGreaterThan(40);
  }, 30_000);

  it('keeps a backup of a replaced book while no other kept backup holds the same book, however old', async () => {
    const { clock, backups, take, fileOf } = await backupsAt('2026-01-01T09:00:00.000Z');
    const same = await take('manual', 'Lee Household');
    const onlyCopy = await take('pre-restore', 'Okafor Household');
    const older = await take('pre-import', 'Lee Household');
    await rewriteTrailer(fileOf(older), (trailer) => delete trailer.content);
    // Another book, whose trailer claims the content of the first: a damaged trailer must not make it a copy.
    const claims = await take('pre-restore', 'Nguyen Household');
    const claimed = await readContentChecksum(fileOf(same));
    await rewriteTrailer(fileOf(claims), (trailer) => (trailer.content = claimed));
    clock.advance(90 * day);
    const recent: string[] = [];
    for (let i = 0; i < 15; i++, clock.advance(60_000)) recent.push(await take('pre-restore', 'Lee Household'));
    for (let i = 0; i < 11; i++, clock.advance(60_000)) await take('pre-import', 'Lee Household');

    const left = new Set((await backups.list()).map((b) => b.file));
    // Copies of a book another kept backup holds: only the newest 10 stay.
    expect(recent.filter((file) => left.has(file))).toEqual(recent.slice(-10));
    expect([...left].filter((file) => file.endsWith('-pre-import.json'))).toHaveLength(10 + 1);
    // The only copy of its book, one written before content checksums, and one whose checksum is not its own.
    for (const file of [onlyCopy, older, claims]) expect(left.has(file), file).toBe(true);
    // The newest backup of a reason stays however old.
    expect(left.has(same)).toBe(true);
  }, 30_000);
});
