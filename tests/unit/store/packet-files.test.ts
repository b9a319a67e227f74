// The local book's packet PDFs are read and written only under the data folder's packets/: a
// record naming a place outside it (edited by hand, or moved in from elsewhere) is refused.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderPacketFiles } from '../../../electron/backend/store/packet-files';
import { tempDir } from '../../fixtures/temp-dir';

describe('packet files in the data folder', () => {
  it('keeps and reads a PDF at its place under packets/', async () => {
    const dataDir = await tempDir();
    const files = new FolderPacketFiles(dataDir);
    const place = { id: 'pk_1', clientId: 'cl_1', path: 'packets/cl_1/pk_1.pdf' };
    await files.keep(place, Buffer.from('%PDF-1.7'));
    expect(await readFile(path.join(dataDir, 'packets', 'cl_1', 'pk_1.pdf'), 'utf8')).toBe('%PDF-1.7');
    expect(Buffer.from((await files.read(place))!).toString()).toBe('%PDF-1.7');
    await expect(files.keep(place, Buffer.from('another'))).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
  });

  it('refuses a place outside packets/, whatever the record says', async () => {
    const files = new FolderPacketFiles(await tempDir());
    for (const where of [
      'packets/../clientbook.json',
      '../outside.pdf',
      'packets//pk.pdf',
      'journal.jsonl',
      'packets/cl_1/..\\..\\x.pdf',
    ]) {
      await expect(files.read({ id: 'pk_x', clientId: 'cl_1', path: where }), where).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
