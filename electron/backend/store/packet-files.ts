import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import { writeFileAtomically } from './durable-fs';

/** Which packet's PDF: its id, its household, and the name its record keeps (`packets/<client>/<id>.pdf`). */
export interface PacketPlace {
  id: string;
  clientId: string;
  path: string;
}

/**
 * Issued packets' PDFs, kept write-once with the book: files in the data folder for the local book,
 * rows of `clientbook.packets` (bytea with the SHA-256) for the office book.
 */
export interface PacketFiles {
  /** Keeps a new packet's PDF durably and never over another; throws a typed error when it cannot. */
  keep(place: PacketPlace, bytes: Uint8Array): Promise<void>;
  /** The kept PDF, or null when it is not there. */
  read(place: PacketPlace): Promise<Uint8Array | null>;
  /** Removes a PDF whose record could not be committed. */
  discard(place: PacketPlace): Promise<void>;
}

/** The local book's packets: files under the data folder, written durably by a hard link that fails if the name exists. */
export class FolderPacketFiles implements PacketFiles {
  constructor(private readonly dataDir: string) {}

  async keep(place: PacketPlace, bytes: Uint8Array): Promise<void> {
    const file = this.fileOf(place);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomically(file, (write) => write(bytes), { overwrite: false });
    } catch {
      throw new AppError('STORAGE_FAILED', message('packets.notKept'));
    }
  }

  async read(place: PacketPlace): Promise<Uint8Array | null> {
    try {
      return await readFile(this.fileOf(place));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async discard(place: PacketPlace): Promise<void> {
    await rm(this.fileOf(place), { force: true });
  }

  /** The file under the data folder's packets/ that `place` names; a name that would lead out of it is refused. */
  private fileOf(place: PacketPlace): string {
    const parts = place.path.split('/');
    if (parts[0] !== 'packets' || parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\'))) {
      throw new AppError('NOT_FOUND', message('packets.outsideFolder'));
    }
    return path.join(this.dataDir, ...parts);
  }
}
