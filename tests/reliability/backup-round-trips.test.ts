// RELIABILITY R6: every backup verifies its checksum; restoring each of the last 10 gives back
// exactly the book it was taken from, on disk as well as in memory; a restore can be undone; a
// backup with one flipped byte is listed as not verified and restoring it is refused, changing nothing.
// CLIENTBOOK_SEED repeats the order the backups are restored in.
import { createHash, randomInt } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import { Rng } from '../../electron/backend/demo/rng';
import type { BackupInfo } from '../../shared/model';
import { bookState, expectRefused, rpc } from '../fixtures/backend';
import { tempDir } from '../fixtures/temp-dir';

const seed = Number(process.env.CLIENTBOOK_SEED ?? randomInt(2 ** 31));
const backupsTaken = 12;
const restored = 10;

/** A clock that moves only when told, a minute at a time: each backup gets its own name. */
function manualClock() {
  let at = Date.parse('2026-05-04T08:00:00.000Z');
  return { now: () => new Date(at), tick: () => (at += 60_000) };
}

const checksum = (backend: Backend) => createHash('sha256').update(bookState(backend)).digest('hex');

/** A firm on a fresh folder; `reopen` closes the backend and opens the folder again, as a restart would. */
async function firm() {
  const dataDir = await tempDir();
  const clock = manualClock();
  const open = () => createBackend({ dataDir, now: clock.now, store: { idleCompactMs: 3_600_000 } });
  let backend = await open();
  return {
    dataDir,
    clock,
    get backend() {
      return backend;
    },
    async reopen() {
      await backend.close();
      backend = await open();
    },
    close: () => backend.close(),
  };
}

/** Changes of several kinds, different each round, so every backup holds a different book. */
async function changeBook(backend: Backend, round: number, managerId: string): Promise<void> {
  const created = await rpc(backend, 'clients:create', { name: `Household ${round}`, tier: 'B', primaryManagerId: managerId });
  await rpc(backend, 'clients:update', { id: created.id, changes: { notes: `Reviewed in round ${round}` } });
  await rpc(backend, 'tasks:create', { title: `Call back, round ${round}`, clientId: created.id, assigneeId: managerId, byId: managerId });
  if (round % 3 === 0) await rpc(backend, 'settings:update', { firmName: `Firm, round ${round}` });
}

describe('backup round trips (R6)', () => {
  it(`${backupsTaken} backups all verify; each of the last ${restored} restores to its book; a restore can be undone`, async () => {
    const f = await firm();
    try {
      await rpc(f.backend, 'setup:startEmpty', {});
      const manager = await rpc(f.backend, 'team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' });
      const taken: { backup: BackupInfo; sum: string }[] = [];
      for (let round = 1; round <= backupsTaken; round++) {
        await changeBook(f.backend, round, manager.id);
        f.clock.tick();
        taken.push({ backup: await rpc(f.backend, 'backups:create', {}), sum: checksum(f.backend) });
      }
      expect(new Set(taken.map((t) => t.sum)).size).toBe(backupsTaken);
      await changeBook(f.backend, backupsTaken + 1, manager.id);
      const beforeRestores = checksum(f.backend);

      const listed = await rpc(f.backend, 'backups:list', {});
      for (const { backup } of taken) expect(listed.find((b) => b.file === backup.file)).toMatchObject({ verified: true });
      expect(listed.filter((b) => !b.verified)).toEqual([]);

      // The last 10, in a seeded shuffled order so restores go back and forth in time.
      const rng = new Rng(seed);
      const order = taken.slice(-restored);
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let firstUndo: BackupInfo | undefined;
      let current = beforeRestores;
      for (const { backup, sum } of order) {
        const where = `seed ${seed}, restoring ${backup.file}`;
        const before = new Set((await rpc(f.backend, 'backups:list', {})).map((b) => b.file));
        f.clock.tick();
        const status = await rpc(f.backend, 'backups:restore', { file: backup.file });
        expect(status.mode, where).toBe('ready');
        expect(checksum(f.backend), `${where}: the book is not the one backed up`).toBe(sum);
        // Each restore first backs up what it replaces (an automatic backup may come along too).
        const made = (await rpc(f.backend, 'backups:list', {})).filter((b) => !before.has(b.file));
        expect(
          made.filter((b) => !b.verified),
          where,
        ).toEqual([]);
        const undo = made.filter((b) => b.reason === 'pre-restore');
        expect(undo, where).toHaveLength(1);
        firstUndo ??= undo[0];
        await f.reopen();
        expect(checksum(f.backend), `${where}: the restored book did not survive a restart`).toBe(sum);
        current = sum;
      }

      // Undo: the first restore's pre-restore backup gives back the book from before any restore…
      f.clock.tick();
      await rpc(f.backend, 'backups:restore', { file: firstUndo!.file });
      expect(checksum(f.backend), `seed ${seed}: undoing the restore`).toBe(beforeRestores);
      // …and undoing that undo gives back the last restored book.
      const undoOfUndo = (await rpc(f.backend, 'backups:list', {})).find((b) => b.reason === 'pre-restore')!;
      f.clock.tick();
      await rpc(f.backend, 'backups:restore', { file: undoOfUndo.file });
      expect(checksum(f.backend), `seed ${seed}: undoing the undo`).toBe(current);
    } finally {
      await f.close();
    }
  }, 60_000);

  it('lists a backup with one flipped byte as not verified, and refuses to restore it, changing nothing', async () => {
    const f = await firm();
    try {
      await rpc(f.backend, 'setup:startEmpty', {});
      const manager = await rpc(f.backend, 'team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' });
      const backups: BackupInfo[] = [];
      for (let round = 1; round <= 3; round++) {
        await changeBook(f.backend, round, manager.id);
        f.clock.tick();
        backups.push(await rpc(f.backend, 'backups:create', {}));
      }
      await changeBook(f.backend, 4, manager.id);
      const [, damaged] = backups;
      const file = path.join(f.dataDir, 'backups', damaged!.file);
      const bytes = await readFile(file);
      const at = bytes.indexOf('Household 2');
      expect(at).toBeGreaterThan(0);
      bytes[at + 1] = bytes[at + 1]! ^ 0x01;
      await writeFile(file, bytes);

      const listed = await rpc(f.backend, 'backups:list', {});
      for (const backup of backups) expect(listed.map((b) => b.file)).toContain(backup.file);
      expect(listed.filter((b) => !b.verified).map((b) => b.file)).toEqual([damaged!.file]);

      const state = bookState(f.backend);
      const snapshot = await readFile(path.join(f.dataDir, 'clientbook.json'));
      const journal = await readFile(path.join(f.dataDir, 'journal.jsonl'));
      const files = (await readdir(path.join(f.dataDir, 'backups'))).sort();
      f.clock.tick();
      await expectRefused(f.backend, () => rpc(f.backend, 'backups:restore', { file: damaged!.file }), 'NOT_FOUND');
      expect(bookState(f.backend)).toBe(state);
      expect((await readFile(path.join(f.dataDir, 'clientbook.json'))).equals(snapshot)).toBe(true);
      expect((await readFile(path.join(f.dataDir, 'journal.jsonl'))).equals(journal)).toBe(true);
      expect((await readdir(path.join(f.dataDir, 'backups'))).sort()).toEqual(files);
      expect((await readFile(file)).equals(bytes)).toBe(true);
    } finally {
      await f.close();
    }
  });
});
