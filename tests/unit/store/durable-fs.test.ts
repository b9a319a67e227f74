import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../electron/backend/store';
import { removeLeftoverTempFiles, writeFileAtomically } from '../../../electron/backend/store/durable-fs';
import { tempDir } from '../../fixtures/temp-dir';

const text = (value: string) => (write: (chunk: Uint8Array) => Promise<void>) => write(new TextEncoder().encode(value));

describe('writeFileAtomically', () => {
  it('replaces a file whole, leaving no temp file behind', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    await writeFile(file, 'old');
    await writeFileAtomically(file, text('new'));
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it('never replaces an existing file when told not to overwrite', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'packet.pdf');
    await writeFileAtomically(file, text('first'), { overwrite: false });
    expect(await readFile(file, 'utf8')).toBe('first');
    await expect(writeFileAtomically(file, text('second'), { overwrite: false })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(file, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['packet.pdf']);
  });
});

describe('removeLeftoverTempFiles', () => {
  it('removes only the temp files a killed write leaves, and the store does so when it opens', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '.clientbook.json.4242.0123456789ab.tmp'), 'half a snapshot');
    await writeFile(path.join(dir, '.notes.tmp'), 'not ours');
    await writeFile(path.join(dir, 'clientbook.json.tmp'), 'not ours either');
    const store = await Store.open({ dataDir: dir, idleCompactMs: 3_600_000 });
    const names = await readdir(dir);
    expect(names).not.toContain('.clientbook.json.4242.0123456789ab.tmp');
    expect(names).toEqual(expect.arrayContaining(['.notes.tmp', 'clientbook.json.tmp']));
    expect(await removeLeftoverTempFiles(dir)).toBe(0);
    await store.close();
  });
});

describe('backups', () => {
  it('never replace one another when taken in the same millisecond', async () => {
    const dir = await tempDir();
    const fixed = new Date('2026-11-28T09:00:00.000Z');
    const store = await Store.open({ dataDir: dir, idleCompactMs: 3_600_000, now: () => fixed });
    const first = await store.backupNow('manual');
    const second = await store.backupNow('manual');
    expect(second.file).not.toBe(first.file);
    expect((await store.listBackups()).map((backup) => backup.verified)).toEqual([true, true]);
    await store.close();
  });
});
