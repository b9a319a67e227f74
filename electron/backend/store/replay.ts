import type { AuditChange } from '../../../shared/model/audit';
import { CorruptDataError } from './errors';
import type { Indexes } from './indexes';
import type { JournalEntry, Op } from './journal';
import { Pacer } from './pacer';
import type { Pacing, StoreImage } from './snapshot';

/** Applies a committed entry to the image and, when given, keeps the indexes current. */
export function applyEntry(image: StoreImage, entry: JournalEntry, indexes?: Indexes): void {
  for (const op of entry.ops) {
    if (op.t === 'set') {
      image.singletons[op.k] = op.v;
      continue;
    }
    const records = (image.collections[op.c] ??= new Map());
    const id = op.t === 'put' ? op.v.id : op.id;
    indexes?.update(op.c, id, records.get(id), op.t === 'put' ? op.v : null);
    if (op.t === 'put') records.set(id, op.v);
    else records.delete(id);
  }
  image.seq = entry.seq;
}

/** Replays journal entries newer than the image; they must continue its sequence without gaps. Paced. */
export async function replay(
  image: StoreImage,
  entries: JournalEntry[],
  journalFile: string,
  indexes: Indexes,
  onReplay: (entry: JournalEntry, changes: AuditChange[]) => void,
  { pacer = new Pacer(), onProgress }: Pacing = {},
): Promise<void> {
  for (const [done, entry] of entries.entries()) {
    if (pacer.due()) {
      onProgress?.(done / entries.length);
      await pacer.yield();
    }
    if (entry.seq <= image.seq) continue;
    if (entry.seq !== image.seq + 1) {
      throw new CorruptDataError(journalFile, `change ${entry.seq} follows ${image.seq}; changes are missing`);
    }
    onReplay(entry, describeOps(image, entry.ops));
    applyEntry(image, entry, indexes);
  }
}

/** What `ops` do to the image as it is now, for the audit trail: record ids and households only, no content. */
export function describeOps(image: StoreImage, ops: Op[]): AuditChange[] {
  return ops.map((op) => {
    if (op.t === 'set') return { op: 'set', c: op.k };
    const id = op.t === 'put' ? op.v.id : op.id;
    const before = image.collections[op.c]?.get(id);
    const record = op.t === 'put' ? op.v : before;
    const clientId = op.c === 'clients' ? id : typeof record?.clientId === 'string' ? record.clientId : undefined;
    const kind = op.t === 'del' ? 'delete' : before ? 'update' : 'create';
    return clientId === undefined ? { op: kind, c: op.c, id } : { op: kind, c: op.c, id, clientId };
  });
}

/**
 * The ops that undo `ops` on the image as it is now (before they are applied): every record they
 * touch put back as it is (or deleted, when they create it), every single object set back.
 */
export function inverseOps(image: StoreImage, ops: readonly Op[]): Op[] {
  const inverse = new Map<string, Op>();
  for (const op of ops) {
    if (op.t === 'set') {
      if (!inverse.has(`set/${op.k}`) && op.k in image.singletons)
        inverse.set(`set/${op.k}`, { t: 'set', k: op.k, v: image.singletons[op.k] });
      continue;
    }
    const id = op.t === 'put' ? op.v.id : op.id;
    const key = JSON.stringify([op.c, id]);
    if (inverse.has(key)) continue;
    const before = image.collections[op.c]?.get(id);
    inverse.set(key, before ? { t: 'put', c: op.c, v: before } : { t: 'del', c: op.c, id });
  }
  return [...inverse.values()];
}
