// Which book a workstation opens, against a real PostgreSQL server: the book on this computer by
// default; "Connect to the office database" switches to the office book and saves how to reach it
// (never the password, which is kept only encrypted by the system when asked to remember it); a
// workstation without the password asks for it and answers nothing else; and back again.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openWorkstation, type SecretStore, type Workstation } from '../../../electron/backend/workstation';
import { contract, dispatch, type Channel, type In, type Out } from '../../../shared/contract';
import { newOfficeBook } from '../../fixtures/office-book';
import { usePostgres } from '../../fixtures/postgres';
import { tempDir } from '../../fixtures/temp-dir';

const server = usePostgres();
/** A database, a few backends opened and closed on a loaded 2-core machine. */
const officeTestMs = 60_000;
const ctx = { actor: 'tester' };

/** The system's encryption, as Electron's safeStorage does it: a reversible transform the test can recognise. */
const fakeSecrets: SecretStore = {
  available: () => true,
  encrypt: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
  decrypt: (data) => Buffer.from(Buffer.from(data).toString().slice('sealed:'.length), 'base64').toString(),
};

async function workstation(dataDir: string, secrets?: SecretStore): Promise<Workstation> {
  const opened = await openWorkstation({ dataDir, ...(secrets && { secrets }) });
  onTestFinished(() => opened.close());
  return opened;
}

/** How a member's workstation reaches the test server's `database`, unencrypted on 127.0.0.1. */
function memberConnection(database: string, login: string) {
  return { host: server().host, port: server().port, database, login, sslmode: 'disable' as const };
}

async function call<C extends Channel>(station: Workstation, channel: C, input: In<C>): Promise<Out<C>> {
  const result = await dispatch(station.handlers, channel, input, ctx);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  contract[channel].output.parse(result.value);
  return result.value as Out<C>;
}

describe('which book a workstation opens', () => {
  it(
    'connects to the office book, saves how to reach it but not the password, asks for it at the next start, and goes back to the local book',
    async () => {
      const book = await newOfficeBook(server());
      const login = await book.signIn('clientbook_member');
      const dataDir = await tempDir();
      const first = await workstation(dataDir);
      expect((await call(first, 'app:status', {})).office).toBeNull();
      expect(await call(first, 'office:connection', {})).toEqual({ saved: null, canRemember: false });
      const connection = memberConnection(book.database, login.user);

      await expect(call(first, 'office:connect', { ...connection, password: 'not it' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'The office database refused the sign-in: check your name and password.',
      });
      expect((await call(first, 'app:status', {})).office).toBeNull();

      const status = await call(first, 'office:connect', { ...connection, password: login.password, remember: true });
      expect(status.office).toMatchObject({ database: book.database, login: login.user, reachable: true });
      await call(first, 'setup:startEmpty', {});
      const files = await readdir(dataDir);
      expect(files).toContain('office-connection.json');
      expect(files).not.toContain('office-password.bin');
      const saved = await readFile(path.join(dataDir, 'office-connection.json'), 'utf8');
      expect(JSON.parse(saved)).toEqual(connection);
      expect(saved).not.toContain(login.password);
      await first.close();

      // The next start has no password: it asks, and answers nothing of the book.
      const second = await workstation(dataDir);
      expect(await call(second, 'app:status', {})).toMatchObject({
        mode: 'office-sign-in',
        office: { login: login.user, reachable: false },
      });
      await expect(call(second, 'clients:list', {})).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message: 'Sign in to the office database first.',
      });
      expect(await call(second, 'office:connection', {})).toEqual({ saved: connection, canRemember: false });
      expect((await call(second, 'office:connect', { ...connection, password: login.password })).mode).toBe('ready');
      expect(await call(second, 'clients:list', {})).toEqual([]);

      // Back to the book on this computer: the connection is forgotten here.
      expect((await call(second, 'office:useLocalBook', {})).office).toBeNull();
      expect(await readdir(dataDir)).not.toContain('office-connection.json');
    },
    officeTestMs,
  );

  it(
    'remembers the password only as the system encrypts it, and opens the office book with it at the next start',
    async () => {
      const book = await newOfficeBook(server());
      const login = await book.signIn('clientbook_member');
      const dataDir = await tempDir();
      const first = await workstation(dataDir, fakeSecrets);
      expect((await call(first, 'office:connection', {})).canRemember).toBe(true);
      const connection = memberConnection(book.database, login.user);
      await call(first, 'office:connect', { ...connection, password: login.password, remember: true });
      await first.close();

      const kept = await readFile(path.join(dataDir, 'office-password.bin'));
      expect(kept.toString()).not.toContain(login.password);
      expect(fakeSecrets.decrypt(kept)).toBe(login.password);
      const second = await workstation(dataDir, fakeSecrets);
      expect((await call(second, 'app:status', {})).office).toMatchObject({ login: login.user, reachable: true });

      // Not remembered this time: the encrypted copy is removed.
      await call(second, 'office:connect', { ...connection, password: login.password, remember: false });
      expect(await readdir(dataDir)).not.toContain('office-password.bin');
    },
    officeTestMs,
  );
});
