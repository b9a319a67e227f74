// Moving a local book into a newly set-up office book and copying an office book back out, against
// a real PostgreSQL server: the book arrives whole (its fingerprint on both sides), with its packet
// PDFs and its audit trail as it was, nothing in the source changes, and a refusal changes nothing.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client, type ClientConfig } from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { initOfficeBook } from '../../../electron/backend/office/init';
import { copyBookOut, moveBookIn, MoveRefusedError, packetsMadeBeforeTheMove } from '../../../electron/backend/office/move';
import { readTrail } from '../../../electron/backend/office/book-tables';
import {
  auditFileName,
  movedTrailEndOf,
  movedTrailFileName,
  verifyAuditEntries,
  verifyAuditFile,
} from '../../../electron/backend/store/audit-log';
import { OfficeStore } from '../../../electron/backend/office/office-store';
import { collectionNames, Store } from '../../../electron/backend/store';
import { bookFingerprint } from '../../../electron/backend/store/fingerprint';
import { firstScreenFileName } from '../../../electron/backend/first-screen-file';
import type { IssuedPacket, TeamMember } from '../../../shared/model';
import type { AuditEntry } from '../../../shared/model/audit';
import { rpc } from '../../fixtures/backend';
import { startTsProcess } from '../../fixtures/child-processes';
import { usePostgres } from '../../fixtures/postgres';
import { FakePdf } from '../../fixtures/ports';
import { tempDir } from '../../fixtures/temp-dir';

const server = usePostgres();
/** A demo book with packets, a database set up, the book moved (once or twice) and read back, on a loaded 2-core machine. */
const moveTestMs = 120_000;
/** The same with one or two command processes (tsx loading the backend) besides. */
const commandTestMs = 180_000;
const root = path.resolve(import.meta.dirname, '../../..');

const now = () => new Date('2026-03-15T12:00:00.000Z');

interface DemoFolder {
  dataDir: string;
  packets: IssuedPacket[];
  /** The member office:init's first admin is, by email. */
  admin: TeamMember;
  fingerprint: string;
  trailEnd: { n: number; hash: string };
}

/** A local demo book with three issued packets and a few changes after them, closed as Clientbook leaves it. */
async function demoFolder(): Promise<DemoFolder> {
  const dataDir = await tempDir();
  const backend = await createBackend({ dataDir, now, pdf: new FakePdf() });
  try {
    await rpc(backend, 'setup:loadDemo', {});
    const households = [...backend.store.all('clients')].slice(0, 2);
    const packets = [];
    for (const household of [...households, households[0]!]) {
      packets.push(await rpc(backend, 'packets:issue', { clientId: household.id, asOf: '2026-03-15' }));
    }
    await rpc(backend, 'clients:update', { id: households[1]!.id, changes: { tier: 'C' } });
    const admin = [...backend.store.all('teamMembers')].find((member) => member.active && member.email)!;
    return { dataDir, packets, admin, fingerprint: bookFingerprint(backend.store), trailEnd: backend.store.auditAnchor! };
  } finally {
    await backend.close();
  }
}

/** Every file under `dir` and a digest of its bytes. */
async function folderBytes(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  // first-screen.json is a cache of the book that Clientbook itself refreshes when it opens the book
  // (the test opens it to be refused as "in use"): not part of what a refusal must leave alone.
  const kept = entries.filter((candidate) => candidate.isFile() && candidate.name !== firstScreenFileName);
  for (const entry of kept.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return files;
}

interface OfficeDatabase {
  database: string;
  /** The superuser, who sets the book up and so owns its tables. */
  owner: ClientConfig;
  /** office:init's first admin login. */
  adminLogin: string;
  address(user: string): string;
  /** A new connection for the test, as the owner unless told (a move refuses while anyone else is connected). */
  connect(config?: ClientConfig): Promise<Client>;
}

/** A new database set up by office:init, its first admin the member `admin` of the book to move (by email). */
async function setUpOffice(admin: Pick<TeamMember, 'name' | 'email'>): Promise<OfficeDatabase> {
  const { name } = await server().createDatabase();
  const owner: ClientConfig = {
    host: server().host,
    port: server().port,
    database: name,
    user: server().user,
    password: server().password,
  };
  const connect = async (config = owner) => {
    const client = new Client(config);
    await client.connect();
    onTestFinished(() => client.end());
    return client;
  };
  const client = await connect();
  const { login } = await initOfficeBook(client, { name: admin.name, email: admin.email!, role: 'adviser' });
  await client.end();
  return {
    database: name,
    owner,
    adminLogin: login,
    address: (user) => `postgres://${user}@${server().host}:${server().port}/${name}`,
    connect,
  };
}

/** A member's login to the office book (as "Give access…" makes one), with its password. */
async function memberSignIn(client: Client): Promise<{ user: string; password: string }> {
  const user = `member_${Math.random().toString(36).slice(2, 10)}`;
  await client.query(`CREATE ROLE ${user} LOGIN PASSWORD 'member-password' IN ROLE clientbook_member`);
  return { user, password: 'member-password' };
}

/** Every row of every table of the office book: equal before and after means nothing was changed. */
async function officeRows(client: Client): Promise<Record<string, unknown[]>> {
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'clientbook' ORDER BY tablename",
  );
  const rows: Record<string, unknown[]> = {};
  for (const { name } of tables) rows[name] = (await client.query(`SELECT * FROM clientbook.${name} AS r ORDER BY r::text`)).rows;
  return rows;
}

async function openedOfficeStore(connection: ClientConfig): Promise<OfficeStore> {
  const store = await OfficeStore.open({ connection });
  onTestFinished(() => store.close());
  return store;
}

async function runCommand(
  script: string,
  args: string[],
  password: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startTsProcess(path.join(root, 'scripts', script), args, { PGPASSWORD: password });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function officeTrail(client: Client, trail: 'audit' | 'moved_audit'): Promise<AuditEntry[]> {
  const entries = [];
  for await (const entry of readTrail(client, trail)) entries.push(entry);
  return entries;
}

/** Expects `attempt` to be refused with a sentence matching `reason`. */
async function expectRefusal(attempt: Promise<unknown>, reason: RegExp): Promise<void> {
  const error = await attempt.then(
    () => expect.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MoveRefusedError);
  expect((error as Error).message).toMatch(reason);
  expect((error as Error).message).toMatch(/^[A-Z/].*\.$/);
}

describe('npm run office:move-in', () => {
  it(
    'moves a demo book with its packets and audit trail into a newly set-up office book, leaving the folder as it was',
    async () => {
      const demo = await demoFolder();
      const before = await folderBytes(demo.dataDir);
      const office = await setUpOffice(demo.admin);

      const run = await runCommand(
        'office-move-in.ts',
        ['--from', demo.dataDir, '--database', office.address(server().user)],
        server().password,
      );

      expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain(`Fingerprint of the book in the folder:  ${demo.fingerprint}`);
      expect(run.stdout).toContain(`Fingerprint of the office book:         ${demo.fingerprint}`);
      expect(run.stdout).toMatch(/packet PDFs\s+3\n/);
      expect(run.stdout).toMatch(new RegExp(`audit trail entries\\s+${demo.trailEnd.n}\\n`));
      expect(run.stdout).toContain(`The sign-in ${office.adminLogin} is now ${demo.admin.name} of the moved team.`);
      expect(await folderBytes(demo.dataDir)).toEqual(before);

      // A workstation reads the same book.
      const store = await openedOfficeStore(office.owner);
      expect(bookFingerprint(store)).toBe(demo.fingerprint);
      const local = await Store.open({ dataDir: demo.dataDir });
      try {
        for (const name of collectionNames) expect(store.count(name), name).toBe(local.count(name));
        expect(store.settings).toEqual(local.settings);
      } finally {
        await local.close();
      }

      // One change in the log, marked as the move; the first admin's login is the moved member's.
      const client = await office.connect();
      expect((await client.query('SELECT seq, kind, ops, member FROM clientbook.changes ORDER BY seq')).rows).toEqual([
        expect.objectContaining({ seq: '1', kind: 'change' }),
        { seq: '2', kind: 'move-in', ops: [], member: null },
      ]);
      expect((await client.query('SELECT member_id, login FROM clientbook.members')).rows).toEqual([
        { member_id: demo.admin.id, login: office.adminLogin },
      ]);

      // The trail as it was, every entry re-hashing to its hash; the move's entry names its end.
      const moved = await officeTrail(client, 'moved_audit');
      expect(moved.at(-1)).toMatchObject({ n: demo.trailEnd.n, hash: demo.trailEnd.hash });
      const anchors = demo.packets.map((packet) => ({ ...packet.auditAnchor!, source: 'packet' as const }));
      expect(await verifyAuditEntries(readTrail(client, 'moved_audit'), anchors, demo.trailEnd)).toEqual({
        ok: true,
        entries: demo.trailEnd.n,
      });
      expect(await verifyAuditFile(path.join(demo.dataDir, auditFileName), null, anchors)).toEqual({ ok: true, entries: moved.length });
      const [setUp, move] = await officeTrail(client, 'audit');
      expect(move).toMatchObject({ n: 2, seq: 2, kind: 'replace', prev: setUp!.hash, actor: server().user });
      expect(movedTrailEndOf(move!)).toEqual(demo.trailEnd);
      expect(await verifyAuditEntries(readTrail(client, 'audit'), [], null)).toEqual({ ok: true, entries: 2 });
      expect(await packetsMadeBeforeTheMove(client)).toEqual(new Set(demo.packets.map((packet) => packet.id)));
      // Activity → Check the trail checks both trails, each against its own packets' anchors…
      expect(await store.verifyAuditTrail()).toEqual({ ok: true, entries: 2 + demo.trailEnd.n });
      // …and says which trail an edited entry is in.
      await client.query('ALTER TABLE clientbook.moved_audit DISABLE TRIGGER ALL');
      await client.query("UPDATE clientbook.moved_audit SET actor = 'someone else' WHERE n = 2");
      await client.query('ALTER TABLE clientbook.moved_audit ENABLE TRIGGER ALL');
      expect(await store.verifyAuditTrail()).toEqual({ ok: false, entries: 1, problem: { entry: 2, reason: 'edited', trail: 'moved' } });

      // Each packet's PDF, byte for byte, with its SHA-256.
      const { rows: pdfs } = await client.query<{ id: string; client_id: string; pdf: Buffer; sha256: string }>(
        'SELECT id, client_id, pdf, sha256 FROM clientbook.packets ORDER BY id',
      );
      expect(pdfs.map((row) => row.id)).toEqual(demo.packets.map((packet) => packet.id).sort());
      for (const packet of demo.packets) {
        const row = pdfs.find((candidate) => candidate.id === packet.id)!;
        expect(row).toMatchObject({ client_id: packet.clientId, sha256: packet.sha256 });
        expect(row.pdf).toEqual(await readFile(path.join(demo.dataDir, ...packet.path.split('/'))));
        expect(sha256(row.pdf)).toBe(packet.sha256);
      }
    },
    commandTestMs,
  );

  it(
    'keeps the moved trail as it is: nobody adds to it, changes or removes it afterwards, not even the owner',
    async () => {
      const demo = await demoFolder();
      const office = await setUpOffice(demo.admin);
      const owner = await office.connect();
      await moveBookIn(owner, { from: demo.dataDir });
      const member = await office.connect({ ...office.owner, ...(await memberSignIn(owner)) });
      const kept = await officeTrail(owner, 'moved_audit');

      for (const statement of [
        'UPDATE clientbook.moved_audit SET actor = $1 WHERE n = 1',
        'DELETE FROM clientbook.moved_audit WHERE n = 1 AND $1::text IS NOT NULL',
        "INSERT INTO clientbook.moved_audit (n, at, actor, seq, kind, changes, prev, hash) VALUES (999, now(), $1, 999, 'change', '[]', '', '')",
      ]) {
        await expect(owner.query(statement, ['someone'])).rejects.toThrow(/kept as it was moved/);
        await expect(member.query(statement, ['someone'])).rejects.toThrow(/permission denied/);
      }
      await expect(owner.query('TRUNCATE clientbook.moved_audit')).rejects.toThrow(/kept as it was moved/);
      // Workstations write ordinary changes only.
      await expect(member.query("INSERT INTO clientbook.changes (seq, ops, kind) VALUES (3, '[]', 'move-in')")).rejects.toThrow(
        /permission denied/,
      );

      expect(await officeTrail(owner, 'moved_audit')).toEqual(kept);
      expect(await officeTrail(member, 'moved_audit')).toEqual(kept);
    },
    moveTestMs,
  );
});

describe('a workstation after a move', () => {
  it(
    'reads the moved book whole when its own copy is of the book before the move',
    async () => {
      const demo = await demoFolder();
      const office = await setUpOffice(demo.admin);
      const copyFolder = await tempDir();
      await (await OfficeStore.open({ connection: office.owner, copyFolder })).close();

      const owner = await office.connect();
      await moveBookIn(owner, { from: demo.dataDir });
      await owner.end();

      const store = await OfficeStore.open({ connection: office.owner, copyFolder });
      onTestFinished(() => store.close());
      expect(bookFingerprint(store)).toBe(demo.fingerprint);
    },
    commandTestMs,
  );
});

describe('npm run office:copy-out', () => {
  it(
    'copies an office book changed after the move into a new local book with its packets and trails',
    async () => {
      const demo = await demoFolder();
      const office = await setUpOffice(demo.admin);
      const owner = await office.connect();
      await moveBookIn(owner, { from: demo.dataDir });
      const workstation: Backend = await createBackend({ dataDir: await tempDir(), office: office.owner, now, pdf: new FakePdf() });
      const household = await rpc(workstation, 'clients:create', {
        name: 'The Okafor Household',
        tier: 'A',
        primaryManagerId: demo.admin.id,
      });
      // Issued at the office: its PDF is in the database, its anchor in the office trail.
      const officePacket = await rpc(workstation, 'packets:issue', { clientId: household.id, asOf: '2026-03-15' });
      const packets = [...demo.packets, officePacket];
      const officePrint = bookFingerprint(workstation.store);
      await workstation.close();
      const rowsBefore = await officeRows(owner);
      const to = path.join(await tempDir(), 'copied');
      const signIn = await memberSignIn(owner);

      const run = await runCommand('office-copy-out.ts', ['--database', office.address(signIn.user), '--to', to], signIn.password);

      expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain(`Fingerprint of the office book:         ${officePrint}`);
      expect(run.stdout).toContain(`Fingerprint of the book in the folder:  ${officePrint}`);
      expect(run.stdout).toMatch(
        new RegExp(`packet PDFs\\s+4\\n\\s+audit trail entries\\s+4\\n\\s+moved-in trail entries\\s+${demo.trailEnd.n}\\n`),
      );
      expect(await officeRows(owner)).toEqual(rowsBefore);
      expect(officePrint).not.toBe(demo.fingerprint);

      const copy = await Store.open({ dataDir: to });
      try {
        expect(copy.state).toEqual({ mode: 'writable' });
        expect(bookFingerprint(copy)).toBe(officePrint);
        expect(copy.get('clients', household.id)).toEqual(household);
        for (const packet of packets) {
          expect(sha256(await readFile(path.join(to, ...packet.path.split('/'))))).toBe(packet.sha256);
        }
        // The office trail is the new book's, which goes on from its end; the moved trail is kept beside it.
        const anchorsOf = (some: IssuedPacket[]) => some.map((packet) => ({ ...packet.auditAnchor!, source: 'packet' as const }));
        expect(await verifyAuditFile(path.join(to, movedTrailFileName), null, anchorsOf(demo.packets))).toEqual({
          ok: true,
          entries: demo.trailEnd.n,
        });
        expect(await verifyAuditFile(path.join(to, auditFileName), null, anchorsOf([officePacket]))).toEqual({ ok: true, entries: 4 });
        // Activity → Check the trail on the copy checks both, each against its own packets.
        expect(await copy.verifyAuditTrail()).toEqual({ ok: true, entries: 4 + demo.trailEnd.n });
      } finally {
        await copy.close();
      }
      const local = await createBackend({ dataDir: to, now });
      try {
        await rpc(local, 'clients:update', { id: household.id, changes: { tier: 'B' } });
        expect(local.store.auditAnchor?.n).toBe(5);
        expect(await local.store.readAudit({ limit: 1 })).toMatchObject({
          entries: [{ n: 5, prev: (await officeTrail(owner, 'audit'))[3]!.hash }],
        });
      } finally {
        await local.close();
      }
      expect(await verifyAuditFile(path.join(to, auditFileName), null, [])).toEqual({ ok: true, entries: 5 });
    },
    commandTestMs,
  );
});

describe('refusals change nothing', () => {
  it(
    'refuses a database that holds more than its set-up, a source in use, a packet whose PDF was altered, and a team without the first admin',
    async () => {
      const demo = await demoFolder();
      const before = await folderBytes(demo.dataDir);

      const used = await setUpOffice(demo.admin);
      const workstation = await createBackend({ dataDir: await tempDir(), office: used.owner });
      await rpc(workstation, 'team:create', { name: 'Early Member', role: 'adviser', email: 'early@example.com' });
      await workstation.close();
      const usedOwner = await used.connect();
      const usedRows = await officeRows(usedOwner);
      await expectRefusal(moveBookIn(usedOwner, { from: demo.dataDir }), /already holds more than its set-up \(2 changes\)/);
      expect(await officeRows(usedOwner)).toEqual(usedRows);

      const office = await setUpOffice(demo.admin);
      const owner = await office.connect();
      const setUpRows = await officeRows(owner);
      const running = await createBackend({ dataDir: demo.dataDir });
      try {
        await expectRefusal(moveBookIn(owner, { from: demo.dataDir }), /is open in Clientbook; quit Clientbook there first/);
      } finally {
        await running.close();
      }
      expect(await officeRows(owner)).toEqual(setUpRows);
      expect(await folderBytes(demo.dataDir)).toEqual(before);

      const stranger = await (await setUpOffice({ name: 'Zed Stranger', email: 'zed@example.com' })).connect();
      const strangerRows = await officeRows(stranger);
      await expectRefusal(
        moveBookIn(stranger, { from: demo.dataDir }),
        /sign-in zed\.stranger belongs to Zed Stranger \(zed@example\.com\), who is not an active member of the team/,
      );
      expect(await officeRows(stranger)).toEqual(strangerRows);

      const [packet] = demo.packets;
      const file = path.join(demo.dataDir, ...packet!.path.split('/'));
      const pdf = await readFile(file);
      pdf.writeUInt8(pdf.readUInt8(pdf.length - 10) ^ 0x01, pdf.length - 10);
      await writeFile(file, pdf);
      const altered = await folderBytes(demo.dataDir);
      await expectRefusal(
        moveBookIn(owner, { from: demo.dataDir }),
        new RegExp(`The PDF of the packet "${packet!.fileName}" \\(${packet!.path}\\) has changed since it was issued`),
      );
      expect(await officeRows(owner)).toEqual(setUpRows);
      expect(await folderBytes(demo.dataDir)).toEqual(altered);
    },
    moveTestMs,
  );

  it(
    'undoes a move whose book does not arrive as it left',
    async () => {
      const demo = await demoFolder();
      const before = await folderBytes(demo.dataDir);
      const owner = await (await setUpOffice(demo.admin)).connect();
      const setUpRows = await officeRows(owner);
      // Something between the workstation and the table that changes one household on the way in.
      await owner.query(`
        CREATE FUNCTION public.garble() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.collection = 'clients' THEN
            NEW.data := NEW.data || '{"garbled": true}';
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER garble BEFORE INSERT ON clientbook.records FOR EACH ROW EXECUTE FUNCTION public.garble();`);
      const rowsWithTrigger = await officeRows(owner);

      await expectRefusal(
        moveBookIn(owner, { from: demo.dataDir }),
        new RegExp(`differs from the book in the folder \\(${demo.fingerprint}\\), so the move was undone`),
      );

      expect(await officeRows(owner)).toEqual(rowsWithTrigger);
      expect(rowsWithTrigger).toEqual(setUpRows);
      expect(await folderBytes(demo.dataDir)).toEqual(before);
    },
    moveTestMs,
  );

  it(
    'refuses to copy out into a folder that holds anything',
    async () => {
      const demo = await demoFolder();
      const owner = await (await setUpOffice(demo.admin)).connect();
      await moveBookIn(owner, { from: demo.dataDir });
      const to = await tempDir();
      await mkdir(path.join(to, 'notes'));
      await writeFile(path.join(to, 'notes', 'keep.txt'), 'mine');
      const before = await folderBytes(to);

      await expectRefusal(copyBookOut(owner, { to }), /already holds files; choose a new, empty folder/);

      expect(await folderBytes(to)).toEqual(before);
    },
    moveTestMs,
  );
});
