import type { StoredRecord } from '../snapshot';

/** Fills `fields` on every record of `collection` that lacks them. */
export function fill(records: Map<string, StoredRecord> | undefined, fields: (record: StoredRecord) => Record<string, unknown>): void {
  if (!records) return;
  for (const record of records.values()) {
    for (const [key, value] of Object.entries(fields(record))) if (!(key in record)) record[key] = value;
  }
}
