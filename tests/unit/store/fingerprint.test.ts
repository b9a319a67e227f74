// A book's fingerprint: the same content gives the same digest however the copy came to hold it
// (records added in another order, keys written in another order, as PostgreSQL's jsonb does), and
// any one changed value, a record more or less, or a record in another collection gives another.
import { describe, expect, it } from 'vitest';
import { generateBook } from '../../../electron/backend/demo/generate';
import { collectionNames, imageOfBook, type Book } from '../../../electron/backend/store';
import { BookCopy, bookIndexes } from '../../../electron/backend/store/book-copy';
import { bookFingerprint } from '../../../electron/backend/store/fingerprint';
import type { StoreImage } from '../../../electron/backend/store/snapshot';

/** A BookReader over a whole book in memory, as every store reads its copy. */
class BookInMemory extends BookCopy {
  protected readonly indexes = bookIndexes();

  constructor(protected readonly image: StoreImage) {
    super();
  }
}

const fingerprintOf = (book: Book) => bookFingerprint(new BookInMemory(imageOfBook(book)));

/** The demo firm cut down to its first three records of each collection: every kind of record, quick to digest a thousand times. */
function smallBook(): Book {
  const demo = generateBook({ scale: 'demo', today: '2026-03-31' });
  const book = structuredClone(demo);
  for (const name of collectionNames) (book[name] as unknown[]) = demo[name].slice(0, 3);
  return book;
}

/** The same value with every object's keys in reverse order. */
function keysReversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(keysReversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, keysReversed(item)]),
  ) as T;
}

type Path = (string | number)[];

/** The path to every value in `value` that holds no other: strings, numbers, booleans, nulls, empty arrays and objects. */
function leafPaths(value: unknown, path: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  if (children.length === 0) return [path];
  return children.flatMap(([key, item]) => leafPaths(item, [...path, key]));
}

/** A different value of the same kind. */
function changed(value: unknown): unknown {
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (value === null) return 0;
  return Array.isArray(value) ? [null] : { added: null };
}

function withLeafChanged(book: Book, path: Path): Book {
  const copy = structuredClone(book) as unknown as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  parent[last] = changed(parent[last]);
  return copy as unknown as Book;
}

describe('bookFingerprint', () => {
  const book = smallBook();
  const original = fingerprintOf(book);

  it('is a SHA-256 digest, the same for the same content in any order of records and keys', () => {
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(structuredClone(book))).toBe(original);

    const reordered = keysReversed(book);
    for (const name of collectionNames) (reordered[name] as unknown[]) = [...reordered[name]].reverse();
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(book));
    expect(fingerprintOf(reordered)).toBe(original);
  });

  it('changes when any one value of any record, the settings or the meta changes', () => {
    // An empty collection is a leaf of the book, not a record's value.
    const paths = leafPaths(book).filter((path) => path.length > 1);
    expect(new Set(paths.map(([collection]) => collection))).toEqual(
      new Set([...collectionNames.filter((name) => book[name].length > 0), 'settings', 'meta']),
    );
    const unchanged = paths.filter((path) => fingerprintOf(withLeafChanged(book, path)) === original).map((path) => path.join('.'));
    expect(unchanged).toEqual([]);
    expect(paths.length).toBeGreaterThan(300);
  });

  it('changes when a record is removed or added, or the same record is in another collection', () => {
    const removed = structuredClone(book);
    removed.clients = removed.clients.slice(1);
    expect(fingerprintOf(removed)).not.toBe(original);

    const added = structuredClone(book);
    added.clients.push({ ...added.clients[0]!, id: 'cl_added' });
    expect(fingerprintOf(added)).not.toBe(original);

    const moved = structuredClone(book);
    const interaction = moved.interactions.pop()!;
    (moved.tasks as unknown[]).push(interaction);
    expect(fingerprintOf(moved)).not.toBe(original);
  });
});
