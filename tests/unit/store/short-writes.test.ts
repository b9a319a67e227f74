// Node's FileHandle.write may write fewer bytes than asked without throwing (a filling disk does).
// Every write the store makes (journal, audit trail, snapshot, backups) goes through a shim that
// writes only part of what is asked: the book must still reach the disk whole. A write that makes
// no progress, and a snapshot or backup that does not read back as written, must fail the change
// with the typed error and leave memory and files as they were. CLIENTBOOK_SEED repeats a run.
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { putOp, Store } from '../../../electron/backend/store';
import { client as clientRecord, teamMember } from '../../fixtures/records';
import { crashCopy, tempDir } from '../../fixtures/temp-dir';
import { seededRandom } from '../../reliability/fixtures/power-loss-fs';
import { shortWriteFs, type ShortWriteOptions } from '../../reliability/fixtures/short-write-fs';
import { filesOf, memoryOf } from '../../reliability/fixtures/store-state';

const seed = Number(process.env.CLIENTBOOK_SEED ?? randomInt(2 ** 31));
const quiet = { idleCompactMs: 3_600_000, autoBackupEveryMs: Number.POSITIVE_INFINITY };

/** A change of a few hundred bytes, with characters beyond ASCII so bytes and characters differ. */
const addMember = (store: Store, n: number) =>
  store.mutate('tester', () => ({ ops: [putOp('teamMembers', teamMember({ name: `Zoë Ångström ${n}` }))], result: undefined }));
const addClient = (store: Store, n: number) =>
  store.mutate('tester', () => ({
    ops: [putOp('clients', clientRecord({ notes: `Met in Málaga, round ${n}. `.repeat(40) }))],
    result: undefined,
  }));

/** Opens a store on a fresh folder through the short-write shim; `set` changes what the shim allows from then on. */
async function storeWithShortWrites(initial: ShortWriteOptions = {}) {
  const dataDir = await tempDir();
  let options = initial;
  const { fs, counts } = shortWriteFs({
    allow: (requested, file) => options.allow?.(requested, file) ?? requested,
    get lie() {
      return options.lie;
    },
  });
  const store = await Store.open({ dataDir, fs, ...quiet });
  return { dataDir, store, counts, set: (next: ShortWriteOptions) => (options = next) };
}

const reopen = (dataDir: string) => Store.open({ dataDir, ...quiet });

describe('short writes: the disk takes a few bytes at a time', () => {
  it('journal, audit trail, snapshot and backups all reach the disk whole; a reopen finds every change', async () => {
    const random = seededRandom(seed);
    // Every write of more than a byte is cut short somewhere.
    const { dataDir, store, counts } = await storeWithShortWrites({
      allow: (requested) => (requested <= 1 ? requested : 1 + Math.floor(random() * (requested - 1))),
    });
    const where = `seed ${seed}`;
    for (let n = 1; n <= 10; n++) await (n % 2 ? addMember(store, n) : addClient(store, n));
    await store.compact();
    for (let n = 11; n <= 15; n++) await addClient(store, n);
    const backup = await store.backupNow('manual');
    for (let n = 16; n <= 20; n++) await addMember(store, n);
    expect(counts.short, where).toBeGreaterThan(20);

    // As a crash would leave it (journal not compacted), and after a clean close.
    const crashed = await reopen(await crashCopy(dataDir));
    expect(crashed.state, where).toEqual({ mode: 'writable' });
    expect(memoryOf(crashed), where).toBe(memoryOf(store));
    expect(await crashed.verifyAuditTrail(), where).toEqual({ ok: true, entries: 20 });
    await crashed.close();

    const memory = memoryOf(store);
    await store.restoreBackup(backup.file);
    await store.close();
    const reopened = await reopen(dataDir);
    expect(reopened.state, where).toEqual({ mode: 'writable' });
    expect(await reopened.verifyAuditTrail(), where).toEqual({ ok: true, entries: 21 });
    expect(
      (await reopened.listBackups()).map((b) => [b.reason, b.verified]),
      where,
    ).toEqual([
      ['pre-restore', true],
      ['manual', true],
    ]);
    // The restore is undone from its pre-restore backup, written through the same short writes.
    await reopened.restoreBackup((await reopened.listBackups())[0]!.file);
    const withoutSeq = (state: string) => state.replace(/,"seq":\d+}$/, '}');
    expect(withoutSeq(memoryOf(reopened)), where).toBe(withoutSeq(memory));
    await reopened.close();
  });
});

const toFile = (pattern: RegExp, allowed: (requested: number) => number) => (requested: number, file: string) =>
  pattern.test(path.basename(file)) ? allowed(requested) : requested;

interface Write {
  name: string;
  /** The file whose writes fail. */
  file: RegExp;
  /** Run before the files are looked at: a backup first compacts, which is not the write under test. */
  prepare?: (store: Store) => Promise<unknown>;
  run: (store: Store) => Promise<unknown>;
}

const snapshotWrite: Write = { name: 'snapshot (compaction)', file: /^\.clientbook\.json\..*\.tmp$/, run: (store) => store.compact() };
const backupWrite: Write = {
  name: 'backup',
  file: /^\.clientbook-.*-manual\.json\..*\.tmp$/,
  prepare: (store) => store.compact(),
  run: (store) => store.backupNow('manual'),
};
const failures: Write[] = [
  { name: 'journal line (a change)', file: /^journal\.jsonl$/, run: (store) => addMember(store, 0) },
  { name: 'audit entry (a change)', file: /^audit\.jsonl$/, run: (store) => addMember(store, 0) },
  snapshotWrite,
  backupWrite,
];

/** A book with a snapshot, a backup and a change in the journal, then whatever `write` needs first. */
async function seeded(store: Store, write: Write) {
  await addClient(store, 1);
  await store.backupNow('manual');
  await addMember(store, 2);
  await write.prepare?.(store);
}

describe.each(failures)('a $name whose write makes no progress', (write) => {
  const { file, run } = write;
  it('fails with the typed error; memory and files are as before; the store goes on', async () => {
    const { dataDir, store, set } = await storeWithShortWrites();
    await seeded(store, write);
    const memory = memoryOf(store);
    const files = await filesOf(dataDir);
    // A few bytes go through, then none: the write must not be taken for done.
    let calls = 0;
    set({ allow: toFile(file, (requested) => (calls++ === 0 ? Math.min(requested, 100) : 0)) });
    await expect(run(store)).rejects.toMatchObject({ name: 'AppError', code: 'STORAGE_FAILED' });
    expect(calls).toBeGreaterThan(1);
    expect(memoryOf(store)).toBe(memory);
    expect(await filesOf(dataDir)).toEqual(files);

    set({});
    await run(store);
    await store.close();
    const reopened = await reopen(dataDir);
    expect(memoryOf(reopened)).toBe(memoryOf(store));
    await reopened.close();
  });
});

describe.each([snapshotWrite, backupWrite])('a $name that does not read back as written', (write) => {
  const { file, run } = write;
  it('is never renamed into place: typed error, the old file untouched, nothing left behind', async () => {
    const { dataDir, store, set } = await storeWithShortWrites();
    await seeded(store, write);
    const memory = memoryOf(store);
    const files = await filesOf(dataDir);
    // The disk drops the last byte of every write but says it wrote them all.
    set({ allow: toFile(file, (requested) => requested - 1), lie: true });
    await expect(run(store)).rejects.toMatchObject({ name: 'AppError', code: 'STORAGE_FAILED' });
    expect(memoryOf(store)).toBe(memory);
    expect(await filesOf(dataDir)).toEqual(files);
    expect((await store.listBackups()).every((backup) => backup.verified)).toBe(true);

    set({});
    await store.close();
    const reopened = await reopen(dataDir);
    expect(memoryOf(reopened)).toBe(memory);
    await reopened.close();
  });
});
