// The office book's tables as moving a book in and copying it out read and write them (schema in
// migrations/0001-office-book.ts and 0004-moved-trail.ts): a whole book a page at a time, the
// moved audit trail, packet PDFs' digests. Every function runs on the caller's connection, inside the
// caller's transaction.
import type { ClientBase } from 'pg';
import type { AuditEntry } from '../../../shared/model/audit';
import type { StoredRecord, StoreImage } from '../store/snapshot';

/** Records per statement: a few hundred kilobytes of JSON, whatever the size of the book. */
export const recordsPerBatch = 2000;

/** What the target of a move holds, to judge whether it is a newly set-up office book. */
export interface OfficeBookState {
  database: string;
  /** The signed-in login, and whether it owns the book's tables (only the owner may write the moved trail). */
  login: string;
  owner: string;
  isOwner: boolean;
  /** The newest schema step applied, and the book's format (the local schema its records follow). */
  schema: number;
  format: number;
  /** The number of the last change, the trail's last entry, the packets and moved trail entries held. */
  seq: number;
  trailEntries: number;
  packets: number;
  movedTrailEntries: number;
  /** Sessions on the database other than this one, by login. */
  otherSessions: string[];
  /** The team members that have a login, with the email to find them by in a moved book. */
  signIns: { memberId: string; login: string; name: string; email: string | null }[];
}

/** The database's state as a move sees it; null when it holds no office book at all. */
export async function readOfficeBookState(client: ClientBase): Promise<OfficeBookState | null> {
  const { rows: found } = await client.query<{ book: string | null; moved: string | null; database: string }>(
    "SELECT to_regclass('clientbook.book') AS book, to_regclass('clientbook.moved_audit') AS moved, current_database() AS database",
  );
  const { book, moved, database } = found[0]!;
  if (book === null || (await client.query('SELECT 1 FROM clientbook.book')).rowCount === 0) return null;
  const { rows } = await client.query<Omit<OfficeBookState, 'database' | 'signIns' | 'otherSessions'>>(
    `SELECT session_user AS login, pg_get_userbyid(c.relowner) AS owner, pg_has_role(session_user, c.relowner, 'MEMBER') AS "isOwner",
            (SELECT max(version) FROM clientbook.schema_migrations) AS schema, b.format, h.seq::int AS seq,
            (SELECT count(*) FROM clientbook.audit)::int AS "trailEntries", (SELECT count(*) FROM clientbook.packets)::int AS packets,
            ${moved === null ? '0' : '(SELECT count(*) FROM clientbook.moved_audit)::int'} AS "movedTrailEntries"
       FROM pg_class c, clientbook.book b, clientbook.book_head h
      WHERE c.oid = 'clientbook.records'::regclass`,
  );
  const { rows: sessions } = await client.query<{ login: string }>(
    `SELECT usename AS login FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
  );
  const { rows: signIns } = await client.query<OfficeBookState['signIns'][number]>(
    `SELECT m.member_id AS "memberId", m.login, r.data->>'name' AS name, r.data->>'email' AS email
       FROM clientbook.members m
       LEFT JOIN clientbook.records r ON r.collection = 'teamMembers' AND r.id = m.member_id
      WHERE m.revoked_at IS NULL ORDER BY m.login`,
  );
  return { database, ...rows[0]!, otherSessions: sessions.map((session) => session.login), signIns };
}

/** Locks the head of the change log until the transaction ends: no workstation can make a change meanwhile. */
export async function lockBookHead(client: ClientBase): Promise<void> {
  await client.query('SELECT seq FROM clientbook.book_head FOR UPDATE');
}

/** Removes every record and single object: the set-up book a moved one replaces. */
export async function clearBook(client: ClientBase): Promise<void> {
  await client.query('DELETE FROM clientbook.records');
  await client.query('DELETE FROM clientbook.singletons');
}

/**
 * Runs `work` (inserting records) with the records' admin-only trigger off, inside the caller's
 * transaction: only the owner moves a book in, and the owner passes that check on every row, so it
 * is not run 255,000 times for the M book (12 of its 25 seconds). The trigger is on again before
 * the transaction ends; a rollback restores it too, as it undoes any ALTER TABLE.
 */
export async function withoutAdminCheck<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('ALTER TABLE clientbook.records DISABLE TRIGGER records_admin_only');
  const result = await work();
  await client.query('ALTER TABLE clientbook.records ENABLE TRIGGER records_admin_only');
  return result;
}

/** Inserts one batch of records (at most `recordsPerBatch`) as written by change `seq`, each at version 1. */
export async function insertRecords(client: ClientBase, seq: number, records: readonly { c: string; data: StoredRecord }[]): Promise<void> {
  await client.query(
    `INSERT INTO clientbook.records (collection, id, data, version, changed_seq)
     SELECT x.c, x.data->>'id', x.data, 1, $1 FROM jsonb_to_recordset($2::jsonb) AS x(c text, data jsonb)`,
    [seq, JSON.stringify(records)],
  );
}

export async function insertSingletons(client: ClientBase, singletons: Record<string, unknown>): Promise<void> {
  await client.query('INSERT INTO clientbook.singletons (key, data, version) SELECT x.key, x.value, 1 FROM jsonb_each($1::jsonb) AS x', [
    JSON.stringify(singletons),
  ]);
}

export async function setBookFormat(client: ClientBase, format: number): Promise<void> {
  await client.query('UPDATE clientbook.book SET format = $1', [format]);
}

/** Points the logins of set-up members at the moved book's members: `[set-up member id, moved member id]`. */
export async function repointSignIns(client: ClientBase, pairs: readonly [string, string][]): Promise<void> {
  for (const [from, to] of pairs) await client.query('UPDATE clientbook.members SET member_id = $2 WHERE member_id = $1', [from, to]);
}

/**
 * Appends entries to the moved trail as they are: `json` keeps member, changes and unbacked as
 * written, so each entry re-hashes to its hash. Only the owner, only before the move is logged.
 */
export async function insertMovedTrail(client: ClientBase, entries: readonly AuditEntry[]): Promise<void> {
  await client.query(
    `INSERT INTO clientbook.moved_audit (n, at, actor, member, seq, kind, changes, prev, hash, unbacked)
     SELECT x.n, x.at, x.actor, x.member, x.seq, x.kind, x.changes, x.prev, x.hash, x.unbacked
       FROM json_to_recordset($1::json)
         AS x(n bigint, at timestamptz, actor text, member json, seq bigint, kind text, changes json, prev text, hash text, unbacked json)`,
    [JSON.stringify(entries)],
  );
}

/** Marks change `seq` as the move that replaced the set-up book (its ops are empty: the book is in the tables). */
export async function markMoveIn(client: ClientBase, seq: number): Promise<void> {
  await client.query("UPDATE clientbook.changes SET kind = 'move-in' WHERE seq = $1", [seq]);
}

/** Each packet's SHA-256 as recorded and as the database computes it from the PDF it holds. */
export async function packetDigests(client: ClientBase): Promise<Map<string, { recorded: string; actual: string }>> {
  const { rows } = await client.query<{ id: string; recorded: string; actual: string }>(
    "SELECT id, sha256 AS recorded, encode(sha256(pdf), 'hex') AS actual FROM clientbook.packets",
  );
  return new Map(rows.map((row) => [row.id, { recorded: row.recorded, actual: row.actual }]));
}

/**
 * The whole book as the tables hold it now, read through a cursor a page at a time (so no single
 * answer holds the book twice over), inside the caller's transaction: a move reads back what it
 * wrote before committing, a copy reads within one snapshot.
 */
export async function readBookInTransaction(client: ClientBase, pageSize = 5000): Promise<StoreImage> {
  const { rows: book } = await client.query<{ format: number; seq: string }>(
    'SELECT b.format, h.seq FROM clientbook.book b CROSS JOIN clientbook.book_head h',
  );
  const collections: StoreImage['collections'] = {};
  await client.query('DECLARE book_records NO SCROLL CURSOR FOR SELECT collection, data FROM clientbook.records');
  for (;;) {
    const { rows } = await client.query<{ collection: string; data: StoredRecord }>(`FETCH ${pageSize} FROM book_records`);
    for (const { collection, data } of rows) (collections[collection] ??= new Map()).set(data.id, data);
    if (rows.length < pageSize) break;
  }
  await client.query('CLOSE book_records');
  const singletons: StoreImage['singletons'] = {};
  const stored = await client.query<{ key: string; data: unknown }>('SELECT key, data FROM clientbook.singletons');
  for (const { key, data } of stored.rows) singletons[key] = data;
  return { schemaVersion: book[0]!.format, seq: Number(book[0]!.seq), savedAt: null, collections, singletons };
}
