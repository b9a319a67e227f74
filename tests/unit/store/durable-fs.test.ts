import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../electron/backend/store';
import { removeLeftoverTempFiles, writeFileAtomically } from '../../../electron/backend/store/durable-fs';
import { tempDir } from '../../fixtures/temp-dir';
import { shortWriteFs } from '../../reliability/fixtures/short-write-fs';

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

  it('writes every byte when the disk takes only a few at a time', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    const { fs, counts } = shortWriteFs({ allow: () => 3 });
    await writeFileAtomically(file, text('Zoë Ångström, 4 Rue de Málaga'), { fs });
    expect(await readFile(file, 'utf8')).toBe('Zoë Ångström, 4 Rue de Málaga');
    expect(counts.short).toBeGreaterThan(5);
  });

  it('fails with EIO when a write makes no progress, leaving the old file and no temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    await writeFile(file, 'old');
    const { fs } = shortWriteFs({ allow: () => 0 });
    await expect(writeFileAtomically(file, text('new'), { fs })).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  it('checks the written file before renaming it: a failed check leaves the old file and no temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'data.json');
    await writeFile(file, 'old');
    const checked: string[] = [];
    const verify = async (written: string) => {
      checked.push(await readFile(written, 'utf8'));
      throw Object.assign(new Error('did not read back as written'), { code: 'EIO' });
    };
    await expect(writeFileAtomically(file, text('new'), { verify })).rejects.toMatchObject({ code: 'EIO' });
    expect(checked).toEqual(['new']);
    expect(await readFile(file, 'utf8')).toBe('old');
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
