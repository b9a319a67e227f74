// The office database's schema: numbered migrations, each applied once in its own transaction and
// recorded in clientbook.schema_migrations, against a real PostgreSQL server.
import { Client } from 'pg';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createOfficeBook } from '../../../electron/backend/office/book-tables';
import { OfficeStore } from '../../../electron/backend/office/office-store';
import { currentSchemaVersion, newBookImage } from '../../../electron/backend/store';
import { main as upgrade } from '../../../scripts/office-upgrade';
import { migrateOffice, OfficeSchemaFromTheFutureError } from '../../../electron/backend/office/migrate';
import { currentOfficeSchemaVersion, officeMigrations } from '../../../electron/backend/office/migrations';
import type { StoredRecord } from '../../../electron/backend/store/snapshot';
import { usePostgres } from '../../fixtures/postgres';
import { Settings } from '../../../shared/model';

const server = usePostgres();
/** A database, a connection and a few migrations on a loaded 2-core machine. */
const databaseTestMs = 30_000;
const at = '2025-01-01T09:00:00.000Z';

async function emptyDatabase(): Promise<Client> {
  const client = new Client({ connectionString: (await server().createDatabase()).url });
  await client.connect();
  onTestFinished(() => client.end());
  return client;
}

async function recorded(client: Client): Promise<{ version: number; name: string }[]> {
  return (await client.query('SELECT version, name FROM clientbook.schema_migrations ORDER BY version')).rows;
}

describe('office database migrations', () => {
  it('are numbered from 1 without gaps', () => {
    expect(officeMigrations.map((migration) => migration.version)).toEqual(officeMigrations.map((_, index) => index + 1));
    expect(currentOfficeSchemaVersion).toBe(officeMigrations.length);
  });

  it(
    'apply to an empty database, are recorded, and are not applied twice',
    async () => {
      const client = await emptyDatabase();

      expect(await migrateOffice(client)).toEqual(officeMigrations.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}`));

      expect(await recorded(client)).toEqual(officeMigrations.map(({ version, name }) => ({ version, name })));
      const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'clientbook' ORDER BY tablename");
      expect(tables.rows.map((row) => row.tablename)).toEqual([
        'audit',
        'book',
        'book_head',
        'changes',
        'members',
        'moved_audit',
        'packets',
        'records',
        'schema_migrations',
        'singletons',
        'undo',
      ]);
      const roles = await client.query("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'clientbook\\_%' ORDER BY rolname");
      expect(roles.rows).toEqual([
        { rolname: 'clientbook_admin', rolcanlogin: false },
        { rolname: 'clientbook_member', rolcanlogin: false },
      ]);
      expect((await client.query("SELECT pg_has_role('clientbook_admin', 'clientbook_member', 'MEMBER') AS is")).rows[0].is).toBe(true);
      expect((await client.query('SELECT seq FROM clientbook.book_head')).rows).toEqual([{ seq: '0' }]);

      expect(await migrateOffice(client)).toEqual([]);
      expect(await recorded(client)).toHaveLength(officeMigrations.length);
    },
    databaseTestMs,
  );

  it(
    'apply to a second database in the same cluster, where the roles already exist',
    async () => {
      await migrateOffice(await emptyDatabase());
      const second = await emptyDatabase();

      await migrateOffice(second);

      expect(await recorded(second)).toHaveLength(officeMigrations.length);
    },
    databaseTestMs,
  );

  it(
    'undo a step that fails, leaving the steps before it',
    async () => {
      const client = await emptyDatabase();
      const broken = { version: officeMigrations.length + 1, name: 'broken', sql: 'CREATE TABLE clientbook.half (id int); SELECT 1/0;' };

      await expect(migrateOffice(client, [...officeMigrations, broken])).rejects.toThrow(/division by zero/);

      expect(await recorded(client)).toHaveLength(officeMigrations.length);
      expect((await client.query("SELECT to_regclass('clientbook.half') AS half")).rows[0].half).toBeNull();
    },
    databaseTestMs,
  );

  it(
    'refuse a database set up by a newer version, changing nothing',
    async () => {
      const client = await emptyDatabase();
      await migrateOffice(client);
      await client.query("INSERT INTO clientbook.schema_migrations (version, name) VALUES (999, 'from-the-future')");

      await expect(
        migrateOffice(client, [
          ...officeMigrations,
          { version: officeMigrations.length + 1, name: 'next', sql: 'CREATE TABLE clientbook.next (id int)' },
        ]),
      ).rejects.toBeInstanceOf(OfficeSchemaFromTheFutureError);

      expect((await client.query("SELECT to_regclass('clientbook.next') AS next")).rows[0].next).toBeNull();
    },
    databaseTestMs,
  );

  it(
    'bring a book set up by an older version up to date with npm run office:upgrade, which a workstation then opens',
    async () => {
      const { name, url } = await server().createDatabase();
      const client = new Client({ connectionString: url });
      await client.connect();
      onTestFinished(() => client.end());
      await migrateOffice(client, officeMigrations.slice(0, 2));
      await client.query('BEGIN');
      await createOfficeBook(client, newBookImage(), new Date().toISOString());
      await client.query('COMMIT');
      const owner = { host: server().host, port: server().port, database: name, user: server().user, password: server().password };
      await expect(OfficeStore.open({ connection: owner })).rejects.toThrow(/needs updating .* npm run office:upgrade/);

      const address = `postgres://${server().user}@${server().host}:${server().port}/${name}`;
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      expect(await upgrade(['--database', address], { PGPASSWORD: server().password })).toBe(0);
      expect(log).toHaveBeenCalledWith(
        `Updated the office book: ${officeMigrations
          .slice(2)
          .map((m) => `${String(m.version).padStart(4, '0')}-${m.name}`)
          .join(', ')}.`,
      );
      expect(await recorded(client)).toHaveLength(officeMigrations.length);
      const store = await OfficeStore.open({ connection: owner });
      await store.close();
    },
    databaseTestMs,
  );

  it(
    'raise a book of the local schema 6 to format 7 with office:upgrade, so an older workstation opens it read-only',
    async () => {
      const { name, url } = await server().createDatabase();
      const client = new Client({ connectionString: url });
      await client.connect();
      onTestFinished(() => client.end());
      await migrateOffice(client, officeMigrations.slice(0, 4));
      await client.query('BEGIN');
      await createOfficeBook(client, { ...newBookImage(), schemaVersion: 6 }, new Date().toISOString());
      await client.query('COMMIT');

      const address = `postgres://${server().user}@${server().host}:${server().port}/${name}`;
      vi.spyOn(console, 'log').mockImplementation(() => {});
      expect(await upgrade(['--database', address], { PGPASSWORD: server().password })).toBe(0);
      expect((await client.query('SELECT format FROM clientbook.book')).rows).toEqual([{ format: currentSchemaVersion }]);
    },
    databaseTestMs,
  );

  it(
    'give the settings of a book of the local schema 7 the firm’s date order, week start and this computer’s time zone, keeping the rest',
    async () => {
      const { name, url } = await server().createDatabase();
      const client = new Client({ connectionString: url });
      await client.connect();
      onTestFinished(() => client.end());
      await migrateOffice(client, officeMigrations.slice(0, 5));
      const image = newBookImage();
      const { dateOrder: _order, weekStartsOn: _week, timeZone: _zone, ...schemaSeven } = image.singletons.settings as Settings;
      const settings = { ...schemaSeven, locale: 'en-IN', currency: 'INR' };
      await client.query('BEGIN');
      await createOfficeBook(
        client,
        { ...image, schemaVersion: 7, singletons: { ...image.singletons, settings } },
        new Date().toISOString(),
      );
      await client.query('COMMIT');

      const address = `postgres://${server().user}@${server().host}:${server().port}/${name}`;
      vi.spyOn(console, 'log').mockImplementation(() => {});
      expect(await upgrade(['--database', address], { PGPASSWORD: server().password })).toBe(0);

      expect((await client.query('SELECT format FROM clientbook.book')).rows).toEqual([{ format: 9 }]);
      const stored = (await client.query("SELECT data FROM clientbook.singletons WHERE key = 'settings'")).rows[0].data;
      expect(Settings.parse(stored)).toEqual({
        ...settings,
        dateOrder: 'locale',
        weekStartsOn: 'locale',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
    },
    databaseTestMs,
  );

  it(
    'give every team member of a book of the local schema 8 the computer’s language, keeping one a member has',
    async () => {
      const { url } = await server().createDatabase();
      const client = new Client({ connectionString: url });
      await client.connect();
      onTestFinished(() => client.end());
      await migrateOffice(client, officeMigrations.slice(0, 6));
      const image = newBookImage();
      const member = {
        id: 'tm_1',
        name: 'Ann Lee',
        role: 'adviser',
        email: 'ann@example.com',
        active: true,
        capacity: null,
        createdAt: at,
        updatedAt: at,
      };
      image.collections.teamMembers = new Map<string, StoredRecord>([
        ['tm_1', member],
        ['tm_2', { ...member, id: 'tm_2', email: 'ben@example.com', language: 'hi' }],
      ]);
      await client.query('BEGIN');
      await createOfficeBook(client, { ...image, schemaVersion: 8 }, new Date().toISOString());
      await client.query('COMMIT');

      await migrateOffice(client, officeMigrations);

      expect((await client.query('SELECT format FROM clientbook.book')).rows).toEqual([{ format: 9 }]);
      const { rows } = await client.query("SELECT id, data FROM clientbook.records WHERE collection = 'teamMembers' ORDER BY id");
      expect(rows).toEqual([
        { id: 'tm_1', data: { ...member, language: null } },
        { id: 'tm_2', data: { ...member, id: 'tm_2', email: 'ben@example.com', language: 'hi' } },
      ]);
    },
    databaseTestMs,
  );
});
