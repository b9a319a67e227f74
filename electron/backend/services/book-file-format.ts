import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Settings } from '../../../shared/model';
import {
  collectionNames,
  currentSchemaVersion,
  recordSchemas,
  type Book,
  type BookReader,
  type CollectionName,
  type CollectionTypes,
} from '../store';
import { migrate } from '../store/migrations';
import { nodeFs } from '../store/store-fs';
import { describeInvalidRecord, unreadableBookFile } from '../store/validate';
import { invalid } from './checks';
import { writeNewFileIn } from './folders';
import { message, type Message } from '../../../shared/messages';

/**
 * The whole-book file, written by an export and read back by a whole-book import: a header
 * (format, version, schema version, when, settings) and every collection's records. Defined here
 * once, both ways; a file from an older schema version is migrated as its data folder would be.
 */
export const bookFileName = 'clientbook-export.json';
const bookFormat = 'clientbook-export';
const bookFormatVersion = 1;
/** Records turned into text at a time: a large book is never one string. */
const recordsPerChunk = 2000;

/** Writes `value` as JSON with each record on its own line: a large book is never one string. */
export async function writeRecordsFile(
  folder: string,
  fileName: string,
  head: Record<string, unknown>,
  collections: Partial<{ [K in CollectionName]: Iterable<CollectionTypes[K]> }>,
): Promise<string> {
  const encoder = new TextEncoder();
  const name = await writeNewFileIn(folder, fileName, async (write) => {
    const headText = JSON.stringify(head);
    await write(encoder.encode(`${headText.slice(0, -1)}${headText.length > 2 ? ',' : ''}\n"collections":{`));
    let firstCollection = true;
    for (const [collection, records] of Object.entries(collections)) {
      await write(encoder.encode(`${firstCollection ? '' : ','}\n${JSON.stringify(collection)}:[`));
      firstCollection = false;
      let lines: string[] = [];
      let first = true;
      for (const record of records as Iterable<unknown>) {
        lines.push(`${first ? '' : ','}\n${JSON.stringify(record)}`);
        first = false;
        if (lines.length === recordsPerChunk) {
          await write(encoder.encode(lines.join('')));
          lines = [];
        }
      }
      await write(encoder.encode(`${lines.join('')}\n]`));
    }
    await write(encoder.encode('\n}}\n'));
  });
  return path.join(folder, name);
}

/** Writes the whole book into `folder` as the book file; returns its path. */
export async function writeBookFile(folder: string, store: BookReader, exportedAt: Date): Promise<string> {
  const collections = Object.fromEntries(collectionNames.map((name) => [name, store.all(name)]));
  const head = {
    format: bookFormat,
    version: bookFormatVersion,
    schemaVersion: currentSchemaVersion,
    exportedAt: exportedAt.toISOString(),
    settings: store.settings,
  };
  return writeRecordsFile(folder, bookFileName, head, collections);
}

const notAnExport = (detail: Message) =>
  invalid(message('refused.notAnExport', { detail, file: bookFileName }), 'file', message('issues.notAnExport'));

/** The records of a whole-book export, each checked against the store's schemas. */
export async function readBookFile(file: string, now: string): Promise<Book> {
  if (!path.isAbsolute(file)) throw invalid(message('refused.chooseWholeFilePath'), 'file', message('issues.absolutePath'));
  const unreadable = await unreadableBookFile(file, nodeFs);
  if (unreadable?.missing) throw invalid(message('refused.exportFileMissing'), 'file', message('issues.missing'));
  if (unreadable) throw notAnExport(unreadable.problem);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw invalid(message('refused.exportFileMissing'), 'file', message('issues.missing'));
    throw notAnExport(message('bookFile.notJson'));
  }
  const data = parsed as { format?: unknown; version?: unknown; schemaVersion?: unknown; settings?: unknown; collections?: unknown } | null;
  if (
    !data ||
    data.format !== bookFormat ||
    data.version !== bookFormatVersion ||
    typeof data.collections !== 'object' ||
    data.collections === null
  ) {
    throw notAnExport(message('bookFile.noHeader'));
  }
  if (typeof data.schemaVersion !== 'number' || !Number.isInteger(data.schemaVersion))
    throw notAnExport(message('bookFile.noSchemaVersion'));
  if (data.schemaVersion > currentSchemaVersion) {
    throw invalid(message('refused.exportFromNewer'), 'file', message('issues.fromNewerVersion'));
  }
  const collections = data.collections as Record<string, unknown>;
  // An export from an older version is brought up to date the way its data folder would be.
  const image = {
    schemaVersion: data.schemaVersion,
    seq: 0,
    savedAt: null,
    collections: Object.fromEntries(
      Object.entries(collections).map(([name, records]) => {
        if (!Array.isArray(records)) throw notAnExport(message('bookFile.notAList', { name }));
        return [
          name,
          new Map(
            records.map((record: { id?: unknown }, index) => [typeof record?.id === 'string' ? record.id : `#${index}`, record as never]),
          ),
        ];
      }),
    ),
    singletons: { settings: data.settings, meta: { initializedAt: now, origin: 'import' } },
  };
  migrate(image);
  const settings = Settings.safeParse(image.singletons.settings);
  if (!settings.success) throw notAnExport(message('bookFile.badSettings'));
  const book = { settings: settings.data, meta: { initializedAt: now, origin: 'import' } } as Book;
  for (const name of collectionNames) {
    const checked = [];
    // Keyed by id, or by `#position` for a record without one.
    for (const [id, record] of image.collections[name] ?? []) {
      const result = recordSchemas[name].safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const record = describeInvalidRecord({ collection: name, id, field: issue.path.map(String).join('.'), problem: issue.message });
        throw notAnExport(message('bookFile.badRecord', { record }));
      }
      checked.push(result.data);
    }
    (book as unknown as Record<string, unknown[]>)[name] = checked;
  }
  return book;
}
