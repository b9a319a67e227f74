import type { Book } from './book';
import { collectionNames } from './book';
import { currentSchemaVersion } from './migrations';
import type { StoredRecord, StoreImage } from './snapshot';
import { writeImageToDataDir } from './store';

export * from './book';
export type { BookKeeping, BookReader, BookStore, BookWriter } from './book-store';
export { StoreLockedError } from './errors';
export type { Op } from './journal';
export { currentSchemaVersion } from './migrations';
export { silentLogger, type Logger } from '../logger';
export { delOp, newBookImage, putOp, setMetaOp, setSettingsOp, Store, type Plan, type StoreState } from './store';

/** A whole book as a store image at the current schema. */
export function imageOfBook(book: Book): StoreImage {
  const collections: StoreImage['collections'] = {};
  for (const name of collectionNames) {
    collections[name] = new Map((book[name] as unknown as StoredRecord[]).map((record) => [record.id, record]));
  }
  return {
    schemaVersion: currentSchemaVersion,
    seq: 0,
    savedAt: null,
    collections,
    singletons: { settings: book.settings, meta: book.meta },
  };
}

/** Writes a generated book as a fresh Clientbook data folder (`npm run gen`, benchmarks). */
export async function writeBookToDataDir(dataDir: string, book: Book): Promise<void> {
  await writeImageToDataDir(dataDir, imageOfBook(book));
}
