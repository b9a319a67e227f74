import type { Pacer } from './pacer';
import type { StoredRecord } from './snapshot';

/** Value → ids. Arrays, not Sets: far less memory and time to build, and removal scans only one value's ids. */
type Index = Map<unknown, string[]>;

/**
 * Secondary indexes: for each indexed field of a collection, the ids of the records holding each
 * value. Kept current on every change so list queries never scan a whole collection.
 */
export class Indexes {
  /** Per collection, its indexed fields with their index; looked up once per record, not per field. */
  private readonly byCollection = new Map<string, { field: string; index: Index }[]>();

  constructor(private readonly fieldsByCollection: Readonly<Record<string, readonly string[] | undefined>>) {
    this.clear();
  }

  clear(): void {
    this.byCollection.clear();
    for (const [collection, fields] of Object.entries(this.fieldsByCollection)) {
      this.byCollection.set(
        collection,
        (fields ?? []).map((field) => ({ field, index: new Map() })),
      );
    }
  }

  /** Ids of `collection` records whose `field` equals `key`; undefined when the field is not indexed. */
  lookup(collection: string, field: string, key: unknown): readonly string[] | undefined {
    const entry = this.byCollection.get(collection)?.find((candidate) => candidate.field === field);
    return entry && (entry.index.get(key) ?? []);
  }

  /** Records that `before` (if any) was replaced by `after` (null for a deletion). */
  update(collection: string, id: string, before: StoredRecord | undefined, after: StoredRecord | null): void {
    const entries = this.byCollection.get(collection);
    if (!entries) return;
    for (const { field, index } of entries) {
      if (before) {
        const ids = index.get(before[field]);
        const at = ids ? ids.indexOf(id) : -1;
        if (at !== -1) ids!.splice(at, 1);
        if (ids?.length === 0) index.delete(before[field]);
      }
      if (after) {
        const key = after[field];
        const ids = index.get(key);
        if (ids) ids.push(id);
        else index.set(key, [id]);
      }
    }
  }

  rebuild(collections: Record<string, Map<string, StoredRecord>>): void {
    for (const step = this.rebuilding(collections); !step.next().done;);
  }

  /** `rebuild` in the pacer's slices, for a large book while requests are being answered. */
  async rebuildPaced(collections: Record<string, Map<string, StoredRecord>>, pacer: Pacer): Promise<void> {
    for (const step = this.rebuilding(collections); !step.next().done;) if (pacer.due()) await pacer.yield();
  }

  /** Rebuilds every index, pausing after each record. */
  private *rebuilding(collections: Record<string, Map<string, StoredRecord>>): Generator<void, void> {
    this.clear();
    for (const [collection, records] of Object.entries(collections)) {
      for (const record of records.values()) {
        this.update(collection, record.id, undefined, record);
        yield;
      }
    }
  }
}
