import type { z } from 'zod';
import { message, type Message } from '../../../shared/messages';
import { Settings } from '../../../shared/model';
import { recordSchemas, type CollectionName } from './book';
import { CorruptDataError } from './errors';
import { Pacer } from './pacer';
import type { Pacing, StoredRecord, StoreImage } from './snapshot';
import type { StoreFs } from './store-fs';

/** Where a book holds something its schema does not allow: collection (or single object), record id and field. */
export interface InvalidRecord {
  collection: string;
  id: string | null;
  field: string;
  problem: string;
}

/**
 * A data file whose bytes are as written but which holds a record the schema does not allow (a
 * checksum proves the bytes, not that a Clientbook wrote them): treated as damage, never opened.
 */
export class InvalidRecordError extends CorruptDataError {
  constructor(
    file: string,
    readonly invalid: InvalidRecord,
  ) {
    super(file, `invalid record: ${describeInvalidRecord(invalid)}`);
    this.name = 'InvalidRecordError';
  }
}

/** "clients cl_bad, field name: expected string": ids and field names only, never content. */
export function describeInvalidRecord({ collection, id, field, problem }: InvalidRecord): string {
  return `${collection}${id === null ? '' : ` ${id}`}, field ${field || '(the whole record)'}: ${problem}`;
}

function firstIssue(schema: z.ZodType, value: unknown): { field: string; problem: string } | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return { field: issue.path.map(String).join('.'), problem: issue.message };
}

/** The first thing wrong with `record` as a member of `collection`, or null when its schema allows it. */
export function checkRecord(collection: string, record: StoredRecord): InvalidRecord | null {
  const schema = recordSchemas[collection as CollectionName] as z.ZodType | undefined;
  if (!schema) return { collection, id: record.id, field: '', problem: 'not a collection Clientbook keeps' };
  const issue = firstIssue(schema, record);
  return issue && { collection, id: record.id, ...issue };
}

/** The single objects whose shape is known: settings are checked; the book's own bookkeeping (meta, audit head) is read defensively where used. */
const singletonSchemas: Record<string, z.ZodType> = { settings: Settings };

export function checkSingleton(key: string, value: unknown): InvalidRecord | null {
  const schema = singletonSchemas[key];
  const issue = schema ? firstIssue(schema, value) : null;
  return issue && { collection: key, id: null, ...issue };
}

/**
 * The first record or single object in `image` its schema does not allow, or null when the whole
 * book is valid. Paced: checking every record of a large book takes seconds.
 */
export async function findInvalidRecord(
  image: StoreImage,
  { pacer = new Pacer(), onProgress }: Pacing = {},
): Promise<InvalidRecord | null> {
  const total = Object.values(image.collections).reduce((sum, records) => sum + records.size, 0);
  let checked = 0;
  for (const [collection, records] of Object.entries(image.collections)) {
    for (const record of records.values()) {
      if (pacer.due()) {
        onProgress?.(checked / total);
        await pacer.yield();
      }
      const invalid = checkRecord(collection, record);
      if (invalid) return invalid;
      checked++;
    }
  }
  for (const [key, value] of Object.entries(image.singletons)) {
    const invalid = checkSingleton(key, value);
    if (invalid) return invalid;
  }
  return null;
}

/** Far larger than any book Clientbook writes: a chosen file beyond it is not a backup or an export, and is not read. */
export const maxBookFileBytes = 4 * 2 ** 30;

/**
 * Why a file the person chose cannot be read as a whole book, or null when it can: only a regular
 * file of a book's size is read, since a pipe or a device (a FIFO, /dev/zero) would block or never end.
 * `problem` completes "That file cannot be restored: …".
 */
export async function unreadableBookFile(file: string, fs: Pick<StoreFs, 'stat'>): Promise<{ missing: boolean; problem: Message } | null> {
  const info = await fs.stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    const missing = info.code === 'ENOENT';
    return { missing, problem: message(missing ? 'bookFile.missing' : 'bookFile.unreadable') };
  }
  if (!info.isFile()) return { missing: false, problem: message('bookFile.notAFile') };
  if (info.size > maxBookFileBytes) {
    return { missing: false, problem: message('bookFile.tooLarge', { gigabytes: maxBookFileBytes / 2 ** 30 }) };
  }
  return null;
}
