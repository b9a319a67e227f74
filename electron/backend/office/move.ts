// Moving a local book into a newly set-up office book, and copying an office book out into a new
// data folder (npm run office:move-in, npm run office:copy-out). Either way the book arrives whole
// or not at all, is checked by its fingerprint on both sides, and nothing in the source changes.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { DatabaseError, type ClientBase } from 'pg';
import { englishFormat } from '../../../shared/domain/locale-format';
import type { IssuedPacket, MemberRef, TeamMember } from '../../../shared/model';
import type { AuditAnchor, AuditEntry, AuditVerdict } from '../../../shared/model/audit';
import { collectionNames, Store, StoreLockedError, type CollectionName } from '../store';
import {
  auditFileName,
  decodeAuditLine,
  encodeAuditEntry,
  movedTrailChange,
  movedTrailEndOf,
  movedTrailFileName,
  packetsCreatedIn,
  verifyAuditEntries,
} from '../store/audit-log';
import { BookCopy, bookIndexes } from '../store/book-copy';
import type { BookReader } from '../store/book-store';
import { writeFileAtomically } from '../store/durable-fs';
import { FolderPacketFiles } from '../store/packet-files';
import { unwritableDataFolder } from '../store/errors';
import { bookFingerprint } from '../store/fingerprint';
import { currentSchemaVersion } from '../store/migrations';
import type { StoredRecord, StoreImage } from '../store/snapshot';
import { journalFileName, snapshotFileName, writeImageToDataDir } from '../store/store';
import { keepPacket, readPacket, readTrail, readTrailHead, takeChangeNumber, writeChange } from './book-tables';
import { migrateOffice } from './migrate';
import { currentOfficeSchemaVersion } from './migrations';
import {
  clearBook,
  insertMovedTrail,
  insertRecords,
  insertSingletons,
  lockBookHead,
  markMoveIn,
  packetDigests,
  readBookInTransaction,
  readOfficeBookState,
  recordsPerBatch,
  repointSignIns,
  setBookFormat,
  withoutAdminCheck,
  type OfficeBookState,
} from './move-tables';

/** The move or copy was not made, and nothing was changed; the message says why in one sentence. */
export class MoveRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoveRefusedError';
  }
}

/** What a move or copy carried: records per collection, packet PDFs, audit trail entries. */
export interface MovedCounts {
  collections: Record<CollectionName, number>;
  packets: number;
  /** Entries of the trail that came with the book (moving in), or of the office trail (copying out). */
  trailEntries: number;
  /** Copying out: entries of the trail the office book had moved in with it (0 when it had none). */
  movedTrailEntries: number;
}

export interface MoveInReport {
  database: string;
  /** The firm's locale, which the command writes the counts by. */
  locale: string;
  /** The change that replaced the set-up book. */
  seq: number;
  counts: MovedCounts;
  /** The moved trail's last entry, which the move's entry in the office trail names. */
  movedTrailEnd: { n: number; hash: string };
  /** Each office login and the member of the moved team it now signs in as. */
  signIns: { login: string; member: MemberRef }[];
  fingerprints: { folder: string; office: string };
}

export interface CopyOutReport {
  database: string;
  /** The firm's locale, which the command writes the counts by. */
  locale: string;
  counts: MovedCounts;
  fingerprints: { office: string; folder: string };
}

/** The issued packets whose making the moved trail records: their anchors are entries of that trail, not the office's. */
export async function packetsMadeBeforeTheMove(client: ClientBase): Promise<Set<string>> {
  const made = new Set<string>();
  for await (const entry of readTrail(client, 'moved_audit')) packetsCreatedIn(entry, made);
  return made;
}

function packetAnchors(packets: Iterable<IssuedPacket>, include: (packet: IssuedPacket) => boolean): AuditAnchor[] {
  const anchors: AuditAnchor[] = [];
  for (const packet of packets) if (packet.auditAnchor && include(packet)) anchors.push({ ...packet.auditAnchor, source: 'packet' });
  return anchors;
}

/** A book held as an image, read as a store's copy is: for the fingerprint of what a database or folder holds. */
class ImageReader extends BookCopy {
  protected readonly indexes = bookIndexes();

  constructor(protected readonly image: StoreImage) {
    super();
    this.indexes.rebuild(image.collections);
  }
}

function countsOf(book: BookReader): Record<CollectionName, number> {
  return Object.fromEntries(collectionNames.map((name) => [name, book.count(name)])) as Record<CollectionName, number>;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function describeVerdict(verdict: Extract<AuditVerdict, { ok: false }>): string {
  const { entry, through, reason } = verdict.problem;
  const where = through === undefined ? `entry ${entry}` : `entries ${entry} to ${through}`;
  const what = {
    edited: 'changed since it was written',
    removed: 'missing',
    added: 'added afterwards',
    'out-of-order': 'out of order',
    rewritten: 'rewritten',
  }[reason];
  return `${where} ${through === undefined ? 'is' : 'are'} ${what}`;
}

/** Refuses a packet whose recorded path would lead out of a data folder (the records were edited). */
function checkPacketPath(packet: IssuedPacket, nothingDone: string): void {
  if (packet.path.split('/').some((part) => !/^[A-Za-z0-9_.-]+$/.test(part) || part === '.' || part === '..')) {
    throw new MoveRefusedError(
      `The packet "${packet.fileName}" records its PDF at ${JSON.stringify(packet.path)}, which is not a place in a data folder, so ${nothingDone}.`,
    );
  }
}

/** A packet's PDF as the data folder's store keeps it, refused unless its SHA-256 is the one recorded when it was issued. */
async function packetFromFolder(store: Store, packet: IssuedPacket): Promise<Uint8Array> {
  checkPacketPath(packet, 'nothing was moved');
  const bytes = await store.packetFiles.read(packet);
  if (!bytes) {
    throw new MoveRefusedError(
      `The PDF of the packet "${packet.fileName}" is missing from the data folder (${packet.path}), so nothing was moved; put it back from a backup of the folder, then move the book again.`,
    );
  }
  if (sha256(bytes) !== packet.sha256) {
    throw new MoveRefusedError(
      `The PDF of the packet "${packet.fileName}" (${packet.path}) has changed since it was issued (its SHA-256 is not the one recorded), so nothing was moved; put the issued PDF back from a backup of the folder, then move the book again.`,
    );
  }
  return bytes;
}

async function inTransaction<T>(client: ClientBase, begin: string, work: () => Promise<T>): Promise<T> {
  await client.query(begin);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Why the database cannot take a moved book, or null when it holds a newly set-up office book and nothing more. */
function reasonToRefuseTarget(state: OfficeBookState | null, database: string): string | null {
  if (!state)
    return `The database "${database}" holds no Clientbook office book; set it up with npm run office:init first, then move the book in.`;
  if (state.schema > currentOfficeSchemaVersion || state.format > currentSchemaVersion) {
    return `The office book in "${database}" was set up by a newer version of Clientbook; move the book in with that version.`;
  }
  if (!state.isOwner) {
    return `Move the book in as the database user who set the office book up (${state.owner}), not as ${state.login}: only that user may write the moved audit trail.`;
  }
  if (state.seq > 1 || state.trailEntries > 1 || state.packets > 0 || state.movedTrailEntries > 0) {
    return `The office book in "${database}" already holds more than its set-up (${state.seq} changes), and a book is only moved into a newly set-up one, so nothing was moved.`;
  }
  if (state.otherSessions.length > 0) {
    const logins = [...new Set(state.otherSessions)].join(', ');
    return `Someone is connected to the database "${database}" (${logins}); close Clientbook on every workstation first, so nobody works on the office book while it is replaced.`;
  }
  return null;
}

/**
 * The office's logins and who they become in the moved book: each set-up member (office:init's
 * first admin) is found in the moved team by email, and must be an active member there.
 */
function matchSignIns(
  state: OfficeBookState,
  source: BookReader,
  from: string,
): { pairs: [string, string][]; signIns: MoveInReport['signIns'] } {
  const byEmail = new Map<string, TeamMember>();
  for (const member of source.all('teamMembers')) if (member.active && member.email) byEmail.set(member.email.toLowerCase(), member);
  const pairs: [string, string][] = [];
  const signIns: MoveInReport['signIns'] = [];
  for (const signIn of state.signIns) {
    const match = signIn.email ? byEmail.get(signIn.email.toLowerCase()) : undefined;
    if (!match) {
      const who = `${signIn.name ?? 'a team member'} (${signIn.email ?? 'no email'})`;
      throw new MoveRefusedError(
        `The office book's sign-in ${signIn.login} belongs to ${who}, who is not an active member of the team in ${from} with that email; add them to the team there (or correct their email), then move the book in.`,
      );
    }
    pairs.push([signIn.memberId, match.id]);
    signIns.push({ login: signIn.login, member: { id: match.id, name: match.name } });
  }
  return { pairs, signIns };
}

function reasonToRefuseSource(store: Store, from: string): string | null {
  const { state } = store;
  if (state.mode === 'read-only') {
    return state.reason === 'newer-version'
      ? `The book in ${from} was saved by a newer version of Clientbook; move it with that version.`
      : `The book in ${from} is damaged (Clientbook put the files it could not read in its quarantine folder); open it in Clientbook and use the recovered book or a backup first, then move it.`;
  }
  if (store.meta.initializedAt === null)
    return `The book in ${from} was never set up (no demo, import or "Start empty"), so there is nothing to move.`;
  return null;
}

/** The data folder's book, opened as Clientbook opens it (taking the folder's lock), and only if it is whole, current and set up. */
async function openSource(from: string): Promise<Store> {
  const entries = await readdir(from).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (!entries?.includes(snapshotFileName) && !entries?.includes(journalFileName)) {
    throw new MoveRefusedError(`${from} holds no Clientbook book; give the data folder itself (the one holding ${snapshotFileName}).`);
  }
  let store: Store;
  try {
    store = await Store.open({ dataDir: from });
  } catch (error) {
    if (error instanceof StoreLockedError) {
      const where = error.holder.computer ? ` on ${error.holder.computer}` : '';
      throw new MoveRefusedError(`The book in ${from} is open in Clientbook${where}; quit Clientbook there first, then move the book.`);
    }
    if (unwritableDataFolder(error, from)) {
      throw new MoveRefusedError(
        `The book in ${from} cannot be moved from where it is: the folder is read-only or closed to this user account, and Clientbook must mark it in use while it is moved.`,
      );
    }
    throw error;
  }
  const refusal = reasonToRefuseSource(store, from);
  if (refusal) {
    await store.close();
    throw new MoveRefusedError(refusal);
  }
  return store;
}

/**
 * Streams the data folder's audit trail into the moved trail, entry for entry as written, a batch at
 * a time. The trail was verified just before, under the folder's lock; it must still end where it did.
 */
async function moveTrail(client: ClientBase, from: string, end: { n: number; hash: string }): Promise<void> {
  const lines = readline.createInterface({ input: createReadStream(path.join(from, auditFileName)), crlfDelay: Infinity });
  let batch: AuditEntry[] = [];
  let last = { n: 0, hash: '' };
  for await (const line of lines) {
    const entry = decodeAuditLine(line);
    if (!entry) throw new MoveRefusedError(`The audit trail in ${from} changed while it was being moved, so nothing was moved.`);
    batch.push(entry);
    last = { n: entry.n, hash: entry.hash };
    if (batch.length === recordsPerBatch) {
      await insertMovedTrail(client, batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insertMovedTrail(client, batch);
  if (last.n !== end.n || last.hash !== end.hash) {
    throw new MoveRefusedError(`The audit trail in ${from} changed while it was being moved, so nothing was moved.`);
  }
}

/**
 * Moves the local book in data folder `from` into the office book `client` is connected to, as the
 * database user who set it up, which must hold nothing but its set-up (office:init's first change).
 *
 * - The folder is opened with Store.open, which takes its lock (a running Clientbook makes this
 *   refuse), and read only through the store; a damaged, newer, read-only or never set-up book is
 *   refused. Its audit trail must verify and each issued packet's PDF must have its recorded SHA-256.
 * - In one transaction, as one change (`changes.kind` 'move-in', no ops: the book is in the tables):
 *   the set-up book's records and single objects are replaced by the folder's, a batch of records
 *   per statement; the packets' PDFs go into `packets`; the folder's trail goes verbatim into
 *   `moved_audit`; the move's own entry follows the set-up's in `audit`, naming the moved trail's
 *   last entry. Each office login (office:init's first admin) is pointed at the member of the moved
 *   team with the same email, whose record replaces the set-up's.
 * - Before committing, the moved trail is re-hashed from the database and the book read back: its
 *   fingerprint must equal the folder's, or the transaction is rolled back.
 *
 * Refusals throw MoveRefusedError and change nothing, in the database or in the folder.
 */
export async function moveBookIn(client: ClientBase, options: { from: string; now?: () => Date }): Promise<MoveInReport> {
  const from = path.resolve(options.from);
  const now = options.now ?? (() => new Date());
  const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
  const target = await readOfficeBookState(client);
  const refusal = reasonToRefuseTarget(target, database);
  if (refusal) throw new MoveRefusedError(refusal);

  const store = await openSource(from);
  try {
    const verdict = await store.verifyAuditTrail();
    if (!verdict.ok) {
      throw new MoveRefusedError(
        `The audit trail of the book in ${from} does not check out (${describeVerdict(verdict)}), so it was not moved; Activity → Check the trail in Clientbook shows more.`,
      );
    }
    const trailEnd = store.auditAnchor ?? { n: 0, hash: '' };
    const packets = [...store.all('issuedPackets')];
    for (const packet of packets) await packetFromFolder(store, packet);
    const { pairs, signIns } = matchSignIns(target!, store, from);
    const folderPrint = bookFingerprint(store);

    await migrateOffice(client);
    return await inTransaction(client, 'BEGIN', async () => {
      // Checked again with the log's head locked: from here on nobody can change the book.
      await lockBookHead(client);
      const again = reasonToRefuseTarget(await readOfficeBookState(client), database);
      if (again) throw new MoveRefusedError(again);
      const seq = await takeChangeNumber(client);

      await clearBook(client);
      await withoutAdminCheck(client, async () => {
        let batch: { c: CollectionName; data: StoredRecord }[] = [];
        for (const name of collectionNames) {
          for (const record of store.all(name)) {
            batch.push({ c: name, data: record as unknown as StoredRecord });
            if (batch.length === recordsPerBatch) {
              await insertRecords(client, seq, batch);
              batch = [];
            }
          }
        }
        if (batch.length > 0) await insertRecords(client, seq, batch);
      });
      await insertSingletons(client, { settings: store.settings, meta: store.meta });
      await setBookFormat(client, currentSchemaVersion);
      await repointSignIns(client, pairs);
      for (const packet of packets) {
        await keepPacket(client, packet, await packetFromFolder(store, packet));
      }
      await moveTrail(client, from, trailEnd);

      const { rows } = await client.query<{ login: string }>('SELECT session_user AS login');
      await writeChange(
        client,
        { seq, at: now().toISOString(), actor: rows[0]!.login, ops: [] },
        { trail: await readTrailHead(client), kind: 'replace', changes: [movedTrailChange(trailEnd)] },
      );
      await markMoveIn(client, seq);

      const moved = await verifyAuditEntries(
        readTrail(client, 'moved_audit'),
        packetAnchors(packets, () => true),
        trailEnd,
      );
      if (!moved.ok) throw new Error(`the moved audit trail does not re-hash as written: ${describeVerdict(moved)}`);
      const digests = await packetDigests(client);
      for (const packet of packets) {
        const digest = digests.get(packet.id);
        if (digest?.recorded !== packet.sha256 || digest.actual !== packet.sha256)
          throw new Error(`packet ${packet.id} did not arrive whole`);
      }
      const officePrint = bookFingerprint(new ImageReader(await readBookInTransaction(client)));
      if (officePrint !== folderPrint) {
        throw new MoveRefusedError(
          `The office book's fingerprint (${officePrint}) differs from the book in the folder (${folderPrint}), so the move was undone: the office database is as it was and nothing in ${from} was changed.`,
        );
      }
      return {
        database,
        locale: store.settings.locale,
        seq,
        counts: { collections: countsOf(store), packets: packets.length, trailEntries: trailEnd.n, movedTrailEntries: 0 },
        movedTrailEnd: trailEnd,
        signIns,
        fingerprints: { folder: folderPrint, office: officePrint },
      };
    });
  } catch (error) {
    if (error instanceof DatabaseError && error.code === '22P05') {
      throw new MoveRefusedError(
        `The book in ${from} holds a character the office database cannot store (a null character), so nothing was moved.`,
      );
    }
    throw error;
  } finally {
    await store.close();
  }
}

/** Refuses a folder that holds anything: a copy goes only into a new, empty one. */
async function refuseUnlessEmpty(to: string): Promise<void> {
  const entries = await readdir(to).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0)
    throw new MoveRefusedError(`${to} already holds files; choose a new, empty folder, so nothing in it is replaced.`);
}

/** Writes a trail's entries as the lines of a trail file; returns where it ends. */
async function writeTrailFile(
  file: string,
  entries: AsyncIterable<AuditEntry>,
): Promise<{ n: number; seq: number; hash: string; bytes: number }> {
  const end = { n: 0, seq: 0, hash: '', bytes: 0 };
  await writeFileAtomically(
    file,
    async (write) => {
      for await (const entry of entries) {
        const { hash, ...written } = entry;
        const line = Buffer.from(encodeAuditEntry(written).line, 'utf8');
        await write(line);
        Object.assign(end, { n: entry.n, seq: entry.seq, hash, bytes: end.bytes + line.length });
      }
    },
    { overwrite: false },
  );
  return end;
}

/**
 * Copies the office book `client` can read into `to`, a new or empty folder, as a local book: the
 * records and single objects as of one moment (one read-only transaction), each issued packet's PDF
 * at its recorded path, and the office trail as the new book's audit trail (the new book continues
 * its chain; its snapshot keeps its end), the moved trail, if the office book has one, beside it as
 * `movedTrailFileName`. Both trails must verify and every packet be whole before anything is
 * written. The new folder is then opened with Store.open and its fingerprint compared with the
 * office book's. Refusals throw MoveRefusedError, with the folder left as it was; the office book
 * is only read.
 */
export async function copyBookOut(client: ClientBase, options: { to: string }): Promise<CopyOutReport> {
  const to = path.resolve(options.to);
  await refuseUnlessEmpty(to);
  const copied = await inTransaction(client, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async () => {
    const state = await readOfficeBookState(client);
    const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
    if (!state) throw new MoveRefusedError(`The database "${database}" holds no Clientbook office book, so there is nothing to copy out.`);
    if (state.schema > currentOfficeSchemaVersion || state.format > currentSchemaVersion) {
      throw new MoveRefusedError(
        `The office book in "${database}" was saved by a newer version of Clientbook; copy it out with that version.`,
      );
    }
    if (state.schema < currentOfficeSchemaVersion) {
      throw new MoveRefusedError(
        `The office book in "${database}" was set up by an older version of Clientbook and needs updating before this one can copy it out; ask whoever set it up.`,
      );
    }
    const image = await readBookInTransaction(client);
    const book = new ImageReader(image);
    const officePrint = bookFingerprint(book);
    const packets = [...book.all('issuedPackets')];

    const madeBeforeTheMove = await packetsMadeBeforeTheMove(client);
    const found: { movedEnd: { n: number; hash: string } | null } = { movedEnd: null };
    const office = await verifyAuditEntries(
      readTrail(client, 'audit'),
      packetAnchors(packets, (packet) => !madeBeforeTheMove.has(packet.id)),
      null,
      (entry) => (found.movedEnd = movedTrailEndOf(entry) ?? found.movedEnd),
    );
    if (!office.ok) {
      throw new MoveRefusedError(
        `The office book's audit trail does not check out (${describeVerdict(office)}), so the book was not copied out.`,
      );
    }
    const moved = await verifyAuditEntries(
      readTrail(client, 'moved_audit'),
      packetAnchors(packets, (packet) => madeBeforeTheMove.has(packet.id)),
      found.movedEnd ?? { n: 0, hash: '' },
    );
    if (!moved.ok) {
      throw new MoveRefusedError(
        `The audit trail the office book was moved in with does not check out (${describeVerdict(moved)}), so the book was not copied out.`,
      );
    }
    const digests = await packetDigests(client);
    for (const packet of packets) {
      const digest = digests.get(packet.id);
      if (!digest || digest.recorded !== packet.sha256 || digest.actual !== packet.sha256) {
        throw new MoveRefusedError(
          `The office database ${digest ? 'holds a PDF that is not the one issued' : 'holds no PDF'} for the packet "${packet.fileName}", so the book was not copied out.`,
        );
      }
      checkPacketPath(packet, 'the book was not copied out');
    }

    // Everything checked: now the new folder. Its snapshot is written last, so until then it holds no book.
    await mkdir(to, { recursive: true });
    const packetFiles = new FolderPacketFiles(to);
    for (const packet of packets) await packetFiles.keep(packet, (await readPacket(client, packet))!);
    if (moved.entries > 0) await writeTrailFile(path.join(to, movedTrailFileName), readTrail(client, 'moved_audit'));
    const trailEnd = await writeTrailFile(path.join(to, auditFileName), readTrail(client, 'audit'));
    if (trailEnd.n > 0) image.singletons.auditHead = trailEnd;
    image.seq = Math.max(image.seq, trailEnd.seq);
    await writeImageToDataDir(to, image);
    return {
      database,
      locale: book.settings.locale,
      counts: { collections: countsOf(book), packets: packets.length, trailEntries: office.entries, movedTrailEntries: moved.entries },
      officePrint,
    };
  });

  // Checked again as Clientbook will read it: the book, and each packet's PDF against its record.
  const copy = await Store.open({ dataDir: to });
  let folderPrint: string;
  let wholePackets = true;
  try {
    folderPrint = bookFingerprint(copy);
    for (const packet of copy.all('issuedPackets')) {
      const bytes = await copy.packetFiles.read(packet);
      wholePackets &&= bytes !== null && sha256(bytes) === packet.sha256;
    }
  } finally {
    await copy.close();
  }
  if (folderPrint !== copied.officePrint || !wholePackets) {
    throw new MoveRefusedError(
      folderPrint !== copied.officePrint
        ? `The copy in ${to} does not match the office book (its fingerprint is ${folderPrint}, the office book's ${copied.officePrint}); do not use it: remove that folder and copy the book out again.`
        : `The copy in ${to} lacks a packet's PDF as it was issued; do not use it: remove that folder and copy the book out again.`,
    );
  }
  return {
    database: copied.database,
    locale: copied.locale,
    counts: copied.counts,
    fingerprints: { office: copied.officePrint, folder: folderPrint },
  };
}

/**
 * The counts as the commands print them: one line per collection, then packets and trail entries,
 * each number written by the firm's region as the backend's English sentences are (1,23,456 in India).
 */
export function describeCounts(counts: MovedCounts, locale: string): string[] {
  const format = englishFormat({ locale });
  const number = (n: number) => format.number(n);
  const width = 'moved-in trail entries'.length;
  return [
    ...collectionNames.map((name) => `  ${name.padEnd(width)}  ${number(counts.collections[name]).padStart(9)}`),
    `  ${'packet PDFs'.padEnd(width)}  ${number(counts.packets).padStart(9)}`,
    `  ${'audit trail entries'.padEnd(width)}  ${number(counts.trailEntries).padStart(9)}`,
    ...(counts.movedTrailEntries > 0
      ? [`  ${'moved-in trail entries'.padEnd(width)}  ${number(counts.movedTrailEntries).padStart(9)}`]
      : []),
  ];
}
