import type { z } from 'zod';
import type { MemberRef, Settings } from '../../../shared/model';
import { recordSchemas, type BookMeta, type CollectionName, type CollectionTypes } from './book';
import type { BookReader, RecordChange, Who } from './book-store';
import { Indexes } from './indexes';
import type { JournalEntry, Op } from './journal';
import { applyEntry } from './replay';
import type { StoredRecord, StoreImage } from './snapshot';

/** Secondary indexes built at load and kept current, so lists never scan everything. */
const indexedFields: { [K in CollectionName]?: (keyof CollectionTypes[K] & string)[] } = {
  clients: ['primaryManagerId'],
  people: ['clientId'],
  holdings: ['clientId'],
  interactions: ['clientId', 'staffId'],
  tasks: ['clientId', 'assigneeId'],
  surveys: ['clientId'],
  surveyRequests: ['clientId'],
  savedViews: ['ownerId'],
  requests: ['clientId', 'ownerId'],
  workflowRuns: ['clientId'],
  reviews: ['clientId'],
  issuedPackets: ['clientId'],
};

export function bookIndexes(): Indexes {
  return new Indexes(indexedFields);
}

/**
 * The copy of the whole book a store keeps in memory, and the reads every service makes of it.
 * The local book's and the office database's stores both read through this.
 */
export abstract class BookCopy implements BookReader {
  protected abstract readonly image: StoreImage;
  protected abstract readonly indexes: Indexes;
  /** The last change to each record since the copy was loaded, by `collection/id`. */
  private readonly lastChanges = new Map<string, RecordChange>();
  /** The last time the whole book was replaced (a restore) since it was loaded. */
  private replaced: RecordChange | null = null;

  get<K extends CollectionName>(collection: K, id: string): CollectionTypes[K] | undefined {
    return this.records(collection).get(id) as CollectionTypes[K] | undefined;
  }

  all<K extends CollectionName>(collection: K): IterableIterator<CollectionTypes[K]> {
    return this.records(collection).values() as IterableIterator<CollectionTypes[K]>;
  }

  count(collection: CollectionName): number {
    return this.records(collection).size;
  }

  byIndex<K extends CollectionName>(collection: K, field: keyof CollectionTypes[K] & string, key: unknown): CollectionTypes[K][] {
    const ids = this.indexes.lookup(collection, field, key);
    if (!ids) throw new Error(`no index on ${collection}.${field}`);
    const records = this.records(collection);
    return ids.map((id) => records.get(id) as CollectionTypes[K]);
  }

  get settings(): Settings {
    return this.image.singletons.settings as Settings;
  }

  get meta(): BookMeta {
    return this.image.singletons.meta as BookMeta;
  }

  /** The number of the last change this copy holds. */
  get seq(): number {
    return this.image.seq;
  }

  versionOf(collection: CollectionName, id: string): number {
    return this.lastChangeOf(collection, id)?.seq ?? 0;
  }

  lastChangeOf(collection: CollectionName, id: string): RecordChange | null {
    return this.lastChanges.get(recordKey(collection, id)) ?? this.replaced;
  }

  /** Applies a committed change to the copy, its indexes and the records' versions. */
  protected applyChange(entry: JournalEntry): void {
    applyEntry(this.image, entry, this.indexes);
    const change: RecordChange = { seq: entry.seq, at: entry.at, actor: entry.actor, ...(entry.member && { member: entry.member }) };
    for (const op of entry.ops) if (op.t !== 'set') this.lastChanges.set(recordKey(op.c, op.t === 'put' ? op.v.id : op.id), change);
  }

  /** The whole book was replaced by `change`: every record counts as changed by it. */
  protected replacedWhole(change: RecordChange): void {
    this.lastChanges.clear();
    this.replaced = change;
  }

  private records(collection: string): Map<string, StoredRecord> {
    return (this.image.collections[collection] ??= new Map());
  }
}

function recordKey(collection: string, id: string): string {
  return `${collection}/${id}`;
}

/** How `who` is written on a change: the account, and the member only when there is one. */
export function recordedAs(who: Who): { actor: string; member: MemberRef | undefined } {
  return typeof who === 'string' ? { actor: who, member: undefined } : { actor: who.account, member: who.member ?? undefined };
}

/** `op` with its record checked against its collection's schema (and stripped to it). */
export function checkOp(op: Op): Op {
  if (op.t !== 'put') return op;
  const schema = recordSchemas[op.c as CollectionName] as z.ZodType | undefined;
  if (!schema) throw new Error(`unknown collection ${op.c}`);
  return { ...op, v: schema.parse(op.v) as StoredRecord };
}

/** The names of the collections and single objects `ops` touch, for change listeners. */
export function touchedBy(ops: readonly Op[]): string[] {
  return [...new Set(ops.map((op) => (op.t === 'set' ? op.k : op.c)))];
}
