import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import { currentSchemaVersion } from '../store/migrations';
import { readSnapshotFile, SnapshotAdapter, type StoreImage } from '../store/snapshot';
import type { TrailHead } from './book-tables';

/** What the copy is of: a book is known by when it was set up, so a copy of another book in the same database is never taken for it. */
interface CacheFacts {
  bookId: string;
  trail: TrailHead;
}

/** The single object the copy keeps its facts under; never part of the book itself. */
const factsKey = '__officeCopy';

/**
 * This workstation's copy of an office book, in its data folder: a start reads it and only the
 * changes logged since, instead of the whole book; and when the database cannot be reached at the
 * start, the book can still be shown, read-only. Written like the local book's snapshot
 * (checksummed, fsynced, renamed into place), so a damaged copy is never used: it is read again
 * from the database instead.
 */
export class WorkstationCache {
  readonly file: string;

  constructor(
    folder: string,
    where: { server: string; database: string },
    private readonly now: () => Date,
    private readonly log: Logger,
  ) {
    const name = createHash('sha256').update(`${where.server}/${where.database}`).digest('hex').slice(0, 16);
    this.file = path.join(folder, 'office-copy', `${name}.json`);
  }

  /** The copy with its facts; null when there is none, it is unreadable, or it is of another book than `bookId` (when known). */
  async read(bookId: string | null): Promise<{ image: StoreImage; facts: CacheFacts } | null> {
    let image: StoreImage;
    try {
      image = await readSnapshotFile(this.file, currentSchemaVersion);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        this.log.warn('This workstation’s copy of the office book could not be read; reading the whole book instead.');
      return null;
    }
    const facts = image.singletons[factsKey] as CacheFacts | undefined;
    delete image.singletons[factsKey];
    if (!facts || typeof facts.bookId !== 'string' || (bookId !== null && facts.bookId !== bookId)) return null;
    if (image.schemaVersion !== currentSchemaVersion) return null;
    return { image, facts };
  }

  /** Writes the copy; the caller keeps the image from changing meanwhile. */
  async write(image: StoreImage, facts: CacheFacts): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const copy: StoreImage = { ...image, singletons: { ...image.singletons, [factsKey]: facts } };
    await new SnapshotAdapter(this.file, currentSchemaVersion, this.now).write(copy);
  }
}
