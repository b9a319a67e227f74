import type { ClientBase } from 'pg';
import { officeMigrations, type OfficeMigration } from './migrations';

/** The office database's schema is newer than this program knows: it must not touch it. */
export class OfficeSchemaFromTheFutureError extends Error {}

/** The migrations recorded as applied, by version. */
async function appliedVersions(client: ClientBase): Promise<Set<number>> {
  const { rows } = await client.query<{ version: number }>('SELECT version FROM clientbook.schema_migrations');
  return new Set(rows.map((row) => row.version));
}

async function inTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Brings the office database's schema up to date: each migration not yet recorded in
 * `clientbook.schema_migrations` runs in its own transaction together with its record, so a failed
 * step leaves the schema as it was before that step. Two programs migrating at once take turns on
 * the table's lock. Refuses a database with a migration this program does not know. Returns the
 * names of the steps applied.
 */
export async function migrateOffice(client: ClientBase, migrations: readonly OfficeMigration[] = officeMigrations): Promise<string[]> {
  await client.query(
    `CREATE SCHEMA IF NOT EXISTS clientbook;
     CREATE TABLE IF NOT EXISTS clientbook.schema_migrations (
       version integer PRIMARY KEY,
       name text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now(),
       applied_by text NOT NULL DEFAULT session_user
     )`,
  );
  const known = migrations.at(-1)?.version ?? 0;
  const applied: string[] = [];
  for (const migration of migrations) {
    await inTransaction(client, async () => {
      await client.query('LOCK TABLE clientbook.schema_migrations IN EXCLUSIVE MODE');
      const done = await appliedVersions(client);
      const newest = Math.max(0, ...done);
      if (newest > known)
        throw new OfficeSchemaFromTheFutureError(
          `The office database was set up by a newer version of Clientbook (schema ${newest}; this version knows up to ${known}). Update Clientbook on this computer.`,
        );
      if (done.has(migration.version)) return;
      await client.query(migration.sql, migration.params?.());
      await client.query('INSERT INTO clientbook.schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(`${String(migration.version).padStart(4, '0')}-${migration.name}`);
    });
  }
  return applied;
}
