// Team members' own sign-ins to an office book, against a real PostgreSQL server: an admin gives
// access with a one-time password, the member replaces it at first sign-in, every change they make
// carries their name, and an admin can take access away at once. The database enforces each rule.
import { Client, type ClientConfig } from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { initOfficeBook } from '../../../electron/backend/office/init';
import { OfficeUnavailableError } from '../../../electron/backend/office/office-unavailable';
import { rpc } from '../../fixtures/backend';
import { usePostgres } from '../../fixtures/postgres';
import { tempDir } from '../../fixtures/temp-dir';

const server = usePostgres();
/** A database, office:init and a few backends on a loaded 2-core machine. */
const officeTestMs = 60_000;

/** A book set up as office:init does, with Ann Lee as its first admin. */
async function officeBook() {
  const { name } = await server().createDatabase();
  const owner = new Client({ host: server().host, port: server().port, database: name, user: server().user, password: server().password });
  await owner.connect();
  try {
    const first = await initOfficeBook(owner, { name: 'Ann Lee', email: 'ann@example.com', role: 'account_manager' });
    const signIn = (user: string, password: string): ClientConfig => ({
      host: server().host,
      port: server().port,
      database: name,
      user,
      password,
    });
    return { first, signIn };
  } finally {
    await owner.end();
  }
}

async function workstation(office: ClientConfig): Promise<Backend> {
  const backend = await createBackend({ dataDir: await tempDir(), office });
  onTestFinished(() => backend.close());
  return backend;
}

describe('sign-ins to the office book', () => {
  it(
    'asks the first admin for a password of their own, which then replaces the one-time one for good',
    async () => {
      const { first, signIn } = await officeBook();
      const annDesk = await workstation(signIn(first.login, first.password));
      expect((await rpc(annDesk, 'app:status', {})).office).toMatchObject({
        login: first.login,
        memberId: first.member.id,
        admin: true,
        mustChangePassword: true,
      });

      await expect(rpc(annDesk, 'session:setPassword', { password: 'short' })).rejects.toThrow();
      const status = await rpc(annDesk, 'session:setPassword', { password: 'correct horse battery' });

      expect(status.office).toMatchObject({ mustChangePassword: false });
      await expect(workstation(signIn(first.login, first.password))).rejects.toThrow(
        new OfficeUnavailableError('The office database refused the sign-in: check your name and password.'),
      );
      const again = await workstation(signIn(first.login, 'correct horse battery'));
      expect((await rpc(again, 'app:status', {})).office).toMatchObject({ memberId: first.member.id, mustChangePassword: false });
      const { rows } = await new Promise<{ rows: { until: string }[] }>((resolve, reject) => {
        const client = new Client(signIn(first.login, 'correct horse battery'));
        client
          .connect()
          .then(() => client.query<{ until: string }>('SELECT rolvaliduntil::text AS until FROM pg_roles WHERE rolname = current_user'))
          .then(resolve, reject)
          .finally(() => void client.end());
      });
      expect(rows).toEqual([{ until: 'infinity' }]);
    },
    officeTestMs,
  );

  it(
    'lets an admin give a member access; every change the member makes carries their name, whoever is chosen',
    async () => {
      const { first, signIn } = await officeBook();
      const annDesk = await workstation(signIn(first.login, first.password));
      const ben = await rpc(annDesk, 'team:create', { name: 'Ben Ortiz', role: 'adviser', email: 'ben@example.com' });

      const given = await rpc(annDesk, 'access:give', { memberId: ben.id, admin: false });

      // Roles are the server's, shared by the tests' databases: a name already taken gets a number.
      expect(given).toMatchObject({ login: expect.stringMatching(/^ben\.ortiz(\.\d+)?$/), validUntil: expect.any(String) });
      expect(await rpc(annDesk, 'access:list', {})).toEqual([
        {
          memberId: first.member.id,
          login: first.login,
          admin: true,
          state: 'one-time-password',
          oneTimePasswordUntil: expect.any(String),
        },
        { memberId: ben.id, login: given.login, admin: false, state: 'one-time-password', oneTimePasswordUntil: given.validUntil },
      ]);
      const benDesk = await workstation(signIn(given.login, given.password));
      expect((await rpc(benDesk, 'app:status', {})).office).toMatchObject({ memberId: ben.id, admin: false, mustChangePassword: true });

      await expect(rpc(benDesk, 'session:member', { memberId: first.member.id })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'You are signed in as Ben Ortiz, so what you record carries that name. To work as someone else, sign in as them.',
      });
      await rpc(benDesk, 'clients:create', { name: 'The Okafor Household', tier: 'A', primaryManagerId: first.member.id });
      const [entry] = (await rpc(benDesk, 'audit:list', { limit: 1 })).entries;
      expect(entry).toMatchObject({ actor: given.login, member: { id: ben.id, name: 'Ben Ortiz' } });

      // A member may not give access, nor change the team: the database refuses both.
      await expect(rpc(benDesk, 'access:give', { memberId: ben.id, admin: true })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only an admin can give access.',
      });
      await expect(rpc(benDesk, 'team:update', { id: ben.id, changes: { capacity: 200 } })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only an admin can change the team, so nothing was changed.',
      });
    },
    officeTestMs,
  );

  it(
    'lets a member choose their own interface language, and nothing else of the team',
    async () => {
      const { first, signIn } = await officeBook();
      const annDesk = await workstation(signIn(first.login, first.password));
      const ben = await rpc(annDesk, 'team:create', { name: 'Ben Ortiz', role: 'adviser', email: 'ben@example.com' });
      const given = await rpc(annDesk, 'access:give', { memberId: ben.id, admin: false });
      const benDesk = await workstation(signIn(given.login, given.password));

      expect(await rpc(benDesk, 'team:update', { id: ben.id, changes: { language: 'hi' } })).toMatchObject({
        language: 'hi',
        capacity: null,
      });

      const refused = { code: 'FORBIDDEN', message: 'Only an admin can change the team, so nothing was changed.' };
      await expect(rpc(benDesk, 'team:update', { id: ben.id, changes: { language: 'en', capacity: 200 } })).rejects.toMatchObject(refused);
      await expect(rpc(benDesk, 'team:update', { id: first.member.id, changes: { language: 'hi' } })).rejects.toMatchObject(refused);
      const team = await rpc(annDesk, 'team:list', { includeInactive: false });
      expect(team.map(({ name, language }) => ({ name, language }))).toEqual([
        { name: 'Ann Lee', language: null },
        { name: 'Ben Ortiz', language: 'hi' },
      ]);
    },
    officeTestMs,
  );

  it(
    'takes access away at once, even from a workstation already signed in, but never the last admin’s or one’s own',
    async () => {
      const { first, signIn } = await officeBook();
      const annDesk = await workstation(signIn(first.login, first.password));
      const ben = await rpc(annDesk, 'team:create', { name: 'Ben Ortiz', role: 'adviser', email: 'ben@example.com' });
      const given = await rpc(annDesk, 'access:give', { memberId: ben.id, admin: false });
      const benDesk = await workstation(signIn(given.login, given.password));

      const after = await rpc(annDesk, 'access:revoke', { memberId: ben.id });

      expect(after.find((access) => access.memberId === ben.id)).toMatchObject({ state: 'revoked', admin: false });
      await expect(
        rpc(benDesk, 'clients:create', { name: 'After Revoking', tier: 'B', primaryManagerId: first.member.id }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(workstation(signIn(given.login, given.password))).rejects.toThrow(OfficeUnavailableError);

      await expect(rpc(annDesk, 'access:revoke', { memberId: first.member.id })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'You cannot revoke your own access; ask another admin.',
      });
      // Given again, Ben signs in with the same login and a new one-time password.
      const again = await rpc(annDesk, 'access:give', { memberId: ben.id, admin: true });
      expect(again.login).toBe(given.login);
      const benAdmin = await workstation(signIn(again.login, again.password));
      await expect(rpc(benAdmin, 'access:revoke', { memberId: first.member.id })).resolves.toBeDefined();
      await expect(rpc(annDesk, 'access:revoke', { memberId: ben.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(rpc(benAdmin, 'access:revoke', { memberId: ben.id })).rejects.toMatchObject({ code: 'CONFLICT' });
      // Not even the owner who set the book up can leave it without an admin.
      const ownerDesk = await workstation(signIn(server().user, server().password));
      await expect(rpc(ownerDesk, 'access:revoke', { memberId: ben.id })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'That is the office’s last admin; give someone else admin access first.',
      });
    },
    officeTestMs,
  );
});
