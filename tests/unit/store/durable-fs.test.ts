import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../electron/backend/store/durable-fs';
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
