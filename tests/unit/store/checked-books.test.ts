// A book is only ever opened, restored or imported when every record is one its schema allows, and
// reading a file the person chose never holds up saving (issue 14, items 5 and 6).
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { putOp, Store } from '../../../electron/backend/store';
import { nodeFs, type StoreFs } from '../../../electron/backend/store/store-fs';
import type { BookChannel } from '../../../shared/contract';
import { bookState, expectRefused, freshBackend, rpc, smallFirm } from '../../fixtures/backend';
import { withNumberForName } from '../../fixtures/book-files';
import { client as clientRecord, teamMember } from '../../fixtures/records';
import { tempDir } from '../../fixtures/temp-dir';

const now = () => new Date('2026-05-04T10:00:00.000Z');

/** A small firm's data folder whose book file holds a household named 42, under a checksum that matches. */
async function folderWithInvalidRecord(withBackup: boolean) {
  const { backend, dataDir } = await smallFirm(now);
  if (withBackup) await rpc(backend, 'backups:create', {});
  await backend.store.compact();
  const { bytes, clientId } = withNumberForName(await readFile(path.join(dataDir, 'clientbook.json')));
  await backend.close();
  await writeFile(path.join(dataDir, 'clientbook.json'), bytes);
  return { dataDir, bytes, clientId };
}

describe('a record the schema does not allow, under a valid checksum', () => {
  it('is found at open: the book is not opened, the record is named, and the backup before it is offered', async () => {
    const { dataDir, clientId } = await folderWithInvalidRecord(true);
    const backend = await createBackend({ dataDir, now });
    try {
      const status = await rpc(backend, 'app:status', {});
      expect(status).toMatchObject({ mode: 'read-only', readOnlyReason: 'corrupt' });
      expect(status.recovery).toMatchObject({
        invalidRecord: { collection: 'clients', id: clientId, field: 'name' },
        base: { kind: 'backup' },
        lost: { count: 0 },
      });
      // These answered INTERNAL when the record was let in.
      const reads: [BookChannel, object][] = [
        ['clients:list', {}],
        ['health:list', {}],
        ['reviews:due', {}],
        ['team:books', {}],
      ];
      for (const [channel, input] of reads) await expect(rpc(backend, channel, input as never), channel).resolves.toBeDefined();
      expect(backend.store.get('clients', clientId)?.name).toBeTypeOf('string');
    } finally {
      await backend.close();
    }
  });

  it('is refused by a restore from a file, naming the record and field, and nothing changes', async () => {
    const { bytes, clientId } = await folderWithInvalidRecord(false);
    const file = path.join(await tempDir(), 'from-another-drive.json');
    await writeFile(file, bytes);
    const { backend } = await smallFirm(now);
    const before = bookState(backend);
    await expectRefused(backend, () => rpc(backend, 'backups:restoreFile', { file }), 'INVALID_INPUT', 'file');
    const error = await rpc(backend, 'backups:restoreFile', { file }).catch((reason: Error) => reason);
    expect((error as Error).message).toContain(`clients ${clientId}, field name`);
    expect(bookState(backend)).toBe(before);
  });

  it('is refused by a restore from the backups folder, naming the record', async () => {
    const { backend, dataDir } = await smallFirm(now);
    const backup = await rpc(backend, 'backups:create', {});
    const backupFile = path.join(dataDir, 'backups', backup.file);
    const { bytes, clientId } = withNumberForName(await readFile(backupFile));
    await writeFile(backupFile, bytes);
    const before = bookState(backend);
    const error = await rpc(backend, 'backups:restore', { file: backup.file }).catch((reason: Error) => reason);
    expect(error).toMatchObject({ name: 'AppError', code: 'NOT_FOUND' });
    expect((error as Error).message).toContain(`clients ${clientId}, field name`);
    expect(bookState(backend)).toBe(before);
  });

  it('is refused by a whole-book import, naming the record and field', async () => {
    const { backend: firm } = await smallFirm(now);
    const exported = await rpc(firm, 'exports:book', { folder: await tempDir(), csv: false });
    const file = exported.files.find((name) => name.endsWith('.json'))!;
    const book = JSON.parse(await readFile(file, 'utf8')) as { collections: { clients: { id: string; name: unknown }[] } };
    const bad = book.collections.clients[0]!;
    bad.name = 42;
    await writeFile(file, JSON.stringify(book));
    const { backend } = await freshBackend(now);
    await rpc(backend, 'setup:startEmpty', {});
    const before = bookState(backend);
    const error = await rpc(backend, 'imports:book', { file }).catch((reason: Error) => reason);
    expect(error).toMatchObject({ name: 'AppError', code: 'INVALID_INPUT' });
    expect((error as Error).message).toContain(`clients ${bad.id}, field name`);
    expect(bookState(backend)).toBe(before);
  });
});

describe('a restore file the person chose', () => {
  it('that is a pipe or a device is refused at once, without reading it', { timeout: 20_000 }, async () => {
    const { backend } = await smallFirm(now);
    const fifo = path.join(await tempDir(), 'backup.json');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero']) {
      const error = await rpc(backend, 'backups:restoreFile', { file }).catch((reason: Error) => reason);
      expect(error, file).toMatchObject({ name: 'AppError', code: 'INVALID_INPUT' });
      expect((error as Error).message, file).toContain('not a file');
    }
  });

  it('is read outside the queue of changes: saving goes on while a slow file is still being read', { timeout: 20_000 }, async () => {
    const dataDir = await tempDir();
    const restoreFile = path.join(await tempDir(), 'backup.json');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reading!: () => void;
    const readingStarted = new Promise<void>((resolve) => (reading = resolve));
    // The chosen file is on a slow drive: opening it waits until the test lets it go.
    const slowFs: StoreFs = {
      ...nodeFs,
      open: async (file, flags) => {
        if (file === restoreFile) {
          reading();
          await held;
        }
        return nodeFs.open(file, flags);
      },
    };
    const store = await Store.open({ dataDir, now, fs: slowFs, idleCompactMs: 3_600_000 });
    try {
      const manager = teamMember();
      await store.mutate('tester', () => ({ ops: [putOp('teamMembers', manager)], result: undefined }));
      await store.compact();
      await writeFile(restoreFile, await readFile(path.join(dataDir, 'clientbook.json')));

      const restoring = store.restoreBackupFile(restoreFile, 'tester');
      await readingStarted;
      const saved = store.mutate('tester', () => ({
        ops: [putOp('clients', clientRecord({ id: 'cl_while', primaryManagerId: manager.id }))],
        result: 'saved',
      }));
      const first = await Promise.race([saved, restoring.then(() => 'restored')]);
      expect(first).toBe('saved');
      expect(store.get('clients', 'cl_while')).toBeDefined();
      release();
      await restoring;
      // The restore then replaced the book with the file's, as asked.
      expect(store.get('clients', 'cl_while')).toBeUndefined();
    } finally {
      release();
      await store.close();
    }
  });
});
