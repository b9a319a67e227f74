import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../../shared/contract';
import { expectRefused, keptPackets, onOfficeBook, rpc, smallFirm } from '../../fixtures/backend';
import { FakeDesktop, FakePdf } from '../../fixtures/ports';
import { tempDir } from '../../fixtures/temp-dir';

const now = () => new Date('2026-03-15T12:00:00.000Z');

describe('opening files Clientbook wrote', () => {
  it('takes an id, never a path', () => {
    for (const id of ['/etc/passwd', '..\\..\\evil.exe', 'C:/Windows/notepad.exe', 'packets/../../x']) {
      expect(contract['files:open'].input.safeParse({ kind: 'packet', id }).success, id).toBe(false);
    }
    expect(contract['files:open'].input.safeParse({ kind: 'packet', id: 'pk_1', path: '/tmp/x' }).success).toBe(false);
    expect(contract['files:showInFolder'].input.safeParse({ kind: 'log', id: 'x' }).success).toBe(false);
  });

  it('opens and shows an issued packet from its record, and refuses one that is gone or changed', async () => {
    const desktop = new FakeDesktop();
    const { backend, dataDir, client } = await smallFirm(now, { pdf: new FakePdf(), desktop });
    const packet = await rpc(backend, 'packets:issue', { clientId: client.id, asOf: '2026-03-15' });
    if (onOfficeBook) {
      // The office book keeps packets in the database: there is no file to open.
      await expectRefused(backend, () => rpc(backend, 'files:open', { kind: 'packet', id: packet.id }), 'UNAVAILABLE');
      return;
    }
    const file = path.join(dataDir, ...packet.path.split('/'));
    expect(await rpc(backend, 'files:open', { kind: 'packet', id: packet.id })).toEqual({ opened: true });
    expect(await rpc(backend, 'files:showInFolder', { kind: 'packet', id: packet.id })).toEqual({ shown: true });
    expect(desktop.opened).toEqual([file]);
    expect(desktop.shownInFolder).toEqual([file]);

    desktop.openProblem = 'No application is associated with the specified file';
    await expectRefused(backend, () => rpc(backend, 'files:open', { kind: 'packet', id: packet.id }), 'UNAVAILABLE');
    await expectRefused(backend, () => rpc(backend, 'files:open', { kind: 'packet', id: 'pk_unknown' }), 'NOT_FOUND', 'id');
    await keptPackets(backend, dataDir).overwrite(packet, Buffer.from('not the packet'));
    await expectRefused(backend, () => rpc(backend, 'files:open', { kind: 'packet', id: packet.id }), 'STORAGE_FAILED');
    await rm(file);
    await expectRefused(backend, () => rpc(backend, 'files:showInFolder', { kind: 'packet', id: packet.id }), 'NOT_FOUND');
    expect(desktop.opened).toHaveLength(2);
    expect(desktop.shownInFolder).toHaveLength(1);
  });

  it('opens a backup of the backups folder by its name only', async () => {
    const desktop = new FakeDesktop();
    const { backend, dataDir } = await smallFirm(now, { desktop });
    if (onOfficeBook) {
      await expectRefused(backend, () => rpc(backend, 'files:showInFolder', { kind: 'backup', id: 'clientbook.json' }), 'UNAVAILABLE');
      return;
    }
    const backup = await rpc(backend, 'backups:create', {});
    expect(await rpc(backend, 'files:showInFolder', { kind: 'backup', id: backup.file })).toEqual({ shown: true });
    expect(desktop.shownInFolder).toEqual([path.join(dataDir, 'backups', backup.file)]);
    // The book itself sits beside the backups folder: its name is not a backup's.
    await expectRefused(backend, () => rpc(backend, 'files:open', { kind: 'backup', id: 'clientbook.json' }), 'NOT_FOUND', 'id');
    expect(desktop.opened).toEqual([]);
  });

  it("opens a finished batch's folder and shows its combined PDF there", async () => {
    const desktop = new FakeDesktop();
    const { backend, client } = await smallFirm(now, { pdf: new FakePdf(), desktop });
    const folder = path.join(await tempDir(), 'packets');
    const started = await rpc(backend, 'packets:batchStart', { clientIds: [client.id], asOf: '2026-03-15', folder, combined: true });
    await vi.waitFor(async () => expect((await rpc(backend, 'packets:batchStatus', { id: started.id })).state).toBe('done'), {
      timeout: 10_000,
      interval: 20,
    });
    const { combinedFile } = await rpc(backend, 'packets:batchStatus', { id: started.id });
    expect(await rpc(backend, 'files:open', { kind: 'batch', id: started.id })).toEqual({ opened: true });
    expect(await rpc(backend, 'files:showInFolder', { kind: 'batch', id: started.id })).toEqual({ shown: true });
    expect(desktop.opened).toEqual([folder]);
    expect(desktop.shownInFolder).toEqual([path.join(folder, combinedFile!)]);

    await rename(folder, `${folder} moved`);
    await expectRefused(backend, () => rpc(backend, 'files:open', { kind: 'batch', id: started.id }), 'NOT_FOUND');
    await expectRefused(backend, () => rpc(backend, 'files:open', { kind: 'batch', id: 'pb_unknown' }), 'NOT_FOUND', 'id');
  });

  it('opens the folder of an export made since the start, by the id its answer carried', async () => {
    const desktop = new FakeDesktop();
    const { backend, client } = await smallFirm(now, { desktop });
    const book = await rpc(backend, 'exports:book', { folder: await tempDir(), json: false });
    const clientFile = await rpc(backend, 'exports:client', { clientId: client.id, folder: await tempDir() });
    expect(await rpc(backend, 'files:open', { kind: 'export', id: book.id })).toEqual({ opened: true });
    expect(await rpc(backend, 'files:showInFolder', { kind: 'export', id: clientFile.id })).toEqual({ shown: true });
    expect(desktop.opened).toEqual([book.folder]);
    expect(desktop.shownInFolder).toEqual([clientFile.folder]);
    // Another backend (a restart) knows none of this one's exports.
    const other = await smallFirm(now, { desktop });
    await expectRefused(other.backend, () => rpc(other.backend, 'files:open', { kind: 'export', id: book.id }), 'NOT_FOUND', 'id');
  });

  it('is unavailable outside the desktop app', async () => {
    const { backend, client } = await smallFirm(now, { pdf: new FakePdf() });
    const packet = await rpc(backend, 'packets:issue', { clientId: client.id, asOf: '2026-03-15' });
    await expectRefused(backend, () => rpc(backend, 'files:open', { kind: 'packet', id: packet.id }), 'UNAVAILABLE');
    await expectRefused(backend, () => rpc(backend, 'files:showInFolder', { kind: 'packet', id: packet.id }), 'UNAVAILABLE');
  });
});
