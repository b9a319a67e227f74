import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../../electron/backend/store';
import { bookState, expectRefused, freshBackend, rpc, smallFirm } from '../../fixtures/backend';
import { tempDir } from '../../fixtures/temp-dir';

const now = () => new Date('2026-03-31T10:00:00Z');

describe('exports', () => {
  it('writes CSVs that map themselves and a JSON book that imports back identical', async () => {
    const { backend } = await freshBackend(now);
    await rpc(backend, 'setup:loadDemo', {});
    const folder = await tempDir();
    const result = await rpc(backend, 'exports:book', { folder });
    expect(path.dirname(result.folder)).toBe(folder);
    expect(path.basename(result.folder)).toMatch(/^Clientbook export \d{4}-\d{2}-\d{2} \d{4}$/);
    expect((await readdir(result.folder)).sort()).toEqual([
      'clientbook-export.json',
      'households.csv',
      'interactions.csv',
      'people.csv',
      'products.csv',
      'surveys.csv',
      'tasks.csv',
    ]);
    const households = await readFile(path.join(result.folder, 'households.csv'));
    expect([...households.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header] = households.toString('utf8').slice(1).split('\r\n');
    const columns = await rpc(backend, 'imports:suggest', { kind: 'households', headers: header!.split(',') });
    expect(columns.every((column) => column !== null)).toBe(true);
    const second = await rpc(backend, 'exports:book', { folder });
    expect(second.folder).toBe(`${result.folder} (2)`);

    const { backend: copy } = await freshBackend(now);
    const record = await rpc(copy, 'imports:book', { file: path.join(result.folder, 'clientbook-export.json') });
    expect(record.kind).toBe('book');
    for (const name of collectionNames) {
      const original = [...backend.store.all(name)];
      const imported = [...copy.store.all(name)].filter((r) => r.id !== record.id);
      expect(imported, name).toEqual(original);
    }
    expect(copy.store.settings).toEqual(backend.store.settings);
    await expectRefused(copy, () => rpc(copy, 'imports:book', { file: path.join(result.folder, 'clientbook-export.json') }), 'CONFLICT');
    await rpc(copy, 'imports:undo', { id: record.id });
    expect(copy.store.count('clients')).toBe(0);
  });

  it('refuses a folder that is relative or a file, and a file that is not an export', async () => {
    const { backend } = await freshBackend(now);
    await rpc(backend, 'setup:startEmpty', {});
    await expectRefused(backend, () => rpc(backend, 'exports:book', { folder: 'relative/path' }), 'INVALID_INPUT', 'folder');
    const folder = await tempDir();
    const done = await rpc(backend, 'exports:book', { folder, json: false });
    await expectRefused(backend, () => rpc(backend, 'exports:book', { folder: done.files[0]! }), 'INVALID_INPUT', 'folder');
    const before = bookState(backend);
    await expectRefused(backend, () => rpc(backend, 'imports:book', { file: done.files[0]! }), 'INVALID_INPUT', 'file');
    expect(bookState(backend)).toBe(before);
    expect((await rpc(backend, 'exports:defaultFolder', {})).folder).toMatch(/exports$/);
  });

  it('writes a client file with that client’s records only', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'clients:create', { name: 'Someone Else', tier: 'B', primaryManagerId: firm.manager.id });
    await rpc(firm.backend, 'people:create', { clientId: firm.client.id, name: 'Ann Lee', relationship: 'primary' });
    const folder = await tempDir();
    const result = await rpc(firm.backend, 'exports:client', { clientId: firm.client.id, folder });
    expect(path.basename(result.folder)).toBe('The Lee Household - client file 2026-03-31');
    const file = JSON.parse(await readFile(path.join(result.folder, 'client.json'), 'utf8')) as {
      collections: { clients: { id: string }[]; people: unknown[] };
    };
    expect(file.collections.clients.map((c) => c.id)).toEqual([firm.client.id]);
    expect(file.collections.people).toHaveLength(1);
    const csv = await readFile(path.join(result.folder, 'households.csv'), 'utf8');
    expect(csv).toContain('The Lee Household');
    expect(csv).not.toContain('Someone Else');
  });
});
