import type { ClientBase } from 'pg';
import { TeamMember, type TeamRole } from '../../../shared/model';
import { newId } from '../services/ids';
import { newBookImage, type BookMeta } from '../store';
import type { StoredRecord } from '../store/snapshot';
import { createOfficeBook } from './book-tables';
import { migrateOffice } from './migrate';
import { giveAccess, type OneTimeAccess } from './sign-ins';

/** The database cannot take a new office book; `message` says why in one sentence. */
export class OfficeInitRefusedError extends Error {}

export interface FirstAdmin {
  name: string;
  email: string;
  role: TeamRole;
}

export interface OfficeInitResult extends OneTimeAccess {
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
    language: null,
    createdAt: at,
    updatedAt: at,
  });
  await migrateOffice(client);
  await client.query('BEGIN');
  try {
    // The book a local one is after "Start empty", with its admin: the book's first change and audit entry.
    const image = newBookImage();
    image.collections.teamMembers!.set(member.id, member as unknown as StoredRecord);
    image.singletons.meta = { initializedAt: at, origin: 'empty' } satisfies BookMeta;
    await createOfficeBook(client, image, at, { id: member.id, name: member.name });
    const access = await giveAccess(client, member, { admin: true, now });
    await client.query('COMMIT');
    return { ...access, member };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
