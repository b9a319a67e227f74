import type { StoreImage } from './snapshot';
import type { StoreFs } from './store-fs';

/** The book file and the journal of changes made since it was written, in the data folder. */
export const snapshotFileName = 'clientbook.json';
export const journalFileName = 'journal.jsonl';

/** A book before any migration: what an empty or unreadable folder starts from. */
export function emptyImage(): StoreImage {
  return { schemaVersion: 0, seq: 0, savedAt: null, collections: {}, singletons: {} };
}

export async function fileExists(file: string, fs: StoreFs): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
