// RELIABILITY R7: the data folder on a real, small file system (a tmpfs of a few hundred KB) is
// filled while the store appends changes, compacts and takes backups. A full disk cuts writes
// short and then refuses them: every refusal must be the typed "disk is full" error with memory
// unchanged, and once space is freed, a reopen (as after a crash while the disk was full, and
// after a clean quit) must hold every acknowledged change and nothing that was refused; every
// backup left must verify. Needs root on Linux to mount the tmpfs. CLIENTBOOK_SEED repeats a run.
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../electron/backend/demo/rng';
import { putOp, recordSchemas, Store } from '../../electron/backend/store';
import type { Client } from '../../shared/model';
import { client as clientRecord } from '../fixtures/records';
import { crashCopy } from '../fixtures/temp-dir';
import { reliabilityCount } from './counts';
import { shortWriteFs } from './fixtures/short-write-fs';
import { memoryOf } from './fixtures/store-state';

const rounds = reliabilityCount(2, 15);
const seed = Number(process.env.CLIENTBOOK_SEED ?? randomInt(2 ** 31));
const diskKb = 768;
const quiet = { idleCompactMs: 3_600_000, compactAfterBytes: Number.POSITIVE_INFINITY, autoBackupEveryMs: Number.POSITIVE_INFINITY };
/** Changes refused in a row before a round counts the disk as full. */
const refusalsToStop = 4;

let disk: string | null = null;
let mountRefused: string | null = null;

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'pipe' });
}

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clientbook-full-disk-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', `size=${diskKb}k`, 'tmpfs', dir]);
    disk = dir;
  } catch (error) {
    mountRefused = ((error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message).replace(/\s+/g, ' ').trim();
    await rmdir(dir);
  }
});

interface Tally {
  rounds: number;
  acknowledged: number;
  found: number;
  refusedChanges: number;
  steps: number;
  refusedSteps: number;
  shortWrites: number;
}
const tallies = new Map<string, Tally>();

afterAll(async () => {
  const lines = [...tallies].map(
    ([name, t]) =>
      `  ${name}: ${t.rounds} rounds, ${t.acknowledged} changes acknowledged, ${t.found} found after reopening, ` +
      `${t.refusedChanges} changes refused; ${t.refusedSteps} of ${t.steps} ${name === 'appends' ? 'steps' : name} refused; ${t.shortWrites} short writes seen`,
  );
  if (lines.length > 0) console.log(`R7 full disk (${diskKb} KB tmpfs, seed ${seed}):\n${lines.join('\n')}`);
  if (!disk) return;
  // A store left open by a failed test would hold the mount busy: detach it lazily then.
  try {
    run('umount', [disk]);
  } catch {
    run('umount', ['-l', disk]);
  }
  await rmdir(disk);
});

function expectDiskFull(error: unknown, where: string): void {
  expect(error, where).toMatchObject({ name: 'AppError', code: 'STORAGE_FAILED' });
  expect((error as Error).message, where).toMatch(/^The disk holding your data is full/);
}

/** Checks that a reopened store holds exactly the acknowledged book: every acknowledged record as acknowledged, nothing refused. */
function expectBook(store: Store, acked: Map<string, Client>, seq: number, where: string): void {
  expect(store.state, where).toEqual({ mode: 'writable' });
  const found = [...acked].filter(([id, record]) => JSON.stringify(store.get('clients', id)) === JSON.stringify(record)).length;
  expect(found, `${where}: acknowledged records found as acknowledged`).toBe(acked.size);
  expect(store.count('clients'), `${where}: a refused change is in the book`).toBe(acked.size);
  expect(store.seq, `${where}: changes in the book`).toBe(seq);
}

interface Scenario {
  name: string;
  /** Run every few changes, on a disk that is filling up. */
  step?: (store: Store) => Promise<unknown>;
}

const scenarios: Scenario[] = [
  { name: 'appends' },
  { name: 'compactions', step: (store) => store.compact() },
  { name: 'backups', step: (store) => store.backupNow('manual') },
];

describe.each(scenarios)('R7: the disk fills up during $name', ({ name, step }) => {
  it(
    `${rounds} rounds: refusals are typed, memory unchanged, 0 acknowledged changes lost after space is freed`,
    async (ctx) => {
      ctx.skip(disk === null, `a tmpfs cannot be mounted here (${mountRefused}); mounting one needs root on Linux`);
      const tally: Tally = { rounds: 0, acknowledged: 0, found: 0, refusedChanges: 0, steps: 0, refusedSteps: 0, shortWrites: 0 };
      tallies.set(name, tally);
      const rng = new Rng(seed ^ name.length);
      for (let round = 1; round <= rounds; round++) {
        const where = `seed ${seed}, ${name}, round ${round}`;
        const dataDir = path.join(disk!, `book-${round}`);
        // Space taken by something else: freed at the end, and where the disk fills differs each round.
        const filler = path.join(disk!, 'filler');
        await writeFile(filler, Buffer.alloc(rng.int(20, 40) * diskKb * 10));
        const { fs, counts } = shortWriteFs();
        let store = await Store.open({ dataDir, fs, ...quiet });
        const acked = new Map<string, Client>();
        const startSeq = store.seq;
        let seq = startSeq;
        try {
          for (let change = 1, refusedInARow = 0; refusedInARow < refusalsToStop; change++) {
            // Mostly new households, now and then a rewrite of an acknowledged one.
            const rewrite = acked.size > 0 && rng.chance(0.25) ? [...acked.keys()][rng.int(0, acked.size - 1)]! : null;
            const record = recordSchemas.clients.parse(
              clientRecord({ id: rewrite ?? `cl_${change}`, notes: `Change ${change}. `.repeat(rng.int(40, 1200)) }),
            );
            const before = memoryOf(store);
            try {
              await store.mutate('tester', () => ({ ops: [putOp('clients', record)], result: undefined }));
              acked.set(record.id, record);
              seq = store.seq;
              tally.acknowledged++;
              refusedInARow = 0;
            } catch (error) {
              expectDiskFull(error, `${where}, change ${change}`);
              expect(memoryOf(store), `${where}, change ${change}: memory`).toBe(before);
              tally.refusedChanges++;
              refusedInARow++;
            }
            if (step && change % 3 === 0) {
              const beforeStep = memoryOf(store);
              tally.steps++;
              await step(store).catch((error: unknown) => {
                expectDiskFull(error, `${where}, ${name} after change ${change}`);
                tally.refusedSteps++;
              });
              expect(memoryOf(store), `${where}, ${name} after change ${change}: memory`).toBe(beforeStep);
            }
          }
          tally.shortWrites += counts.short;

          // The folder as a crash while the disk is full leaves it, reopened where there is room.
          const crashed = await Store.open({ dataDir: await crashCopy(dataDir), ...quiet });
          try {
            expectBook(crashed, acked, seq, `${where}, reopened after a crash`);
            expect(
              (await crashed.listBackups()).filter((backup) => !backup.verified),
              where,
            ).toEqual([]);
          } finally {
            await crashed.close();
          }

          // Space freed, a clean quit, a restart in place.
          await rm(filler);
          await store.close();
          store = await Store.open({ dataDir, ...quiet });
          expectBook(store, acked, seq, `${where}, reopened after freeing space`);
          // Every change since the start is in the book (the seq counts them), each as acknowledged.
          tally.found += store.seq - startSeq;
          tally.rounds++;
          expect(
            (await store.listBackups()).filter((backup) => !backup.verified),
            where,
          ).toEqual([]);
          await store.mutate('tester', () => ({ ops: [putOp('clients', clientRecord({ id: 'cl_after' }))], result: undefined }));
        } finally {
          await store.close();
          await rm(filler, { force: true });
          await rm(dataDir, { recursive: true, force: true });
        }
      }
      expect(tally.refusedChanges).toBeGreaterThanOrEqual(rounds * refusalsToStop);
      if (step) expect(tally.refusedSteps, `no ${name} ran into the full disk`).toBeGreaterThan(0);
    },
    rounds * 20_000,
  );
});
