// RELIABILITY R8: salvage. A damaged start offers the best book the intact files prove: the newest
// verified base (the book file or a backup) plus every journal change that verifies and follows it.
// The book was saved with a backup at change 12, the book file at change 22 and the journal holding
// changes 23–32; each case damages some of those files, works out independently from which bytes
// are still as written how far the book can be recovered, and checks the store recovers exactly
// that, reports the rest as lost, keeps the damaged files in quarantine untouched, and after the
// person accepts opens read-write with that book (also after a restart). A fixed corpus always runs,
// plus seeded random damage: 20 in `npm test`, 300 in `npm run test:reliability`.
import { randomInt } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { Rng } from '../../electron/backend/demo/rng';
import { bookState, rpc } from '../fixtures/backend';
import { fileLines, withNumberForName } from '../fixtures/book-files';
import { tempDir } from '../fixtures/temp-dir';
import { reliabilityCount } from './counts';

const randomCases = reliabilityCount(20, 300);
const seed = Number(process.env.CLIENTBOOK_SEED ?? randomInt(2 ** 31));
const quiet = { idleCompactMs: 3_600_000, autoBackupEveryMs: Number.MAX_SAFE_INTEGER };

const clock = (() => {
  let at = Date.parse('2026-03-02T09:00:00.000Z');
  return { now: () => new Date(at), tick: () => (at += 60_000) };
})();

/** The saved folder as bytes, and the book after every change: the oracle each case is checked against. */
interface Saved {
  snapshot: Buffer;
  journal: Buffer;
  audit: Buffer;
  backupName: string;
  backup: Buffer;
  /** The journal's lines, each with its newline: changes 23–32. */
  lines: Buffer[];
  states: Map<number, string>;
  snapshotSeq: number;
  backupSeq: number;
  lastSeq: number;
}
let saved: Saved;

beforeAll(async () => {
  const dataDir = await tempDir();
  const backend = await createBackend({ dataDir, now: clock.now, store: quiet });
  try {
    const states = new Map<number, string>();
    const change = async (make: () => Promise<unknown>) => {
      clock.tick();
      await make();
      states.set(backend.store.seq, bookState(backend));
    };
    await change(() => rpc(backend, 'setup:startEmpty', {}));
    const manager = await rpc(backend, 'team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' });
    states.set(backend.store.seq, bookState(backend));
    let households = 0;
    const addClients = async (count: number) => {
      for (let i = 0; i < count; i++) {
        await change(() => rpc(backend, 'clients:create', { name: `Household ${++households}`, tier: 'B', primaryManagerId: manager.id }));
      }
    };
    await addClients(10);
    const backupSeq = backend.store.seq;
    const backup = await rpc(backend, 'backups:create', {});
    await addClients(10);
    await backend.store.compact();
    const snapshotSeq = backend.store.seq;
    await addClients(10);
    const lastSeq = backend.store.seq;
    expect([backupSeq, snapshotSeq, lastSeq]).toEqual([12, 22, 32]);
    const read = (name: string) => readFile(path.join(dataDir, name));
    const journal = await read('journal.jsonl');
    saved = {
      snapshot: await read('clientbook.json'),
      journal,
      audit: await read('audit.jsonl'),
      backupName: backup.file,
      backup: await read(path.join('backups', backup.file)),
      lines: fileLines(journal),
      states,
      snapshotSeq,
      backupSeq,
      lastSeq,
    };
    expect(saved.lines).toHaveLength(10);
  } finally {
    await backend.close();
  }
});

function flip(bytes: Buffer, at: number, xor = 0x01): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ xor;
  return copy;
}

/** Where the `index`-th journal line starts. */
function lineStart(index: number): number {
  return saved.lines.slice(0, index).reduce((sum, line) => sum + line.length, 0);
}

interface Damaged {
  snapshot?: Buffer;
  journal?: Buffer;
  backup?: Buffer;
}

/**
 * How far the book can be proven from the damaged files, worked out from the bytes alone: a base
 * is usable when its bytes are as saved, a journal line when it is still whole where it was.
 */
function provable(damage: Damaged): number {
  const journal = damage.journal ?? saved.journal;
  const snapshotIntact = (damage.snapshot ?? saved.snapshot).equals(saved.snapshot);
  const backupIntact = (damage.backup ?? saved.backup).equals(saved.backup);
  if (!snapshotIntact) return backupIntact ? saved.backupSeq : 0;
  let seq = saved.snapshotSeq;
  for (const [index, line] of saved.lines.entries()) {
    const start = lineStart(index);
    if (!journal.subarray(start, start + line.length).equals(line)) break;
    seq++;
  }
  return seq;
}

interface Case {
  name: string;
  damage: () => Damaged;
}

const fixedCorpus: Case[] = [
  { name: 'journal: last line cut in half', damage: () => ({ journal: saved.journal.subarray(0, lineStart(9) + 40) }) },
  { name: 'journal: one byte flipped in a middle line', damage: () => ({ journal: flip(saved.journal, lineStart(4) + 30) }) },
  {
    // One change becomes two damaged lines: still one change lost, not two.
    name: 'journal: a byte of the last line damaged into a newline',
    damage: () => {
      const at = lineStart(9) + 30;
      return { journal: flip(saved.journal, at, saved.journal[at]! ^ 0x0a) };
    },
  },
  { name: 'journal: emptied', damage: () => ({ journal: Buffer.alloc(0) }) },
  { name: 'journal: NUL-filled', damage: () => ({ journal: Buffer.alloc(saved.journal.length) }) },
  { name: 'journal: its first line missing', damage: () => ({ journal: saved.journal.subarray(lineStart(1)) }) },
  { name: 'book file: one byte flipped, journal intact', damage: () => ({ snapshot: flip(saved.snapshot, saved.snapshot.length >> 1) }) },
  { name: 'book file: cut in half', damage: () => ({ snapshot: saved.snapshot.subarray(0, saved.snapshot.length >> 1) }) },
  {
    name: 'book file: a record the schema does not allow, valid checksum',
    damage: () => ({ snapshot: withNumberForName(saved.snapshot).bytes }),
  },
  {
    name: 'book file and journal both damaged',
    damage: () => ({ snapshot: flip(saved.snapshot, 200), journal: flip(saved.journal, lineStart(2) + 10) }),
  },
  {
    name: 'book file and the backup both damaged',
    damage: () => ({ snapshot: flip(saved.snapshot, 200), backup: flip(saved.backup, saved.backup.length >> 1) }),
  },
];

function randomCorpus(): Case[] {
  const rng = new Rng(seed);
  return Array.from({ length: randomCases }, (_, index) => {
    const kind = rng.pick(['journal-flip', 'journal-cut', 'snapshot-flip', 'snapshot-cut', 'both'] as const);
    const fractions = [rng.next(), rng.next()];
    const xor = rng.int(1, 255);
    const at = (bytes: Buffer, fraction: number, from = 0) =>
      Math.min(bytes.length - 1, from + Math.floor(fraction * (bytes.length - from)));
    const damage = (): Damaged => {
      const journalFlip = () => flip(saved.journal, at(saved.journal, fractions[0]!), xor);
      // Past the header line: a garbled header may read as a newer version, which is refused untouched (R4), not salvaged.
      const snapshotFlip = () => flip(saved.snapshot, at(saved.snapshot, fractions[1]!, saved.snapshot.indexOf(0x0a) + 1), xor);
      if (kind === 'journal-flip') return { journal: journalFlip() };
      if (kind === 'journal-cut') return { journal: saved.journal.subarray(0, at(saved.journal, fractions[0]!)) };
      if (kind === 'snapshot-flip') return { snapshot: snapshotFlip() };
      if (kind === 'snapshot-cut') return { snapshot: saved.snapshot.subarray(0, at(saved.snapshot, fractions[1]!)) };
      return { journal: journalFlip(), snapshot: snapshotFlip() };
    };
    return { name: `random ${index + 1}: ${kind}`, damage };
  });
}

const tally = { cases: 0, noCopyVerified: 0, recoverable: 0, recovered: 0, lostActual: 0, lostReported: 0 };

async function openDamaged(testCase: Case, where: string): Promise<void> {
  const damage = testCase.damage();
  const files = {
    'clientbook.json': damage.snapshot ?? saved.snapshot,
    'journal.jsonl': damage.journal ?? saved.journal,
  };
  const dataDir = await tempDir();
  await mkdir(path.join(dataDir, 'backups'));
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dataDir, name), bytes);
  await writeFile(path.join(dataDir, 'audit.jsonl'), saved.audit);
  await writeFile(path.join(dataDir, 'backups', saved.backupName), damage.backup ?? saved.backup);

  const expected = provable(damage);
  const backend = await createBackend({ dataDir, now: clock.now, store: quiet });
  let reopened;
  try {
    const status = await rpc(backend, 'app:status', {});
    tally.cases++;
    // The intact files must not open writable as if nothing happened: the trail records all 32 changes.
    expect(status.mode, where).toBe('read-only');
    expect(status.readOnlyReason, where).toBe('corrupt');
    const recovery = status.recovery;
    if (expected === 0) {
      // No copy of the book verifies: nothing can be proven, and nothing is offered as if it could.
      expect(recovery, `${where}: a book was offered although no copy verifies`).toBeNull();
      tally.noCopyVerified++;
    } else {
      expect(recovery, `${where}: nothing was recovered`).not.toBeNull();
      tally.recoverable += expected;
      tally.lostActual += saved.lastSeq - expected;
      expect(bookState(backend), `${where}: the recovered book is not the book as of change ${expected}`).toBe(saved.states.get(expected));
      tally.recovered += expected;
      expect(recovery!.lost.count, where).toBe(saved.lastSeq - expected);
      tally.lostReported += recovery!.lost.count;
      expect(recovery!.base.kind, where).toBe(damage.snapshot ? 'backup' : 'snapshot');
    }

    // The damaged files are in quarantine exactly as they were.
    const quarantine = path.join(dataDir, 'quarantine');
    const kept = await Promise.all(
      (await readdir(quarantine)).map(async (name) => ({ name, bytes: await readFile(path.join(quarantine, name)) })),
    );
    for (const [name, bytes] of Object.entries(files)) {
      expect(
        kept.filter((file) => file.name.endsWith(name) && file.bytes.equals(bytes)),
        `${where}: ${name} in quarantine`,
      ).toHaveLength(1);
    }

    if (expected === 0) return;
    const accepted = await rpc(backend, 'recovery:accept', {});
    expect(accepted.mode, where).toBe('ready');
    await rpc(backend, 'clients:create', { name: 'After Recovery', tier: 'A', primaryManagerId: firstManagerId(backend) });
    const afterChange = bookState(backend);
    await backend.close();

    reopened = await createBackend({ dataDir, now: clock.now, store: quiet });
    expect((await rpc(reopened, 'app:status', {})).mode, `${where}: after a restart`).toBe('ready');
    expect(bookState(reopened), `${where}: the book after a restart`).toBe(afterChange);
    // The trail keeps its entries for the changes that were lost, and Check the trail names them for good.
    const lost = status.recovery!.lost.trailEntries;
    expect(await rpc(reopened, 'audit:verify', {}), `${where}: the trail`).toMatchObject(
      lost ? { ok: false, problem: { reason: 'added', entry: lost.from, through: lost.to } } : { ok: true },
    );
  } finally {
    await backend.close();
    await reopened?.close();
  }
}

function firstManagerId(backend: Awaited<ReturnType<typeof createBackend>>): string {
  return [...backend.store.all('teamMembers')][0]!.id;
}

describe('salvage (R8)', () => {
  it.each(fixedCorpus.map((testCase) => [testCase.name, testCase] as const))('%s', async (name, testCase) => {
    await openDamaged(testCase, name);
  });

  it.each(randomCorpus().map((testCase) => [testCase.name, testCase] as const))(`%s (seed ${seed})`, async (name, testCase) => {
    await openDamaged(testCase, `${name}, seed ${seed}`);
  });

  afterAll(() => {
    console.log(
      `R8 salvage: ${tally.cases} damaged starts (${tally.noCopyVerified} with no copy left that verifies); ` +
        `changes recoverable ${tally.recoverable}, recovered ${tally.recovered}; ` +
        `changes lost to the damage ${tally.lostActual}, reported as lost ${tally.lostReported} (seed ${seed}).`,
    );
  });
});
