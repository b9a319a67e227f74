// RELIABILITY R4: a data folder whose snapshot or journal is damaged never opens writable with data
// missing. Damage is moved to quarantine/ byte for byte and the store opens read-only, offering the
// newest backup that verifies (restoring it gives that book back); a file from a newer version is
// refused and left untouched. A fixed corpus always runs, plus seeded random truncations, garbles
// and bad UTF-8: 20 in `npm test`, 300 in `npm run test:reliability`. CLIENTBOOK_SEED repeats a run.
import { randomInt } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import { Rng } from '../../electron/backend/demo/rng';
import { currentSchemaVersion } from '../../electron/backend/store';
import type { AppStatus, BackupInfo } from '../../shared/model';
import { bookState, rpc } from '../fixtures/backend';
import { fileLines, resealedBookFile } from '../fixtures/book-files';
import { tempDir } from '../fixtures/temp-dir';
import { reliabilityCount } from './counts';

const randomCases = reliabilityCount(20, 300);
const seed = Number(process.env.CLIENTBOOK_SEED ?? randomInt(2 ** 31));

const snapshotName = 'clientbook.json';
const journalName = 'journal.jsonl';
type DataFile = typeof snapshotName | typeof journalName;

/** A data folder as bytes: written afresh for every case, so each starts from the same book. */
interface Folder {
  snapshot: Buffer;
  journal: Buffer;
  backups: Map<string, Buffer>;
  /** Every other file (the audit trail…) by path inside the folder, left as it was. */
  others: Map<string, Buffer>;
}

/** Every file under `dir`, by path relative to it. */
async function filesUnder(dir: string, prefix = ''): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [name, bytes] of await filesUnder(dir, relative)) files.set(name, bytes);
    else files.set(relative, await readFile(path.join(dir, relative)));
  }
  return files;
}

/** The book the corpus is made from, with the backups it holds and the book each backup holds. */
interface Base {
  folder: Folder;
  /** Backups oldest first: two that verify, then the newest, damaged. */
  older: BackupInfo;
  offered: BackupInfo;
  damagedNewest: BackupInfo;
  offeredState: string;
  /** Clients in the book as saved (snapshot plus journal). */
  clients: number;
}

let base: Base;

const later = (() => {
  let clock = Date.parse('2026-03-02T09:00:00.000Z');
  return {
    now: () => new Date(clock),
    tick: () => (clock += 60_000),
  };
})();

beforeAll(async () => {
  const dataDir = await tempDir();
  // No automatic backups: the backups are exactly the three made here, a minute apart.
  const backend = await createBackend({
    dataDir,
    now: later.now,
    store: { idleCompactMs: 3_600_000, autoBackupEveryMs: Number.MAX_SAFE_INTEGER },
  });
  try {
    await rpc(backend, 'setup:startEmpty', {});
    const manager = await rpc(backend, 'team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' });
    let households = 0;
    const addClients = async (count: number) => {
      for (let i = 0; i < count; i++) {
        households++;
        await rpc(backend, 'clients:create', { name: `Household ${households}`, tier: 'B', primaryManagerId: manager.id });
      }
    };
    const backup = async () => {
      later.tick();
      return rpc(backend, 'backups:create', {});
    };
    await addClients(3);
    const older = await backup();
    await addClients(4);
    const offered = await backup();
    const offeredState = bookState(backend);
    await addClients(2);
    const damagedNewest = await backup();
    // Changes after the last backup stay in the journal: several lines, so a middle one can be damaged.
    await addClients(5);
    const clients = backend.store.count('clients');
    later.tick();

    // The folder as a crash would leave it (journal not folded into the snapshot), without the lock.
    const all = await filesUnder(dataDir);
    const take = (name: string) => {
      const bytes = all.get(name)!;
      all.delete(name);
      return bytes;
    };
    all.delete('clientbook.lock');
    const backups = new Map<string, Buffer>();
    for (const name of [...all.keys()]) if (path.dirname(name) === 'backups') backups.set(path.basename(name), take(name));
    const folder: Folder = { snapshot: take(snapshotName), journal: take(journalName), backups, others: all };
    expect(folder.journal.toString().trim().split('\n')).toHaveLength(5);
    expect([...backups.keys()].sort()).toEqual([older.file, offered.file, damagedNewest.file].sort());
    expect([older, offered, damagedNewest].map((b) => b.verified)).toEqual([true, true, true]);
    backups.set(damagedNewest.file, flipByteInRecord(backups.get(damagedNewest.file)!, 'Household'));
    base = { folder, older, offered, damagedNewest, offeredState, clients };
  } finally {
    await backend.close();
  }
});

/** One byte changed inside a record (the first occurrence of `word`): valid JSON, wrong checksum. */
function flipByteInRecord(bytes: Buffer, word: string): Buffer {
  const at = bytes.indexOf(word);
  if (at === -1) throw new Error(`"${word}" is not in the file`);
  const copy = Buffer.from(bytes);
  copy[at + 1] = copy[at + 1]! === 0x6f ? 0x61 : 0x6f;
  return copy;
}

/** Where the journal's middle lines lie: from the start to the end of the second-to-last line's text. */
function journalMiddle(journal: Buffer): { from: number; to: number } {
  const lines = fileLines(journal);
  const lastTwo = lines.at(-2)!.length + lines.at(-1)!.length;
  return { from: 0, to: journal.length - lastTwo + lines.at(-2)!.length - 1 };
}

const badUtf8 = [Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xe2, 0x82]), Buffer.from([0xf0, 0x9f, 0x98])];

/** The snapshot with its first clients line replaced by `records`, and a trailer that matches: only the shape is wrong. */
function wrongShapeWithValidChecksum(snapshot: Buffer, records: string): Buffer {
  return resealedBookFile(snapshot, (lines) => {
    const at = lines.findIndex((line) => line.subarray(0, 14).toString() === '{"c":"clients"');
    return lines.with(at, Buffer.from(`{"c":"clients","r":${records}}\n`));
  });
}

/** The book as LowDB would write it with its own JSONFile adapter: one pretty-printed object. */
function lowdbPlainJson(): Buffer {
  const book = JSON.parse(base.offeredState) as { collections: Record<string, unknown[]>; settings: unknown; meta: unknown };
  return Buffer.from(JSON.stringify({ ...book.collections, settings: book.settings, meta: book.meta }, null, 2));
}

type Damage = Partial<Record<DataFile, Buffer>>;
interface Case {
  name: string;
  damage: (folder: Folder) => Damage;
  /** 'either': a garbled header may read as a newer version, and refusing that is as safe as quarantining. */
  outcome: 'quarantined' | 'refused' | 'either';
}

const fixedCorpus: Case[] = [
  { name: 'snapshot: 0 bytes', damage: () => ({ [snapshotName]: Buffer.alloc(0) }), outcome: 'quarantined' },
  {
    name: 'snapshot: NUL-filled, same length',
    damage: (f) => ({ [snapshotName]: Buffer.alloc(f.snapshot.length) }),
    outcome: 'quarantined',
  },
  {
    name: 'snapshot: cut to its header line',
    damage: (f) => ({ [snapshotName]: f.snapshot.subarray(0, f.snapshot.indexOf(0x0a) + 1) }),
    outcome: 'quarantined',
  },
  { name: 'snapshot: last byte missing', damage: (f) => ({ [snapshotName]: f.snapshot.subarray(0, -1) }), outcome: 'quarantined' },
  {
    name: 'snapshot: trailer missing',
    damage: (f) => ({ [snapshotName]: f.snapshot.subarray(0, f.snapshot.lastIndexOf('{"end":')) }),
    outcome: 'quarantined',
  },
  {
    name: 'snapshot: bad UTF-8 inside a record',
    damage: (f) => {
      const at = f.snapshot.indexOf('Household') + 3;
      return { [snapshotName]: Buffer.concat([f.snapshot.subarray(0, at), Buffer.from([0xc3, 0x28]), f.snapshot.subarray(at)]) };
    },
    outcome: 'quarantined',
  },
  {
    name: 'snapshot: valid JSON of another shape',
    damage: () => ({ [snapshotName]: Buffer.from('{"hello":"world"}\n') }),
    outcome: 'quarantined',
  },
  {
    name: 'snapshot: a JSON array',
    damage: () => ({ [snapshotName]: Buffer.from('[{"id":"cl_1","name":"A"}]\n') }),
    outcome: 'quarantined',
  },
  { name: "snapshot: LowDB's plain pretty JSON", damage: () => ({ [snapshotName]: lowdbPlainJson() }), outcome: 'quarantined' },
  {
    name: 'snapshot: records that are not objects, under a valid checksum',
    damage: (f) => ({ [snapshotName]: wrongShapeWithValidChecksum(f.snapshot, '[1,"two",null]') }),
    outcome: 'quarantined',
  },
  {
    name: 'snapshot: records without ids, under a valid checksum',
    damage: (f) => ({ [snapshotName]: wrongShapeWithValidChecksum(f.snapshot, '[{"name":"No Id"}]') }),
    outcome: 'quarantined',
  },
  {
    name: 'snapshot: one byte flipped inside a record',
    damage: (f) => ({ [snapshotName]: flipByteInRecord(f.snapshot, 'Household') }),
    outcome: 'quarantined',
  },
  {
    name: 'snapshot: from a newer schema version',
    damage: (f) => ({
      [snapshotName]: Buffer.from(
        f.snapshot.toString('latin1').replace(`"schemaVersion":${currentSchemaVersion},`, `"schemaVersion":${currentSchemaVersion + 1},`),
        'latin1',
      ),
    }),
    outcome: 'refused',
  },
  {
    name: 'journal: a damaged middle line',
    damage: (f) => ({ [journalName]: flipByteInRecord(f.journal, 'Household') }),
    outcome: 'quarantined',
  },
  {
    name: 'journal: bad UTF-8 in a middle line',
    damage: (f) => {
      const at = f.journal.indexOf('Household') + 2;
      return { [journalName]: Buffer.concat([f.journal.subarray(0, at), Buffer.from([0xff]), f.journal.subarray(at)]) };
    },
    outcome: 'quarantined',
  },
  {
    name: 'journal: a gap in seq (a middle line missing)',
    damage: (f) => ({ [journalName]: Buffer.concat(fileLines(f.journal).filter((_, index) => index !== 2)) }),
    outcome: 'quarantined',
  },
  {
    name: 'journal: a gap in seq (its first line missing)',
    damage: (f) => ({ [journalName]: Buffer.concat(fileLines(f.journal).slice(1)) }),
    outcome: 'quarantined',
  },
  {
    // A crash mid-append tears at most the last line; a damaged complete line before it is not a torn append.
    name: 'journal: its last two lines damaged',
    damage: (f) => {
      const lines = fileLines(f.journal);
      const damaged = lines.map((line, index) => (index >= lines.length - 2 ? flipByteInRecord(line, 'Household') : line));
      return { [journalName]: Buffer.concat(damaged) };
    },
    outcome: 'quarantined',
  },
  { name: 'journal: NUL-filled, same length', damage: (f) => ({ [journalName]: Buffer.alloc(f.journal.length) }), outcome: 'quarantined' },
  {
    name: 'both: snapshot cut in half, journal damaged in the middle',
    damage: (f) => ({
      [snapshotName]: f.snapshot.subarray(0, f.snapshot.length >> 1),
      [journalName]: flipByteInRecord(f.journal, 'Household'),
    }),
    outcome: 'quarantined',
  },
];

/** Seeded random damage: the positions are fractions, placed once the base book exists. */
function randomCorpus(): Case[] {
  const rng = new Rng(seed);
  const kinds = ['snapshot-truncate', 'snapshot-garble', 'snapshot-bad-utf8', 'journal-garble', 'journal-bad-utf8'] as const;
  return Array.from({ length: randomCases }, (_, index) => {
    const kind = kinds[index % kinds.length]!;
    const fractions = Array.from({ length: 4 }, () => rng.next());
    const xors = Array.from({ length: 4 }, () => rng.int(1, 255));
    const count = rng.int(1, 4);
    const bad = rng.pick(badUtf8);
    const place = (fraction: number, from: number, to: number) => from + Math.floor(fraction * (to - from));
    const damage = (folder: Folder): Damage => {
      const file: DataFile = kind.startsWith('snapshot') ? snapshotName : journalName;
      const bytes = file === snapshotName ? folder.snapshot : folder.journal;
      // Journal damage stays off its last line: a bad last line is what a crash mid-append leaves, and is dropped by design.
      const { from, to } = file === snapshotName ? { from: 0, to: bytes.length } : journalMiddle(bytes);
      if (kind === 'snapshot-truncate') return { [file]: bytes.subarray(0, place(fractions[0]!, 0, bytes.length)) };
      if (kind.endsWith('bad-utf8')) {
        const at = place(fractions[0]!, from, to);
        return { [file]: Buffer.concat([bytes.subarray(0, at), bad, bytes.subarray(at)]) };
      }
      const copy = Buffer.from(bytes);
      for (let i = 0; i < count; i++) {
        const at = place(fractions[i]!, from, to);
        copy[at] = copy[at]! ^ xors[i]!;
      }
      return { [file]: copy };
    };
    return { name: `random ${index + 1}: ${kind}`, damage, outcome: kind.startsWith('snapshot') ? 'either' : 'quarantined' };
  });
}

async function writeFolder(dataDir: string, folder: Folder, damage: Damage): Promise<Record<DataFile, Buffer>> {
  const files = { [snapshotName]: damage[snapshotName] ?? folder.snapshot, [journalName]: damage[journalName] ?? folder.journal };
  await mkdir(path.join(dataDir, 'backups'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dataDir, name), bytes);
  for (const [name, bytes] of folder.backups) await writeFile(path.join(dataDir, 'backups', name), bytes);
  for (const [name, bytes] of folder.others) {
    await mkdir(path.dirname(path.join(dataDir, name)), { recursive: true });
    await writeFile(path.join(dataDir, name), bytes);
  }
  return files;
}

/** What the read-only screen recommends: the newest backup that verified (BackupsPanel, purpose "recover"). */
function recommended(backups: BackupInfo[]): BackupInfo | undefined {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).find((backup) => backup.verified);
}

async function expectNoWrites(backend: Backend, where: string): Promise<void> {
  const error = await rpc(backend, 'clients:create', { name: 'Should Not Save', tier: 'A', primaryManagerId: 'tm_x' }).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, `${where}: a change was accepted`).toMatchObject({ name: 'AppError', code: 'READ_ONLY' });
}

async function expectQuarantined(backend: Backend, dataDir: string, files: Record<DataFile, Buffer>, status: AppStatus, where: string) {
  expect(status, where).toMatchObject({ mode: 'read-only', readOnlyReason: 'corrupt' });
  await expectNoWrites(backend, where);

  // Every data file is in quarantine/ exactly as it was; any still in place is untouched.
  const quarantineDir = path.join(dataDir, 'quarantine');
  const quarantined = new Map<string, Buffer>();
  for (const file of await readdir(quarantineDir)) quarantined.set(file, await readFile(path.join(quarantineDir, file)));
  expect([...quarantined.keys()].sort(), where).toEqual([...status.quarantined].sort());
  for (const [name, bytes] of Object.entries(files)) {
    const copies = [...quarantined.entries()].filter(([file, kept]) => file.endsWith(name) && kept.equals(bytes));
    expect(copies.length, `${where}: ${name} is not in quarantine/ byte for byte`).toBe(1);
    const inPlace = await readFile(path.join(dataDir, name)).catch(() => null);
    if (inPlace) expect(inPlace.equals(bytes), `${where}: ${name} was changed in place`).toBe(true);
  }

  // The newest backup that verifies is offered; the newer damaged one is listed as not verified.
  const backups = await rpc(backend, 'backups:list', {});
  expect(backups.find((b) => b.file === base.damagedNewest.file)?.verified, where).toBe(false);
  expect(backups.find((b) => b.file === base.older.file)?.verified, where).toBe(true);
  expect(recommended(backups)?.file, where).toBe(base.offered.file);

  const restored = await rpc(backend, 'backups:restore', { file: base.offered.file });
  expect(restored.mode, where).toBe('ready');
  expect(bookState(backend), `${where}: the restored book is not the backup's`).toBe(base.offeredState);
  for (const [file, bytes] of quarantined) {
    expect((await readFile(path.join(quarantineDir, file))).equals(bytes), `${where}: ${file} changed in quarantine/`).toBe(true);
  }
}

async function expectRefused(
  backend: Backend,
  dataDir: string,
  files: Record<DataFile, Buffer>,
  mtimes: number[],
  status: AppStatus,
  where: string,
) {
  expect(status, where).toMatchObject({ mode: 'read-only', readOnlyReason: 'newer-version', quarantined: [] });
  await expectNoWrites(backend, where);
  const error = await rpc(backend, 'backups:restore', { file: base.offered.file }).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, `${where}: a restore over newer data was accepted`).toMatchObject({ code: 'READ_ONLY' });
  await backend.close();
  expect(await readdir(dataDir), where).not.toContain('quarantine');
  for (const [index, [name, bytes]] of Object.entries(files).entries()) {
    const after = path.join(dataDir, name);
    expect((await readFile(after)).equals(bytes), `${where}: ${name} was changed`).toBe(true);
    expect((await stat(after)).mtimeMs, `${where}: ${name} was written`).toBe(mtimes[index]);
  }
}

async function openDamaged(testCase: Case, where: string): Promise<void> {
  const dataDir = await tempDir();
  const files = await writeFolder(dataDir, base.folder, testCase.damage(base.folder));
  const mtimes = await Promise.all(Object.keys(files).map(async (name) => (await stat(path.join(dataDir, name))).mtimeMs));
  const backend = await createBackend({ dataDir, now: later.now, store: { idleCompactMs: 3_600_000 } });
  try {
    const status = await rpc(backend, 'app:status', {});
    // Whatever the damage, a writable open here would have lost data: the book no longer matches what was saved.
    expect(status.mode, `${where}: opened writable, showing ${status.counts.clients} clients (the book saved had ${base.clients})`).toBe(
      'read-only',
    );
    if (testCase.outcome === 'refused' || (testCase.outcome === 'either' && status.readOnlyReason === 'newer-version')) {
      await expectRefused(backend, dataDir, files, mtimes, status, where);
    } else {
      await expectQuarantined(backend, dataDir, files, status, where);
    }
  } finally {
    await backend.close();
  }
}

describe('corrupt start (R4)', () => {
  it.each(fixedCorpus.map((testCase) => [testCase.name, testCase] as const))('%s', async (name, testCase) => {
    await openDamaged(testCase, name);
  });

  it.each(randomCorpus().map((testCase) => [testCase.name, testCase] as const))(`%s (seed ${seed})`, async (name, testCase) => {
    await openDamaged(testCase, `${name}, seed ${seed}`);
  });
});
