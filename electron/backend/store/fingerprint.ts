import { createHash } from 'node:crypto';
import { collectionNames } from './book';
import type { BookReader } from './book-store';

/**
 * A book's content as one SHA-256 digest (hex): every collection's records in id order, the
 * settings and the meta, as canonical JSON. Equal books give equal digests whichever store holds
 * them and in whatever order their records were added or their keys written (PostgreSQL's jsonb
 * reorders keys); any difference in a value gives a different one. Change numbers, versions and
 * the audit trail are not content: a book moved to another store keeps its fingerprint.
 */
export function bookFingerprint(book: BookReader): string {
  const hash = createHash('sha256');
  // The canonical JSON of { collections: { name: [records…] }, meta, settings }, a record at a time.
  hash.update('{"collections":{');
  [...collectionNames].sort(byCodeUnits).forEach((name, index) => {
    hash.update(`${index > 0 ? ',' : ''}${JSON.stringify(name)}:[`);
    const records = [...book.all(name)].sort((a, b) => byCodeUnits(a.id, b.id));
    records.forEach((record, at) => hash.update(`${at > 0 ? ',' : ''}${canonicalJson(record)}`));
    hash.update(']');
  });
  hash.update(`},"meta":${canonicalJson(book.meta)},"settings":${canonicalJson(book.settings)}}`);
  return hash.digest('hex');
}

/** JSON with every object's keys in code-unit order (and, as JSON.stringify does, undefined object values left out). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => byCodeUnits(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Not localeCompare: the order must not depend on the machine's language. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
