// RELIABILITY R3: ENOSPC, EIO, EPERM and EBUSY injected at every file-system step of an append
// (a committed change), a compaction (the snapshot) and a backup. Every failure reaches the caller
// as the typed STORAGE_FAILED, memory is unchanged, and the files on disk are byte-identical to
// before; a transient EPERM/EBUSY on the snapshot's rename is retried and the write goes through.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionNames, currentSchemaVersion, putOp, Store } from '../../electron/backend/store';
import { readSnapshotFile } from '../../electron/backend/store/snapshot';
import { client as clientRecord, teamMember } from '../fixtures/records';
import { crashCopy, tempDir } from '../fixtures/temp-dir';
import { changingOps, describeCall, fsError, watchedFs, type FsCall } from './fixtures/watched-fs';

const codes = ['ENOSPC', 'EIO', 'EPERM', 'EBUSY'] as const;
type Code = (typeof codes)[number];
const keptFiles = ['clientbook.json', 'journal.jsonl', 'audit.jsonl'];
const emptyFileHash = createHash('sha256').digest('hex');
const quiet = { idleCompactMs: 3_600_000, autoBackupEveryMs: Number.POSITIVE_INFINITY };

function memoryOf(store: Store): string {
  const collections = Object.fromEntries(collectionNames.map((name) => [name, [...store.all(name)]]));
  return JSON.stringify({ collections, settings: store.settings, meta: store.meta, seq: store.seq });
}

async function filesOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of keptFiles)
    files[name] = createHash('sha256')
      .update(await readFile(path.join(dir, name)))
      .digest('hex');
  files['backups/'] = (await readdir(path.join(dir, 'backups')).catch(() => [])).sort().join(',');
  return files;
}

/** A store whose file system fails the `step`-th changing call (and `times - 1` more) once armed. */
async function faultableStore() {
  const dir = await tempDir();
  let armed: { step: number; code: Code; times: number } | null = null;
  let seen = 0;
  /** The changing calls of the current run. */
  let calls: FsCall[] = [];
  const injected: FsCall[] = [];
  const fs = watchedFs({
    before(call) {
      if (!changingOps.has(call.op)) return;
      calls.push(call);
      if (!armed) return;
      seen++;
      if (seen >= armed.step && seen < armed.step + armed.times) {
        injected.push(call);
        throw fsError(armed.code, call);
      }
    },
  });
  const store = await Store.open({ dataDir: dir, fs, ...quiet });
  return {
    dir,
    store,
    injected,
    /** The changing calls `operation` makes, run once without faults. */
    async trace(operation: () => Promise<unknown>): Promise<FsCall[]> {
      calls = [];
      await operation();
      const traced = calls;
      calls = [];
      return traced;
    },
    arm(step: number, code: Code, times = 1) {
      armed = { step, code, times };
      seen = 0;
      injected.length = 0;
      calls = [];
    },
    /** Whether the run renamed a finished file into place before the fault: from then on the new version is the file. */
    renamedBeforeFault(name: string): boolean {
      const faultAt = calls.indexOf(injected[0]!);
      return calls.slice(0, faultAt).some((call) => call.op === 'rename' && path.basename(call.file) === name);
    },
    disarm() {
      armed = null;
    },
  };
}

const addMember = (store: Store) => store.mutate('tester', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }));

/** A book with a snapshot and a journal that both hold something. */
async function seeded(store: Store) {
  for (let i = 0; i < 3; i++) await addMember(store);
  await store.compact();
  await store.mutate('tester', () => ({ ops: [putOp('clients', clientRecord())], result: undefined }));
}

const outcomes: string[] = [];
let injections = 0;
afterAll(() => {
  console.log(`R3 I/O errors: ${injections} faults injected\n${outcomes.join('\n')}`);
});

/** Each operation runs after `prepare`, which gives it something to write; only `run` is faulted. */
const operations: { name: string; prepare: (store: Store) => Promise<unknown>; run: (store: Store) => Promise<unknown> }[] = [
  { name: 'append (a committed change)', prepare: async () => {}, run: addMember },
  { name: 'snapshot (compaction)', prepare: addMember, run: (store) => store.compact() },
  { name: 'backup', prepare: addMember, run: (store) => store.backupNow('manual') },
];

describe.each(operations)('R3: a fault at every step of an $name', ({ name, prepare, run }) => {
  it.each(codes)('%s: typed error, memory unchanged, files byte-identical', async (code) => {
    const harness = await faultableStore();
    const { store, dir } = harness;
    await seeded(store);
    await prepare(store);
    const steps = await harness.trace(() => run(store));
    expect(steps.length).toBeGreaterThan(0);
    let failed = 0;
    let retried = 0;
    let afterRename = 0;
    for (let step = 1; step <= steps.length; step++) {
      await prepare(store);
      const memory = memoryOf(store);
      const files = await filesOf(dir);
      harness.arm(step, code);
      const result = await run(store).then(
        () => null,
        (error: unknown) => error,
      );
      harness.disarm();
      const where = harness.injected.map(describeCall).join(', ') || `step ${step} of ${steps.length} (not reached)`;
      if (result === null) {
        // Only a retried rename, or a folder sync refused as unsupported (as Windows does), may go through.
        expect(
          harness.injected.map((call) => call.op),
          `${code} at ${where} went through`,
        ).toEqual(expect.arrayContaining([expect.stringMatching(/^(rename|open:dir|dir:sync)$/)]));
        retried++;
        continue;
      }
      failed++;
      expect(result, `${code} at ${where}`).toMatchObject({ name: 'AppError', code: 'STORAGE_FAILED' });
      expect(memoryOf(store), `${code} at ${where}: memory`).toBe(memory);
      const after = await filesOf(dir);
      if (harness.renamedBeforeFault('clientbook.json')) {
        // Failing to fsync the folder after the rename: the snapshot is already the new one, of the same book.
        afterRename++;
        const snapshot = await readSnapshotFile(path.join(dir, 'clientbook.json'), currentSchemaVersion);
        expect(snapshot.seq, `${code} at ${where}: snapshot`).toBe(store.seq);
        after['clientbook.json'] = files['clientbook.json']!;
        // The journal may already be emptied: the snapshot holds all it held.
        if (after['journal.jsonl'] === emptyFileHash) after['journal.jsonl'] = files['journal.jsonl']!;
      }
      if (harness.renamedBeforeFault(path.basename(after['backups/']!.split(',').at(-1)!))) {
        // The same for a backup: it is there, whole and verified, though the call reported the failure.
        afterRename++;
        expect((await store.listBackups())[0]!.verified).toBe(true);
        after['backups/'] = files['backups/']!;
      }
      for (const name of Object.keys(files)) expect(after[name], `${code} at ${where}: ${name}`).toBe(files[name]);
      // The store goes on working after the failure.
      await addMember(store);
    }
    injections += steps.length;
    outcomes.push(`${name}, ${code}: ${steps.length} steps; ${failed} refused (${afterRename} after the rename), ${retried} went through`);
    const reopened = await Store.open({ dataDir: await crashCopy(dir), ...quiet });
    expect(memoryOf(reopened)).toBe(memoryOf(store));
    await Promise.all([reopened.close(), store.close()]);
  });
});

describe('R3: EPERM/EBUSY on the snapshot rename (an antivirus holding the file)', () => {
  it.each(['EPERM', 'EBUSY'] as const)('%s is retried and the snapshot is written', async (code) => {
    const harness = await faultableStore();
    const { store, dir } = harness;
    await seeded(store);
    const steps = await harness.trace(() => store.compact().then(() => addMember(store)));
    await addMember(store);
    const rename = steps.findIndex((call) => call.op === 'rename') + 1;
    harness.arm(rename, code, 3);
    await store.compact();
    harness.disarm();
    expect(harness.injected.map((call) => call.op)).toEqual(['rename', 'rename', 'rename']);
    expect((await readFile(path.join(dir, 'journal.jsonl'))).length).toBe(0);
    const reopened = await Store.open({ dataDir: await crashCopy(dir), ...quiet });
    expect(memoryOf(reopened)).toBe(memoryOf(store));
    await Promise.all([reopened.close(), store.close()]);
  });
});
