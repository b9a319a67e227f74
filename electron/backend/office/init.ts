import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { ClientBase } from 'pg';
import { TeamMember, type TeamRole } from '../../../shared/model';
import { newId } from '../services/ids';
import { newBookImage, type BookMeta } from '../store';
import type { StoredRecord } from '../store/snapshot';
import { createOfficeBook } from './book-tables';
import { migrateOffice } from './migrate';

/** How long the first admin's one-time password lets them sign in. */
export const oneTimePasswordDays = 7;
/** PostgreSQL's longest role name (NAMEDATALEN - 1), less room for a ".NN" to make it unique. */
const loginBaseMax = 60;

/** The database cannot take a new office book; `message` says why in one sentence. */
export class OfficeInitRefusedError extends Error {}

export interface FirstAdmin {
  name: string;
  email: string;
  role: TeamRole;
}

export interface OfficeInitResult {
  login: string;
  /** Shown once to the person setting up, never stored or logged. */
  password: string;
  validUntil: Date;
  member: TeamMember;
}

/** Why this database cannot take a new book, or null when it is empty. */
async function reasonToRefuse(client: ClientBase): Promise<string | null> {
  const { rows } = await client.query<{ schema: string; tables: string }>(
    `SELECT n.nspname AS schema, count(c.oid) AS tables
       FROM pg_namespace n LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      GROUP BY n.nspname`,
  );
  const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
  if (rows.some((row) => row.schema === 'clientbook')) {
    const { rows: tables } = await client.query<{ book: string | null }>("SELECT to_regclass('clientbook.book') AS book");
    const setUp = tables[0]!.book !== null && (await client.query('SELECT 1 FROM clientbook.book')).rowCount! > 0;
    return setUp
      ? `The database "${database}" already holds a Clientbook book; choose a new, empty database so that book is left as it is.`
      : `The database "${database}" holds an unfinished Clientbook set-up (schema clientbook); remove that schema or choose a new, empty database.`;
  }
  const others = rows.filter((row) => Number(row.tables) > 0).map((row) => row.schema);
  if (others.length > 0)
    return `The database "${database}" already holds other tables (in ${others.join(', ')}); Clientbook needs a new, empty database of its own.`;
  const { rows: rights } = await client.query<{ user: string; can: boolean }>(
    'SELECT current_user AS user, rolsuper OR rolcreaterole AS can FROM pg_roles WHERE rolname = current_user',
  );
  if (!rights[0]!.can)
    return `The database user "${rights[0]!.user}" may not create sign-ins (CREATEROLE); run this as the database's administrator.`;
  return null;
}

/** A sign-in name from a person's name: "Ann Lee" → "ann.lee", letters and digits only. */
export function loginFromName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, loginBaseMax)
    .replace(/\.+$/, '');
  return base || 'member';
}

/** `base`, or `base.2`, `base.3`… whichever no role in the cluster has yet. */
async function unusedLogin(client: ClientBase, base: string): Promise<string> {
  const { rows } = await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = $1 OR rolname LIKE $2', [
    base,
    `${base.replace(/[\\%_]/g, '\\$&')}.%`,
  ]);
  const taken = new Set(rows.map((row) => row.rolname));
  let login = base;
  for (let n = 2; taken.has(login); n++) login = `${base}.${n}`;
  return login;
}

/**
 * PostgreSQL's SCRAM-SHA-256 verifier for `password` (RFC 5802, as PostgreSQL stores it), so the
 * password itself never travels to the server or into its statement log.
 */
export function scramVerifier(password: string, iterations = 4096): string {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
  const storedKey = createHash('sha256').update(hmac(salted, 'Client Key')).digest();
  const serverKey = hmac(salted, 'Server Key');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/**
 * Sets up a new office book in the empty database `client` is connected to, as its owner: the
 * schema (migrations), the book, and a first admin with a PostgreSQL login of their own and a
 * one-time password. Refuses (OfficeInitRefusedError, nothing changed) a database that holds
 * anything already. The connected role needs CREATEROLE.
 */
export async function initOfficeBook(client: ClientBase, admin: FirstAdmin, now = new Date()): Promise<OfficeInitResult> {
  const refusal = await reasonToRefuse(client);
  if (refusal) throw new OfficeInitRefusedError(refusal);

  const at = now.toISOString();
  const member = TeamMember.parse({
    id: newId('tm'),
    name: admin.name,
    role: admin.role,
    email: admin.email,
    active: true,
    capacity: null,
    createdAt: at,
    updatedAt: at,
  });
  const password = randomBytes(18).toString('base64url');
  const validUntil = new Date(now.getTime() + oneTimePasswordDays * 24 * 60 * 60 * 1000);

  await migrateOffice(client);
  await client.query('BEGIN');
  try {
    const login = await unusedLogin(client, loginFromName(member.name));
    const role = client.escapeIdentifier(login);
    await client.query(
      `CREATE ROLE ${role} LOGIN PASSWORD ${client.escapeLiteral(scramVerifier(password))} VALID UNTIL ${client.escapeLiteral(validUntil.toISOString())}`,
    );
    await client.query(`GRANT clientbook_admin TO ${role}`);
    await client.query('INSERT INTO clientbook.members (member_id, login) VALUES ($1, $2)', [member.id, login]);
    // The book a local one is after "Start empty", with its admin: the book's first change and audit entry.
    const image = newBookImage();
    image.collections.teamMembers!.set(member.id, member as unknown as StoredRecord);
    image.singletons.meta = { initializedAt: at, origin: 'empty' } satisfies BookMeta;
    await createOfficeBook(client, image, at, { id: member.id, name: member.name });
    await client.query('COMMIT');
    return { login, password, validUntil, member };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
