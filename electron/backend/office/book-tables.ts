// The office book's tables as the stores and office:init read and write them (schema in
// migrations/0001-office-book.ts). Every function runs on the caller's connection, inside the
// caller's transaction where it says so.
import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';
import type { MemberRef } from '../../../shared/model';
import type { AuditEntry, AuditKind } from '../../../shared/model/audit';
import { encodeAuditEntry } from '../store/audit-log';
import type { JournalEntry, Op } from '../store/journal';
import { describeOps } from '../store/replay';
import type { PacketPlace } from '../store/packet-files';
import type { StoredRecord, StoreImage } from '../store/snapshot';

/** The end of the audit trail: its last entry's number and hash ({0, ''} before the first). */
export interface TrailHead {
  n: number;
  hash: string;
}

/** A logged change, as a store's in-memory copy applies it. */
export type LoggedChange = JournalEntry & {
  /** A whole book moved in (office:move-in): its records are in the tables, not in the change, so a copy reads the book again. */
  movedIn?: true;
};

/** The channel every committed change is announced on (see the migration's trigger). */
export const changesChannel = 'clientbook_changes';

/**
 * Takes the next change number. Inside a transaction: the head row stays locked until it ends, so
 * writers take turns, and a rollback gives the number back.
 */
export async function takeChangeNumber(client: ClientBase): Promise<number> {
  const { rows } = await client.query<{ seq: string }>('UPDATE clientbook.book_head SET seq = seq + 1 RETURNING seq');
  return Number(rows[0]!.seq);
}

/** The logged changes after `seq` and up to `through` (inclusive), oldest first, at most `limit`. */
export async function changesAfter(
  client: ClientBase,
  seq: number,
  through = Number.MAX_SAFE_INTEGER,
  limit = 1000,
): Promise<LoggedChange[]> {
  const { rows } = await client.query<{ seq: string; at: Date; actor: string; member: MemberRef | null; ops: Op[]; kind: string }>(
    'SELECT seq, at, actor, member, ops, kind FROM clientbook.changes WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3',
    [seq, through, limit],
  );
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actor: row.actor,
    ...(row.member && { member: row.member }),
    ops: row.ops,
    ...(row.kind === 'move-in' && { movedIn: true as const }),
  }));
}

export async function readTrailHead(client: ClientBase): Promise<TrailHead> {
  const { rows } = await client.query<{ n: string; hash: string }>('SELECT n, hash FROM clientbook.audit ORDER BY n DESC LIMIT 1');
  return rows[0] ? { n: Number(rows[0].n), hash: rows[0].hash } : { n: 0, hash: '' };
}

/** What one change leaves of each record and single object: the last op on each wins. */
function netEffect(ops: readonly Op[]): {
  puts: { c: string; id: string; data: StoredRecord }[];
  dels: { c: string; id: string }[];
  sets: { k: string; data: unknown }[];
} {
  const records = new Map<string, Op & { t: 'put' | 'del' }>();
  const singletons = new Map<string, unknown>();
  for (const op of ops) {
    if (op.t === 'set') singletons.set(op.k, op.v);
    else records.set(JSON.stringify([op.c, op.t === 'put' ? op.v.id : op.id]), op);
  }
  const puts = [];
  const dels = [];
  for (const op of records.values()) {
    if (op.t === 'put') puts.push({ c: op.c, id: op.v.id, data: op.v });
    else dels.push({ c: op.c, id: op.id });
  }
  return { puts, dels, sets: [...singletons].map(([k, data]) => ({ k, data })) };
}

/**
 * Writes change `change` (its number taken with takeChangeNumber) and its audit entry, chained
 * after `trail`, in one statement inside the caller's transaction: the records and single objects
 * it changes, its line in the log, its entry in the trail. The database sets the entry's actor from
 * session_user, so `actor` must be that login for the entry's hash to hold. Returns the new end of
 * the trail.
 */
export async function writeChange(
  client: ClientBase,
  change: LoggedChange,
  audit: { trail: TrailHead; kind: AuditKind; changes: AuditEntry['changes'] },
): Promise<TrailHead> {
  const { puts, dels, sets } = netEffect(change.ops);
  const entry = {
    n: audit.trail.n + 1,
    at: change.at,
    actor: change.actor,
    member: change.member,
    seq: change.seq,
    kind: audit.kind,
    changes: audit.changes,
    prev: audit.trail.hash,
  };
  const { hash } = encodeAuditEntry(entry);
  const member = change.member ? JSON.stringify(change.member) : null;
  await client.query(
    `WITH put_records AS (
       INSERT INTO clientbook.records AS r (collection, id, data, version, changed_seq)
       SELECT x.c, x.id, x.data, 1, $1 FROM jsonb_to_recordset($2::jsonb) AS x(c text, id text, data jsonb)
       ON CONFLICT (collection, id) DO UPDATE SET data = EXCLUDED.data, version = r.version + 1, changed_seq = EXCLUDED.changed_seq
       RETURNING 1
     ), deleted AS (
       DELETE FROM clientbook.records r USING jsonb_to_recordset($3::jsonb) AS x(c text, id text)
       WHERE r.collection = x.c AND r.id = x.id
       RETURNING 1
     ), set_singletons AS (
       INSERT INTO clientbook.singletons AS s (key, data, version)
       SELECT x.k, x.data, 1 FROM jsonb_to_recordset($4::jsonb) AS x(k text, data jsonb)
       ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, version = s.version + 1
       RETURNING 1
     ), logged AS (
       INSERT INTO clientbook.changes (seq, at, member, ops) VALUES ($1, $5, $6::jsonb, $7::jsonb)
       RETURNING 1
     )
     INSERT INTO clientbook.audit (n, at, actor, member, seq, kind, changes, prev, hash)
     VALUES ($8, $5, session_user, $6::json, $1, $9, $10::json, $11, $12)`,
    [
      change.seq,
      JSON.stringify(puts),
      JSON.stringify(dels),
      JSON.stringify(sets),
      change.at,
      member,
      JSON.stringify(change.ops),
      entry.n,
      entry.kind,
      JSON.stringify(entry.changes),
      entry.prev,
      hash,
    ],
  );
  return { n: entry.n, hash };
}

/** The whole book as of one moment: every record and single object, the change it ends at, the trail's end. */
export async function readBook(client: ClientBase): Promise<{ image: StoreImage; format: number; trail: TrailHead }> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const { rows: book } = await client.query<{ format: number; seq: string }>(
      'SELECT b.format, h.seq FROM clientbook.book b CROSS JOIN clientbook.book_head h',
    );
    if (!book[0]) throw new Error('The office database has no book in it yet: run npm run office:init first.');
    const collections: StoreImage['collections'] = {};
    const records = await client.query<{ collection: string; data: StoredRecord }>('SELECT collection, data FROM clientbook.records');
    for (const { collection, data } of records.rows) (collections[collection] ??= new Map()).set(data.id, data);
    const singletons: StoreImage['singletons'] = {};
    const stored = await client.query<{ key: string; data: unknown }>('SELECT key, data FROM clientbook.singletons');
    for (const { key, data } of stored.rows) singletons[key] = data;
    const trail = await readTrailHead(client);
    await client.query('COMMIT');
    const seq = Number(book[0].seq);
    return { image: { schemaVersion: book[0].format, seq, savedAt: null, collections, singletons }, format: book[0].format, trail };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** One page of the audit trail, newest first; only entries touching `clientId` when given. */
export async function readTrailPage(
  client: ClientBase,
  query: { limit: number; beforeN?: number; clientId?: string },
): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
  const { rows } = await client.query<AuditRow>(
    `SELECT n, at, actor, member, seq, kind, changes, prev, hash FROM clientbook.audit
      WHERE ($1::bigint IS NULL OR n < $1) AND ($2::jsonb IS NULL OR changes::jsonb @> $2::jsonb)
      ORDER BY n DESC LIMIT $3`,
    [query.beforeN ?? null, query.clientId === undefined ? null : JSON.stringify([{ clientId: query.clientId }]), query.limit + 1],
  );
  return { entries: rows.slice(0, query.limit).map(entryOfRow), hasMore: rows.length > query.limit };
}

/** Every entry of `trail` (the office's own, or the one moved in with a book), oldest first, a page at a time. */
export async function* readTrail(client: ClientBase, trail: 'audit' | 'moved_audit', pageSize = 5000): AsyncGenerator<AuditEntry> {
  const unbacked = trail === 'moved_audit' ? 'unbacked' : 'NULL AS unbacked';
  let after = 0;
  for (;;) {
    const { rows } = await client.query<AuditRow>(
      `SELECT n, at, actor, member, seq, kind, changes, prev, hash, ${unbacked} FROM clientbook.${trail} WHERE n > $1 ORDER BY n LIMIT $2`,
      [after, pageSize],
    );
    for (const row of rows) yield entryOfRow(row);
    if (rows.length < pageSize) return;
    after = Number(rows.at(-1)!.n);
  }
}

interface AuditRow {
  n: string;
  at: Date;
  actor: string;
  member: MemberRef | null;
  seq: string;
  kind: AuditKind;
  changes: AuditEntry['changes'];
  prev: string;
  hash: string;
  unbacked?: AuditEntry['unbacked'] | null;
}

function entryOfRow(row: AuditRow): AuditEntry {
  return {
    n: Number(row.n),
    at: row.at.toISOString(),
    actor: row.actor,
    ...(row.member && { member: row.member }),
    seq: Number(row.seq),
    kind: row.kind,
    changes: row.changes,
    prev: row.prev,
    hash: row.hash,
    ...(row.unbacked && { unbacked: row.unbacked }),
  };
}

/**
 * Makes the empty, migrated database an office book holding `image` (format = the local book's
 * schema version its records follow), written as the book's first change, recorded in the trail
 * against `member`. Inside the caller's transaction.
 */
export async function createOfficeBook(client: ClientBase, image: StoreImage, at: string, member?: MemberRef): Promise<void> {
  await client.query('INSERT INTO clientbook.book (format) VALUES ($1)', [image.schemaVersion]);
  const ops: Op[] = [];
  for (const [collection, records] of Object.entries(image.collections)) {
    for (const record of records.values()) ops.push({ t: 'put', c: collection, v: record });
  }
  for (const [key, value] of Object.entries(image.singletons)) ops.push({ t: 'set', k: key, v: value });
  const seq = await takeChangeNumber(client);
  const { rows } = await client.query<{ login: string }>('SELECT session_user AS login');
  const changes = describeOps({ schemaVersion: 0, seq: 0, savedAt: null, collections: {}, singletons: {} }, ops);
  await writeChange(
    client,
    { seq, at, actor: rows[0]!.login, ...(member && { member }), ops },
    { trail: { n: 0, hash: '' }, kind: 'change', changes },
  );
}

/** Keeps the inverse of change `seq` under `id`, in the change's own transaction. */
export async function keepUndo(client: ClientBase, id: string, seq: number, inverse: Op[]): Promise<void> {
  await client.query('INSERT INTO clientbook.undo (id, seq, ops) VALUES ($1, $2, $3::json)', [id, seq, JSON.stringify(inverse)]);
}

/** A kept inverse, locked for this transaction; null when there is none by that name. */
export async function readUndo(client: ClientBase, id: string): Promise<{ seq: number; ops: Op[]; takenBackSeq: number | null } | null> {
  const { rows } = await client.query<{ seq: string; ops: Op[]; taken_back_seq: string | null }>(
    'SELECT seq, ops, taken_back_seq FROM clientbook.undo WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = rows[0];
  return row ? { seq: Number(row.seq), ops: row.ops, takenBackSeq: row.taken_back_seq === null ? null : Number(row.taken_back_seq) } : null;
}

export async function markTakenBack(client: ClientBase, id: string, seq: number): Promise<void> {
  await client.query('UPDATE clientbook.undo SET taken_back_seq = $2 WHERE id = $1', [id, seq]);
}

/** The first change after `seq` that touched any record or single object `ops` touch; null when none did. */
export async function laterChangeTouching(
  client: ClientBase,
  seq: number,
  ops: readonly Op[],
): Promise<{ at: string; actor: string; member: MemberRef | null } | null> {
  const singletons = ops.flatMap((op) => (op.t === 'set' ? [op.k] : []));
  const records = ops.flatMap((op) => (op.t === 'set' ? [] : [`${op.c}/${op.t === 'put' ? op.v.id : op.id}`]));
  const { rows } = await client.query<{ at: Date; actor: string; member: MemberRef | null }>(
    `SELECT c.at, c.actor, c.member FROM clientbook.changes c
      WHERE c.seq > $1 AND EXISTS (
        SELECT 1 FROM jsonb_array_elements(c.ops) o
         WHERE (o->>'t' = 'set' AND o->>'k' = ANY ($2::text[]))
            OR (o->>'t' <> 'set' AND (o->>'c') || '/' || coalesce(o->'v'->>'id', o->>'id') = ANY ($3::text[])))
      ORDER BY c.seq LIMIT 1`,
    [seq, singletons, records],
  );
  const row = rows[0];
  return row ? { at: row.at.toISOString(), actor: row.actor, member: row.member } : null;
}

/** Keeps an issued packet's PDF with its SHA-256; a second one under the same id is refused by the key. */
export async function keepPacket(client: ClientBase, place: PacketPlace, bytes: Uint8Array): Promise<void> {
  await client.query('INSERT INTO clientbook.packets (id, client_id, pdf, sha256) VALUES ($1, $2, $3, $4)', [
    place.id,
    place.clientId,
    Buffer.from(bytes),
    createHash('sha256').update(bytes).digest('hex'),
  ]);
}

export async function readPacket(client: ClientBase, place: PacketPlace): Promise<Uint8Array | null> {
  const { rows } = await client.query<{ pdf: Buffer }>('SELECT pdf FROM clientbook.packets WHERE id = $1', [place.id]);
  return rows[0]?.pdf ?? null;
}

export async function discardPacket(client: ClientBase, place: PacketPlace): Promise<void> {
  await client.query('DELETE FROM clientbook.packets WHERE id = $1', [place.id]);
}
