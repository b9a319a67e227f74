// The office book's store against a real PostgreSQL server: workstations (stores) on one database
// follow each other's changes by themselves, never write over a colleague's change, record every
// change in the trail under their own login, and go read-only while the database is out of reach.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Client, type ClientConfig } from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { officeConnection, OfficeAddressError } from '../../../electron/backend/office/address';
import { OfficeStore } from '../../../electron/backend/office/office-store';
import { OfficeUnavailableError } from '../../../electron/backend/office/office-unavailable';
import { WorkstationCache } from '../../../electron/backend/office/workstation-cache';
import { collectionNames, putOp, setSettingsOp, silentLogger } from '../../../electron/backend/store';
import type { BookStore } from '../../../electron/backend/store/book-store';
import type { Client as Household } from '../../../shared/model';
import { newOfficeBook } from '../../fixtures/office-book';
import { usePostgres } from '../../fixtures/postgres';
import { client, teamMember } from '../../fixtures/records';
import { tempDir } from '../../fixtures/temp-dir';

const server = usePostgres();
/** A database, a few connections and some hundred commits on a loaded 2-core machine. */
const officeTestMs = 60_000;

/** A port on 127.0.0.1 that nothing listens on (just freed). */
async function portNobodyListensOn(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

async function workstation(connection: ClientConfig): Promise<OfficeStore> {
  const store = await OfficeStore.open({ connection, reconnectMs: 100, reconnectMaxMs: 500 });
  onTestFinished(() => store.close());
  return store;
}

/** Resolves once `store` holds change `seq` (heard of by itself, without being asked). */
function reaches(store: BookStore, seq: number, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (store.seq >= seq) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the store is at change ${store.seq}, still waiting for ${seq}`));
    }, timeoutMs);
    const stop = store.onChange(() => {
      if (store.seq < seq) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

/** Every record and setting, as text, for comparing two copies of the book. */
function contents(store: BookStore): string {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return JSON.stringify(
    { collections: collectionNames.map((name) => [...store.all(name)].sort(byId)), settings: store.settings, meta: store.meta },
    (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
        : value,
  );
}

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the office book store', () => {
  it(
    'shows a change made on one workstation on another by itself',
    async () => {
      const book = await newOfficeBook(server());
      const first = await workstation(book.owner);
      const second = await workstation(book.owner);
      const household = client({ name: 'The Lee Household' });
      const heard: string[][] = [];
      second.onChange((collections) => heard.push(collections));

      await first.mutate('ann', () => ({ ops: [putOp('clients', household)], result: undefined }));
      await reaches(second, first.seq);

      expect(second.get('clients', household.id)).toEqual(household);
      expect(second.byIndex('clients', 'primaryManagerId', household.primaryManagerId).map((row) => row.id)).toEqual([household.id]);
      expect(heard).toContainEqual(['clients']);
      expect(contents(second)).toBe(contents(first));
      // A third, opened now, reads the same book from the tables.
      expect(contents(await workstation(book.owner))).toBe(contents(first));
    },
    officeTestMs,
  );

  it(
    'plans each change on the current book, after the colleagues’ changes that came first, so no update is lost',
    async () => {
      const book = await newOfficeBook(server());
      const household = client({ notes: '0' });
      const stores = [await workstation(book.owner), await workstation(book.owner), await workstation(book.owner)];
      await stores[0]!.mutate('ann', () => ({ ops: [putOp('clients', household)], result: undefined }));
      const perStore = 40;

      // Each adds one to the count it reads, as a service does: a lost update would leave less than the total.
      const increment = (store: BookStore) =>
        store.mutate('ann', () => {
          const current = store.get('clients', household.id)!;
          return { ops: [putOp('clients', { ...current, notes: String(Number(current.notes) + 1) })], result: undefined };
        });
      await Promise.all(stores.map((store) => Promise.all(Array.from({ length: perStore }, () => increment(store)))));

      const total = String(stores.length * perStore);
      const { rows } = await book.query("SELECT data->>'notes' AS notes, version FROM clientbook.records WHERE id = $1", [household.id]);
      expect(rows).toEqual([{ notes: total, version: String(1 + stores.length * perStore) }]);
      const last = Math.max(...stores.map((store) => store.seq));
      for (const store of stores) {
        await reaches(store, last);
        expect(store.get('clients', household.id)!.notes).toBe(total);
      }
      // The log is gapless: one change per commit, numbered 1 (the book's creation) to the last.
      const log = await book.query('SELECT count(*)::int AS count, min(seq)::int AS first, max(seq)::int AS last FROM clientbook.changes');
      expect(log.rows).toEqual([{ count: 2 + stores.length * perStore, first: 1, last }]);
    },
    officeTestMs,
  );

  it(
    'records each change in the trail under the signed-in login and the chosen member, and finds an edited entry',
    async () => {
      const book = await newOfficeBook(server());
      const login = await book.signIn('clientbook_member');
      const store = await workstation(login);
      const member = { id: 'tm_ann', name: 'Ann Lee' };
      const household = client();

      await store.mutate({ account: 'ignored-here', member }, () => ({ ops: [putOp('clients', household)], result: undefined }));
      await store.mutate({ account: 'ignored-here', member }, () => ({
        ops: [putOp('clients', { ...household, notes: 'Called.' })],
        result: undefined,
      }));

      const { entries, hasMore } = await store.readAudit({ limit: 10, clientId: household.id });
      expect(hasMore).toBe(false);
      expect(entries.map(({ n, seq, actor, member: who, kind, changes }) => ({ n, seq, actor, member: who, kind, changes }))).toEqual([
        {
          n: 3,
          seq: 3,
          actor: login.user,
          member,
          kind: 'change',
          changes: [{ op: 'update', c: 'clients', id: household.id, clientId: household.id }],
        },
        {
          n: 2,
          seq: 2,
          actor: login.user,
          member,
          kind: 'change',
          changes: [{ op: 'create', c: 'clients', id: household.id, clientId: household.id }],
        },
      ]);
      expect(store.auditAnchor).toEqual({ n: 3, hash: entries[0]!.hash });
      expect(await store.verifyAuditTrail()).toEqual({ ok: true, entries: 3 });

      // Only the owner can (the table grants no UPDATE to anyone else): the check still finds it.
      await book.query('UPDATE clientbook.audit SET member = \'{"id":"tm_x","name":"Someone Else"}\' WHERE n = 2');
      expect(await store.verifyAuditTrail()).toEqual({ ok: false, entries: 1, problem: { entry: 2, reason: 'edited' } });
    },
    officeTestMs,
  );

  it(
    'says when a later change stops an undo in the firm’s region and time zone, not this computer’s',
    async () => {
      const book = await newOfficeBook(server());
      const store = await workstation(await book.signIn('clientbook_admin'));
      await store.mutate('ann', () => ({
        ops: [setSettingsOp({ ...store.settings, locale: 'en-IN', timeZone: 'Asia/Kolkata' })],
        result: undefined,
      }));
      const household = client();
      const undo = await store.mutateUndoable('ann', 'pre-import', (id) => ({ ops: [putOp('clients', household)], result: id }));
      const from = Date.now();
      await store.mutate('ann', () => ({ ops: [putOp('clients', { ...household, name: 'Renamed' })], result: undefined }));
      const to = Date.now();
      // The later change's time as an en-IN reader in Kolkata writes it ("7 Dec 2026, 5:01 pm"), whichever minute it fell in.
      const kolkata = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' });
      const refusal = await store.takeBack(undo, 'ann').then(
        () => expect.unreachable('the undo was taken back'),
        (error: Error) => error,
      );
      expect(refusal).toMatchObject({ code: 'CONFLICT' });
      expect([from, to].map((ms) => `(at ${kolkata.format(ms)})`).some((at) => refusal.message.includes(at))).toBe(true);
    },
    officeTestMs,
  );

  it(
    'refuses a member’s change to the settings in plain words, changing nothing',
    async () => {
      const book = await newOfficeBook(server());
      const store = await workstation(await book.signIn('clientbook_member'));
      const before = { seq: store.seq, settings: store.settings };

      await expect(
        store.mutate('ann', () => ({ ops: [setSettingsOp({ ...store.settings, firmName: 'Lee & Co' })], result: undefined })),
      ).rejects.toMatchObject({
        name: 'AppError',
        code: 'FORBIDDEN',
        message: 'Only an admin can change the settings, so nothing was changed.',
      });
      expect({ seq: store.seq, settings: store.settings }).toEqual(before);
      expect((await book.query('SELECT seq::int FROM clientbook.book_head')).rows).toEqual([{ seq: before.seq }]);

      // Recording a new team member is an admin's too; an admin's store makes both changes.
      const admin = await workstation(await book.signIn('clientbook_admin'));
      await expect(store.mutate('ann', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }))).rejects.toMatchObject({
        code: 'FORBIDDEN',
        message: 'Only an admin can change the team, so nothing was changed.',
      });
      await admin.mutate('ann', () => ({ ops: [setSettingsOp({ ...admin.settings, firmName: 'Lee & Co' })], result: undefined }));
      await reaches(store, admin.seq);
      expect(store.settings.firmName).toBe('Lee & Co');
    },
    officeTestMs,
  );

  it(
    'keeps an issued packet’s PDF in the database as it was given: no member can change it or remove it once recorded',
    async () => {
      const book = await newOfficeBook(server());
      const login = await book.signIn('clientbook_member');
      const store = await workstation(login);
      const place = { id: 'pk_kept', clientId: 'cl_lee', path: 'packets/cl_lee/pk_kept.pdf' };
      const pdf = Buffer.from('%PDF-1.7 the packet as given');
      await store.packetFiles.keep(place, pdf);
      expect(Buffer.from((await store.packetFiles.read(place))!)).toEqual(pdf);
      const { rows } = await book.query('SELECT sha256 FROM clientbook.packets WHERE id = $1', [place.id]);
      expect(rows).toEqual([{ sha256: createHash('sha256').update(pdf).digest('hex') }]);

      const member = new Client(login);
      await member.connect();
      onTestFinished(() => member.end());
      await expect(member.query("UPDATE clientbook.packets SET pdf = 'x' WHERE id = 'pk_kept'")).rejects.toMatchObject({ code: '42501' });
      // Before its record exists (a record that failed to commit), the PDF may be taken back; after, never.
      await store.mutate('ann', () => ({
        ops: [
          putOp('issuedPackets', {
            id: place.id,
            clientId: place.clientId,
            reviewId: null,
            asOf: '2026-11-30',
            generatedAt: '2026-12-01T09:00:00.000Z',
            generatedBy: 'ann',
            fileName: '2026-11-30 The Lee Household - Review packet.pdf',
            path: place.path,
            bytes: pdf.byteLength,
            sha256: createHash('sha256').update(pdf).digest('hex'),
            paper: 'Letter',
            showHealth: false,
          }),
        ],
        result: undefined,
      }));
      await expect(member.query("DELETE FROM clientbook.packets WHERE id = 'pk_kept'")).rejects.toMatchObject({
        code: '42501',
        message: 'An issued packet is kept as it was given, so it cannot be removed.',
      });
      await store.packetFiles.keep({ ...place, id: 'pk_unrecorded' }, pdf);
      await store.packetFiles.discard({ ...place, id: 'pk_unrecorded' });
      expect(await store.packetFiles.read({ ...place, id: 'pk_unrecorded' })).toBeNull();
    },
    officeTestMs,
  );

  it(
    'starts from this workstation’s copy and the changes since, and shows the copy read-only when the database is out of reach',
    async () => {
      const book = await newOfficeBook(server());
      const folder = await tempDir();
      const messages: string[] = [];
      const log = { info: (message: string) => messages.push(message), warn: (message: string) => messages.push(message), error() {} };
      const first = await OfficeStore.open({ connection: book.owner, copyFolder: folder, log });
      await first.mutate('ann', () => ({ ops: [putOp('clients', client({ name: 'Kept In The Copy' }))], result: undefined }));
      await first.close();
      const colleague = await workstation(book.owner);
      await colleague.mutate('ben', () => ({ ops: [putOp('clients', client({ name: 'Made Since' }))], result: undefined }));

      const again = await OfficeStore.open({ connection: book.owner, copyFolder: folder, log });
      onTestFinished(() => again.close());
      expect(messages, JSON.stringify(messages)).toContain('Opened the office book from this workstation’s copy and the 1 changes since.');
      expect(contents(again)).toBe(contents(colleague));

      // The same database where nothing listens: the copy is shown, read-only, and changes are refused.
      const closedPort = await portNobodyListensOn();
      const away = { ...book.owner, port: closedPort };
      const copy = new WorkstationCache(
        folder,
        { server: `${server().host}:${server().port}`, database: book.database },
        () => new Date(),
        log,
      );
      const awayCopy = new WorkstationCache(
        folder,
        { server: `${server().host}:${closedPort}`, database: book.database },
        () => new Date(),
        log,
      );
      await again.close();
      await mkdir(path.dirname(awayCopy.file), { recursive: true });
      await copyFile(copy.file, awayCopy.file);
      const offline = await OfficeStore.open({ connection: away, copyFolder: folder, log, reconnectMs: 60_000 });
      onTestFinished(() => offline.close());
      expect(offline.state).toEqual({ mode: 'read-only', reason: 'unreachable' });
      expect(contents(offline)).toBe(contents(colleague));
      await expect(offline.mutate('ann', () => ({ ops: [putOp('clients', client())], result: undefined }))).rejects.toMatchObject({
        code: 'UNAVAILABLE',
      });
      // Without a copy there is nothing to show.
      await expect(OfficeStore.open({ connection: away, copyFolder: await tempDir() })).rejects.toThrow(
        'The office database cannot be reached: check the server address and that this computer is on the office network.',
      );
    },
    officeTestMs,
  );

  it(
    'reads the whole book instead of a damaged copy, or a copy of another book',
    async () => {
      const book = await newOfficeBook(server());
      const folder = await tempDir();
      const store = await OfficeStore.open({ connection: book.owner, copyFolder: folder });
      await store.mutate('ann', () => ({ ops: [putOp('clients', client())], result: undefined }));
      const expected = contents(store);
      await store.close();
      const copy = new WorkstationCache(
        folder,
        { server: `${server().host}:${server().port}`, database: book.database },
        () => new Date(),
        silentLogger,
      );
      const opened = async () => {
        const messages: string[] = [];
        const log = { info: (message: string) => messages.push(message), warn: (message: string) => messages.push(message), error() {} };
        const reopened = await OfficeStore.open({ connection: book.owner, copyFolder: folder, log });
        const seen = contents(reopened);
        await reopened.close();
        return { seen, messages };
      };

      // A copy of another book (one set up in this database before), holding a household this book never had.
      const good = (await copy.read(null))!;
      good.image.collections.clients!.set('cl_phantom', client({ id: 'cl_phantom' }) as never);
      await copy.write(good.image, { ...good.facts, bookId: 'another book' });
      const fromOtherBook = await opened();
      expect(fromOtherBook.seen).toBe(expected);
      expect(fromOtherBook.messages).toEqual([]);

      // One byte changed: the checksum fails, so the copy is not used, and it says so.
      const bytes = await readFile(copy.file);
      const middle = Math.floor(bytes.length / 2);
      bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x20, middle);
      await writeFile(copy.file, bytes);
      const afterDamage = await opened();
      expect(afterDamage.seen).toBe(expected);
      expect(afterDamage.messages).toEqual([
        'This workstation’s copy of the office book could not be read; reading the whole book instead.',
      ]);
    },
    officeTestMs,
  );

  it(
    'goes read-only while the server is down, keeps the book, refuses changes, and catches up once back',
    async () => {
      const book = await newOfficeBook(server());
      const store = await workstation(book.owner);
      const household = client();
      await store.mutate('ann', () => ({ ops: [putOp('clients', household)], result: undefined }));

      // Seen as it happens: restart() returns once the server is up again, and the store may be
      // back by then (it tries again after 100 ms), so polling afterwards can miss the read-only spell.
      let whileDown: { state: typeof store.state; kept: Household | undefined } | null = null;
      const stopWatching = store.onChange(() => {
        if (!whileDown && store.state.mode === 'read-only') whileDown = { state: store.state, kept: store.get('clients', household.id) };
      });
      await server().restart();
      await until(() => whileDown !== null);
      stopWatching();
      expect(whileDown!.state).toEqual({ mode: 'read-only', reason: 'unreachable' });
      expect(whileDown!.kept).toEqual(household);

      // Back: the store reconnects by itself and hears of a colleague's change made since.
      await until(() => store.state.mode === 'writable');
      const colleague = await workstation(book.owner);
      const theirs: Household = client({ name: 'Made elsewhere' });
      await colleague.mutate('ben', () => ({ ops: [putOp('clients', theirs)], result: undefined }));
      await reaches(store, colleague.seq);
      expect(store.get('clients', theirs.id)).toEqual(theirs);
      await store.mutate('ann', () => ({ ops: [putOp('clients', { ...household, notes: 'After' })], result: undefined }));
      expect((await book.query("SELECT data->>'notes' AS notes FROM clientbook.records WHERE id = $1", [household.id])).rows).toEqual([
        { notes: 'After' },
      ]);
    },
    officeTestMs,
  );

  it(
    'refuses a change while the database is out of reach, saying so, and does not apply it',
    async () => {
      const book = await newOfficeBook(server());
      const store = await workstation(book.owner);
      // Ends this workstation's connections from the server's side, as a dropped network does.
      await book.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
        book.database,
      ]);
      const household = client();

      const attempt = store.mutate('ann', () => ({ ops: [putOp('clients', household)], result: undefined }));

      await expect(attempt).rejects.toMatchObject({
        name: 'AppError',
        code: 'UNAVAILABLE',
        message: expect.stringMatching(/^The office database .*\.$/),
      });
      expect(store.get('clients', household.id)).toBeUndefined();
      await until(() => store.state.mode === 'writable');
      expect((await book.query('SELECT count(*)::int AS n FROM clientbook.records WHERE id = $1', [household.id])).rows).toEqual([
        { n: 0 },
      ]);
    },
    officeTestMs,
  );

  it(
    'opens from an address and a password given apart, as the sign-in form and a prompt give them',
    async () => {
      const book = await newOfficeBook(server());
      const login = await book.signIn('clientbook_member');
      expect(process.env.PGPASSWORD).toBeUndefined();
      const address = `postgres://${login.user}@${server().host}:${server().port}/${book.database}`;

      const store = await workstation(officeConnection(address, login.password));

      expect(store.location).toEqual({
        kind: 'office',
        server: `${server().host}:${server().port}`,
        database: book.database,
        login: login.user,
      });
      expect(() => officeConnection(`postgres://${login.user}:${login.password}@${server().host}/${book.database}`, undefined)).toThrow(
        new OfficeAddressError('Put the password in PGPASSWORD, not in the address: others on this computer can see a command line.'),
      );
    },
    officeTestMs,
  );

  it(
    'says in one sentence why it cannot open: a wrong password, or a database that is not an office book',
    async () => {
      const book = await newOfficeBook(server());
      await expect(OfficeStore.open({ connection: { ...book.owner, password: 'wrong' } })).rejects.toThrow(
        new OfficeUnavailableError('The office database refused the sign-in: check your name and password.'),
      );
      const { name } = await server().createDatabase();
      await expect(OfficeStore.open({ connection: { ...book.owner, database: name } })).rejects.toThrow(
        'That database holds no Clientbook office book: ask whoever set it up to run npm run office:init.',
      );
    },
    officeTestMs,
  );
});
