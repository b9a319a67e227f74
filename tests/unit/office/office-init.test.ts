// npm run office:init against a real PostgreSQL server: it sets up a new office book with its
// roles and first admin in an empty database, and refuses, changing nothing, one that holds
// anything already. Then what the database itself enforces on every workstation: the audit trail
// is insert-only and names the signed-in login, and only an admin changes settings and the team.
import { once } from 'node:events';
import path from 'node:path';
import { Client } from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { TeamMember } from '../../../shared/model';
import { startTsProcess } from '../../fixtures/child-processes';
import { usePostgres } from '../../fixtures/postgres';

const server = usePostgres();
const script = path.resolve(import.meta.dirname, '../../../scripts/office-init.ts');
/** One or two office:init processes (tsx loading the backend) and a few connections, on a loaded 2-core machine. */
const initTestMs = 90_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The superuser's address to `database` without the password, which goes in PGPASSWORD. */
function addressOf(database: string): string {
  return `postgres://${server().user}@${server().host}:${server().port}/${database}`;
}

async function officeInit(args: string[]): Promise<Run> {
  const child = startTsProcess(script, args, { PGPASSWORD: server().password });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

async function connect(options: { database: string; user?: string; password?: string }): Promise<Client> {
  const client = new Client({
    host: server().host,
    port: server().port,
    database: options.database,
    user: options.user ?? server().user,
    password: options.password ?? server().password,
  });
  await client.connect();
  onTestFinished(() => client.end());
  return client;
}

/** A new database set up by office:init; returns its name, the printed login and password. */
async function initialisedBook(admin = 'Ann Lee'): Promise<{ database: string; login: string; password: string; run: Run }> {
  const { name } = await server().createDatabase();
  const run = await officeInit(['--database', addressOf(name), '--admin', admin, '--email', 'ann@example.com']);
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
  const login = /Sign-in name:\s+(\S+)/.exec(run.stdout)?.[1];
  const password = /One-time password:\s+(\S+)/.exec(run.stdout)?.[1];
  expect(login).toBeDefined();
  expect(password).toBeDefined();
  return { database: name, login: login!, password: password!, run };
}

/** A LOGIN role granted `group`, as "Give access…" will make one; dropped with the server. */
async function signedInAs(database: string, group: 'clientbook_member' | 'clientbook_admin'): Promise<{ client: Client; login: string }> {
  const superuser = await connect({ database });
  const login = `${group.replace('clientbook_', '')}_${Math.random().toString(36).slice(2, 10)}`;
  await superuser.query(`CREATE ROLE ${login} LOGIN PASSWORD 'test-password' IN ROLE ${group}`);
  return { client: await connect({ database, user: login, password: 'test-password' }), login };
}

/** Everything office:init could have changed: the book's tables and the cluster's roles. */
async function everything(database: string): Promise<unknown> {
  const client = await connect({ database });
  const roles = (await client.query('SELECT rolname, rolcanlogin, rolvaliduntil FROM pg_roles ORDER BY rolname')).rows;
  const tables = (
    await client.query<{ table: string }>(
      "SELECT schemaname || '.' || tablename AS table FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
    )
  ).rows.map((row) => row.table);
  const contents: Record<string, unknown> = {};
  for (const table of tables) contents[table] = (await client.query(`SELECT * FROM ${table} ORDER BY 1`)).rows;
  return { roles, contents };
}

// After the set-up's own entry, which is n = 1.
const auditRow = ['2', '{"id":"tm_x","name":"X"}', '2', 'change', '[]', 'h1', 'h2'];
const insertAudit = 'INSERT INTO clientbook.audit (n, member, seq, kind, changes, prev, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)';

describe('npm run office:init', () => {
  it(
    'sets up the book with its first admin, who signs in with the one-time password',
    async () => {
      const { database, login, password, run } = await initialisedBook('Ann Lée');

      expect(login).toBe('ann.lee');
      expect(password.length).toBeGreaterThanOrEqual(20);
      // Printed once, on stdout only.
      expect(run.stdout.split(password)).toHaveLength(2);

      const admin = await connect({ database, user: login, password });
      expect((await admin.query("SELECT pg_has_role('clientbook_admin', 'MEMBER') AS is")).rows[0].is).toBe(true);
      const role = (await admin.query('SELECT rolvaliduntil FROM pg_roles WHERE rolname = current_user')).rows[0];
      const days = (role.rolvaliduntil.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);

      const members = (await admin.query("SELECT data FROM clientbook.records WHERE collection = 'teamMembers'")).rows;
      expect(members).toHaveLength(1);
      const member = TeamMember.parse(members[0].data);
      expect(member).toMatchObject({ name: 'Ann Lée', email: 'ann@example.com', active: true });
      expect((await admin.query('SELECT member_id, login FROM clientbook.members')).rows).toEqual([{ member_id: member.id, login }]);
      expect((await admin.query("SELECT data->>'currency' AS currency FROM clientbook.singletons WHERE key = 'settings'")).rows).toEqual([
        { currency: 'USD' },
      ]);
      expect((await admin.query('SELECT created_by FROM clientbook.book')).rows).toEqual([{ created_by: server().user }]);
      // One change so far, the set-up, and every record points at it.
      expect((await admin.query('SELECT seq FROM clientbook.book_head')).rows).toEqual([{ seq: '1' }]);
      const setUpBy = { id: member.id, name: 'Ann Lée' };
      expect((await admin.query('SELECT seq, member FROM clientbook.changes')).rows).toEqual([{ seq: '1', member: setUpBy }]);
      expect((await admin.query('SELECT DISTINCT changed_seq FROM clientbook.records')).rows).toEqual([{ changed_seq: '1' }]);
      // The set-up is the trail's first entry, in the name of the database user who ran it.
      expect((await admin.query('SELECT n, seq, actor, member, prev FROM clientbook.audit')).rows).toEqual([
        { n: '1', seq: '1', actor: server().user, member: setUpBy, prev: '' },
      ]);
      expect((await admin.query("SELECT data->>'initializedAt' AS at FROM clientbook.singletons WHERE key = 'meta'")).rows[0].at).toMatch(
        /^\d{4}-/,
      );

      const wrong = new Client({ host: server().host, port: server().port, database, user: login, password: 'not-it' });
      await expect(wrong.connect()).rejects.toMatchObject({ code: '28P01' });
    },
    initTestMs,
  );

  it(
    'gives a second admin of the same name a sign-in of their own',
    async () => {
      await initialisedBook();
      expect((await initialisedBook()).login).toMatch(/^ann\.lee\.\d+$/);
    },
    initTestMs * 2,
  );

  it(
    'refuses a database that already holds a book, changing nothing',
    async () => {
      const { database } = await initialisedBook();
      const before = await everything(database);

      const run = await officeInit(['--database', addressOf(database), '--admin', 'Bob Ray', '--email', 'bob@example.com']);

      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/already holds a Clientbook book/);
      expect(run.stdout).toBe('');
      expect(await everything(database)).toEqual(before);
    },
    initTestMs,
  );

  it(
    "refuses a database with someone else's tables, changing nothing",
    async () => {
      const { name } = await server().createDatabase();
      await (await connect({ database: name })).query('CREATE TABLE invoices (id int PRIMARY KEY)');
      const before = await everything(name);

      const run = await officeInit(['--database', addressOf(name), '--admin', 'Bob Ray', '--email', 'bob@example.com']);

      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `The database "${name}" already holds other tables (in public); Clientbook needs a new, empty database of its own.`,
      );
      expect(await everything(name)).toEqual(before);
    },
    initTestMs,
  );

  it(
    'refuses a password in the address, as a usage error',
    async () => {
      const { name } = await server().createDatabase();
      const run = await officeInit(['--database', server().url(name), '--admin', 'Bob Ray', '--email', 'bob@example.com']);

      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Put the password in PGPASSWORD/);
      expect(run.stderr).not.toContain(server().password);
      expect((await (await connect({ database: name })).query("SELECT to_regnamespace('clientbook') AS schema")).rows[0].schema).toBeNull();
    },
    initTestMs,
  );
});

describe('the office database itself', () => {
  it(
    'lets a member add to the audit trail but not change or remove it, and records the member’s own login',
    async () => {
      const { database } = await initialisedBook();
      const { client: member, login } = await signedInAs(database, 'clientbook_member');

      await member.query(insertAudit.replace('(n,', '(actor, n,').replace('VALUES (', 'VALUES ($8, '), [...auditRow, 'ann.lee']);

      expect((await member.query('SELECT actor FROM clientbook.audit WHERE n = 2')).rows).toEqual([{ actor: login }]);
      await expect(member.query("UPDATE clientbook.audit SET kind = 'x' WHERE n = 2")).rejects.toMatchObject({ code: '42501' });
      await expect(member.query('DELETE FROM clientbook.audit WHERE n = 2')).rejects.toMatchObject({ code: '42501' });
      await expect(member.query('TRUNCATE clientbook.audit')).rejects.toMatchObject({ code: '42501' });
      const { client: admin } = await signedInAs(database, 'clientbook_admin');
      await expect(admin.query('DELETE FROM clientbook.audit')).rejects.toMatchObject({ code: '42501' });
      expect((await member.query('SELECT count(*)::int AS n FROM clientbook.audit')).rows).toEqual([{ n: 2 }]);
      await member.query(insertAudit, ['3', ...auditRow.slice(1)]);
      expect((await member.query('SELECT actor FROM clientbook.audit WHERE n = 3')).rows).toEqual([{ actor: login }]);
    },
    initTestMs,
  );

  it(
    'refuses a member’s change to the settings or the team, and lets an admin make it',
    async () => {
      const { database } = await initialisedBook();
      const { client: member } = await signedInAs(database, 'clientbook_member');
      const changeSettings =
        'UPDATE clientbook.singletons SET data = data || \'{"firmName": "Lee & Co"}\', version = version + 1 WHERE key = \'settings\'';

      await expect(member.query(changeSettings)).rejects.toMatchObject({
        code: '42501',
        message: 'Only an admin can change the settings.',
      });
      await expect(member.query("DELETE FROM clientbook.singletons WHERE key = 'settings'")).rejects.toMatchObject({ code: '42501' });
      await expect(member.query("DELETE FROM clientbook.records WHERE collection = 'teamMembers'")).rejects.toMatchObject({
        message: 'Only an admin can change the team.',
      });
      // The book itself is a member's to change.
      await member.query("INSERT INTO clientbook.records VALUES ('clients', 'cl_1', '{\"id\": \"cl_1\"}', 1, 2)");

      const { client: admin } = await signedInAs(database, 'clientbook_admin');
      await admin.query(changeSettings);
      expect((await member.query("SELECT data->>'firmName' AS firm FROM clientbook.singletons WHERE key = 'settings'")).rows).toEqual([
        { firm: 'Lee & Co' },
      ]);
    },
    initTestMs,
  );
});
