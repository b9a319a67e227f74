// RELIABILITY R2: simulated power loss. The store runs on a file-system shim that knows what was
// fsynced; at a random call the power goes, and a disk image is laid out with every unsynced name
// change and sector kept, lost or garbled at random (SQLite's crash-test model). Reopening it must
// always succeed, keep every acknowledged change, and hold exactly the changes up to some point:
// the last acknowledged one, or the one in flight. The audit trail must check out and cover them.
// Reproduce one crash: CLIENTBOOK_SEED=46 CLIENTBOOK_CRASHES=1 npx vitest run tests/reliability/power-loss.test.ts
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delOp, putOp, Store, type Op } from '../../electron/backend/store';
import type { StoredRecord } from '../../electron/backend/store/snapshot';
import { client as clientRecord, teamMember } from '../fixtures/records';
import { tempDir } from '../fixtures/temp-dir';
import { reliabilityCount } from './counts';
import { PowerLossFs, seededRandom } from './fixtures/power-loss-fs';

const crashes = Number(process.env.CLIENTBOOK_CRASHES ?? 0) || reliabilityCount(60, 1000);
const firstSeed = Number(process.env.CLIENTBOOK_SEED ?? 1);

type Model = Map<string, Map<string, StoredRecord>>;

/** The collections the runs change, sorted by id: what must survive. */
const changedCollections = ['teamMembers', 'clients'];
function fingerprint(records: (collection: string) => Iterable<StoredRecord>): string {
  return JSON.stringify(changedCollections.map((name) => [...records(name)].sort((a, b) => a.id.localeCompare(b.id))));
}

const modelRecords = (model: Model) => (name: string) => model.get(name)?.values() ?? [];
const storeRecords = (store: Store) => (name: string) => store.all(name as never) as Iterable<StoredRecord>;

function applyOps(model: Model, ops: Op[]): void {
  for (const op of ops) {
    if (op.t === 'set') continue;
    const records = model.get(op.c) ?? new Map<string, StoredRecord>();
    model.set(op.c, records);
    if (op.t === 'put') records.set(op.v.id, op.v);
    else records.delete(op.id);
  }
}

/** The next change of a seeded run: add, edit or remove members and households, sometimes several at once. */
function nextChange(model: Model, random: () => number): Op[] {
  const clients = [...(model.get('clients')?.values() ?? [])];
  const roll = random();
  if (roll < 0.35 || clients.length === 0) return [putOp('clients', clientRecord({ name: `Household ${Math.floor(random() * 1e6)}` }))];
  const pick = clients[Math.floor(random() * clients.length)]!;
  if (roll < 0.7) return [putOp('clients', { ...pick, notes: 'x'.repeat(Math.floor(random() * 2000)) } as never)];
  if (roll < 0.85) return [delOp('clients', pick.id)];
  return [putOp('teamMembers', teamMember()), putOp('clients', clientRecord())];
}

let baseDir = '';
let baseModel: Model;
let baseSeq = 0;
const results = { crashes: 0, acknowledged: 0, inFlightKept: 0, inFlightLost: 0, failedOpens: 0, lost: 0 };
/** Which file each crash hit while it was being written: journal, audit trail, snapshot, backup, folder. */
const crashedWriting = new Map<string, number>();

function fileKind(file: string): string {
  const name = path.basename(file);
  if (name.startsWith('journal')) return 'journal';
  if (name.startsWith('audit')) return 'audit trail';
  if (name.includes('clientbook.json')) return 'snapshot';
  if (name.startsWith('clientbook-') || name.startsWith('.clientbook-') || name === 'backups') return 'backup';
  return 'data folder';
}

beforeAll(async () => {
  baseDir = await tempDir('clientbook-power-base-');
  const store = await Store.open({ dataDir: baseDir, idleCompactMs: 3_600_000 });
  baseModel = new Map();
  for (let i = 0; i < 6; i++) {
    const ops = [putOp('clients', clientRecord())];
    await store.mutate('tester', () => ({ ops, result: undefined }));
    applyOps(baseModel, ops);
  }
  baseSeq = store.seq;
  await store.close();
});

afterAll(() => {
  console.log(
    `R2 power loss: ${results.crashes} crashes, ${results.acknowledged} acknowledged changes, ` +
      `${results.failedOpens} failed opens, ${results.lost} lost; the change in flight was kept ${results.inFlightKept} times and lost ${results.inFlightLost}. ` +
      `Crashed while writing: ${[...crashedWriting].map(([kind, count]) => `${kind} ${count}`).join(', ')}.`,
  );
});

async function crashOnce(seed: number): Promise<void> {
  const random = seededRandom(seed);
  const dataDir = await tempDir('clientbook-power-');
  await cp(baseDir, dataDir, { recursive: true, filter: (source) => !source.endsWith('clientbook.lock') });
  const shim = await PowerLossFs.over(dataDir);
  shim.crashAtCall = 1 + Math.floor(random() * 120);
  // The power may go while the store is still opening: then nothing was acknowledged.
  const store = await Store.open({
    dataDir,
    fs: shim.fs,
    idleCompactMs: 3_600_000,
    // Small, so compactions (snapshot writes) and their backups happen in the middle of the burst.
    compactAfterBytes: 1024 + Math.floor(random() * 8192),
    autoBackupEveryMs: random() < 0.5 ? 0 : Number.POSITIVE_INFINITY,
  }).catch(() => null);

  const model: Model = new Map([...baseModel].map(([name, records]) => [name, new Map(records)]));
  const states = [fingerprint(modelRecords(model))];
  const startSeq = baseSeq;
  let acknowledged = 0;
  while (store && !shim.hasCrashed) {
    const ops = nextChange(model, random);
    const done = await store
      .mutate('tester', () => ({ ops, result: undefined }))
      .then(
        () => true,
        () => false,
      );
    applyOps(model, ops);
    states.push(fingerprint(modelRecords(model)));
    if (!done) break;
    acknowledged++;
    if (random() < 0.05) await store.backupNow('manual').catch(() => undefined);
  }
  shim.crash();
  await store?.close().catch(() => undefined);
  const hit = shim.crashedAt ? fileKind(shim.crashedAt.file) : 'after the burst';
  crashedWriting.set(hit, (crashedWriting.get(hit) ?? 0) + 1);

  const image = await tempDir('clientbook-power-image-');
  await shim.writeCrashImage(image, random);
  let reopened: Store;
  try {
    reopened = await Store.open({ dataDir: image, idleCompactMs: 3_600_000 });
  } catch (error) {
    results.failedOpens++;
    throw new Error(`seed ${seed}: the store did not open after the crash`, { cause: error });
  }
  try {
    expect(reopened.state, `seed ${seed}`).toEqual({ mode: 'writable' });
    const changes = reopened.seq - startSeq;
    if (changes < acknowledged) results.lost += acknowledged - changes;
    expect(changes, `seed ${seed}: acknowledged changes lost`).toBeGreaterThanOrEqual(acknowledged);
    expect(changes, `seed ${seed}: more changes than were made`).toBeLessThanOrEqual(acknowledged + 1);
    expect(fingerprint(storeRecords(reopened)), `seed ${seed}: the book is not the state after change ${changes}`).toBe(states[changes]);
    expect(await reopened.verifyAuditTrail(), `seed ${seed}: audit trail`).toEqual({ ok: true, entries: reopened.seq });
    results.crashes++;
    results.acknowledged += acknowledged;
    if (changes > acknowledged) results.inFlightKept++;
    else results.inFlightLost++;
  } finally {
    await reopened.close();
  }
}

describe('R2: simulated power loss', () => {
  it(`${crashes} seeded crashes: every reopen succeeds, nothing acknowledged is lost, the book is a prefix of the changes`, async () => {
    for (let seed = firstSeed; seed < firstSeed + crashes; seed++) await crashOnce(seed);
    expect(results.crashes).toBe(crashes);
  }, 600_000);
});
