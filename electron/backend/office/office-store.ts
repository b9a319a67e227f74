import { randomUUID } from 'node:crypto';
import { Client, DatabaseError, type ClientConfig } from 'pg';
import type { BackupInfo, BackupReason } from '../../../shared/model/app';
import type { AuditAnchor, AuditEntry, AuditVerdict } from '../../../shared/model/audit';
import { AppError } from '../../../shared/errors';
import { message, type Message } from '../../../shared/messages';
import { englishFormat } from '../../../shared/domain/locale-format';
import { movedTrailEndOf, verifyAuditEntries } from '../store/audit-log';
import { wholeBookChange } from '../store/book';
import { BookCopy, bookIndexes, checkOp, recordedAs, touchedBy } from '../store/book-copy';
import type { AuditQuery, BookLocation, BookStore, Content, SignIns, Who } from '../store/book-store';
import type { PacketFiles } from '../store/packet-files';
import { readOnlyError } from '../store/errors';
import { currentSchemaVersion } from '../store/migrations';
import { describeOps, inverseOps } from '../store/replay';
import type { Op } from '../store/journal';
import type { StoreImage } from '../store/snapshot';
import { silentLogger, type Logger } from '../logger';
import type { Plan, StoreState } from '../store/store';
import {
  changesAfter,
  changesChannel,
  discardPacket,
  keepPacket,
  readPacket,
  keepUndo,
  laterChangeTouching,
  markTakenBack,
  readUndo,
  readBook,
  readTrailHead,
  readTrail,
  readTrailPage,
  takeChangeNumber,
  writeChange,
  type LoggedChange,
  type TrailHead,
} from './book-tables';
import { currentOfficeSchemaVersion } from './migrations';
import { OfficeUnavailableError } from './office-unavailable';
import { packetsMadeBeforeTheMove } from './move';
import { WorkstationCache } from './workstation-cache';
import { giveAccess, listAccess, readSignedIn, revokeAccess, setOwnPassword, signInRefusal } from './sign-ins';

export interface OfficeStoreOptions {
  /** node-postgres settings: host, port, database, user, password, ssl (or a connectionString). */
  connection: ClientConfig;
  now?: () => Date;
  log?: Logger;
  /** The first wait before trying to reach a lost database again; it doubles up to `reconnectMaxMs`. */
  reconnectMs?: number;
  reconnectMaxMs?: number;
  /**
   * This workstation's data folder, where its copy of the book is kept (see WorkstationCache): a
   * start then reads only the changes since, and can show the book when the database is out of
   * reach. Without it every start reads the whole book.
   */
  copyFolder?: string;
  /** Write the copy this long after the last change (and at close). */
  copyAfterMs?: number;
}

/** The change log holds a whole book moved in: the copy cannot follow it change by change. */
class BookMovedInError extends Error {}

/** SQLSTATE classes of a connection that broke or a server that is going away, rather than a refused statement. */
const connectionLostClasses = new Set(['08', '57']);

function isRefusal(error: unknown): error is DatabaseError {
  return error instanceof DatabaseError && typeof error.code === 'string' && !connectionLostClasses.has(error.code.slice(0, 2));
}

/** Changes the office database cannot take from this workstation, in one sentence each. */
function refusalOf(error: DatabaseError): AppError | null {
  if (error.code === '42501') {
    // The book's own admin-only trigger says what was refused; a missing grant says it in PostgreSQL's words.
    const said = /^Only an admin can change /.test(error.message) ? error.message.slice(0, -1) : null;
    return new AppError('FORBIDDEN', said ? message('office.adminOnly', { refusal: said }) : message('office.mayNotChange'));
  }
  if (error.code === '22P05' || error.code === '22021') {
    return new AppError('INVALID_INPUT', message('office.cannotStoreCharacter'));
  }
  return null;
}

const notOnTheDatabase = (what: Message) => new AppError('UNAVAILABLE', message('office.keptByDatabase', { what }));

/**
 * The book kept in the office's PostgreSQL database. Like the local book it holds the whole book in
 * memory, so every read is as fast; it keeps that copy current from the database's change log,
 * which it hears of by LISTEN/NOTIFY. A change is one transaction: it takes the next number in the
 * log (which makes writers take turns), is planned on the book as of the change before, and is
 * acknowledged once committed. When the database cannot be reached the
 * store is read-only, keeps showing the book, and reconnects by itself.
 */
export class OfficeStore extends BookCopy implements BookStore {
  protected image: StoreImage;
  protected readonly indexes = bookIndexes();
  private readonly listeners = new Set<(collections: string[]) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private db: Client | null = null;
  private listener: Client | null = null;
  private stateValue: StoreState = { mode: 'writable' };
  private trail: TrailHead = { n: 0, hash: '' };
  /** The login this workstation signed in as: what the database writes as every entry's actor. */
  private login = '';
  private server = '';
  private database = '';
  private followScheduled = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private copyTimer: NodeJS.Timeout | undefined;
  /** The copy in memory differs from the one in the workstation's folder. */
  private copyIsBehind = false;
  private readonly copy: WorkstationCache | null;
  /** Which book the database holds (when it was set up), and which one the copy in memory is of. */
  private bookId: string | null = null;
  private loadedBookId: string | null = null;
  private reconnectDelay: number;
  private closed = false;
  private readonly now: () => Date;
  private readonly log: Logger;

  private constructor(private readonly options: OfficeStoreOptions) {
    super();
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? silentLogger;
    this.reconnectDelay = options.reconnectMs ?? 1000;
    this.image = { schemaVersion: currentSchemaVersion, seq: 0, savedAt: null, collections: {}, singletons: {} };
    const where = new Client(options.connection);
    this.copy = options.copyFolder
      ? new WorkstationCache(
          options.copyFolder,
          { server: `${where.host}:${where.port}`, database: where.database ?? '' },
          this.now,
          this.log,
        )
      : null;
  }

  /**
   * Connects and loads the book: from this workstation's copy and the changes since when it has
   * one of this book, else whole. When the database cannot be reached and there is a copy, opens
   * read-only on it and reconnects by itself. Throws OfficeUnavailableError otherwise (or when the
   * database is not an office book, or refuses the sign-in).
   */
  static async open(options: OfficeStoreOptions): Promise<OfficeStore> {
    const store = new OfficeStore(options);
    try {
      try {
        await store.connect();
      } catch (error) {
        const copy = isOutOfReach(error) ? await store.copy?.read(null) : null;
        if (!copy) throw error;
        store.useCopy(copy.image, copy.facts);
        store.stateValue = { mode: 'read-only', reason: 'unreachable' };
        store.log.warn('The office database cannot be reached; showing this workstation’s copy of the book, read-only, and reconnecting.');
        store.scheduleReconnect();
        return store;
      }
      const copy = await store.copy?.read(store.bookId);
      if (copy) {
        store.useCopy(copy.image, copy.facts);
        const copied = store.seq;
        await store.catchUp();
        store.log.info(`Opened the office book from this workstation’s copy and the ${store.seq - copied} changes since.`);
        if (store.seq !== copied) store.scheduleCopy();
      } else {
        await store.load();
        store.scheduleCopy();
      }
    } catch (error) {
      await store.close();
      if (error instanceof OfficeUnavailableError) throw error;
      throw new OfficeUnavailableError(describeConnectError(error), { cause: error });
    }
    return store;
  }

  get state(): StoreState {
    return this.stateValue;
  }

  /** Issued packets' PDFs: rows of `clientbook.packets`, with their SHA-256, in turn with changes. */
  readonly packetFiles: PacketFiles = {
    keep: (place, bytes) =>
      this.enqueue(async () => {
        try {
          await keepPacket(this.writableConnection(), place, bytes);
        } catch (error) {
          throw this.failure(error, false);
        }
      }),
    read: (place) => this.enqueue(() => readPacket(this.connection(), place)),
    discard: (place) => this.enqueue(() => discardPacket(this.connection(), place)),
  };

  /** Sign-ins, through the functions the database restricts to admins (office/sign-ins.ts). */
  readonly signIns: SignIns = {
    signedIn: { login: '', memberId: null, admin: false, mustChangePassword: false },
    list: () => this.withSignIns((db) => listAccess(db)),
    give: (member, admin) => this.withSignIns((db) => giveAccess(db, member, { admin, now: this.now() })),
    revoke: (memberId) => this.withSignIns((db) => revokeAccess(db, memberId)),
    setOwnPassword: (password) =>
      this.withSignIns(async (db) => {
        await setOwnPassword(db, password);
        // Reconnecting after a lost connection signs in again: with the new password from now on.
        this.options.connection.password = password;
        this.signIns.signedIn = { ...this.signIns.signedIn, mustChangePassword: false };
      }),
  };

  get location(): BookLocation {
    return { kind: 'office', server: this.server, database: this.database, login: this.login };
  }

  onChange(listener: (collections: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Takes the next number in the change log first (colleagues' writers wait for it), brings the copy
   * up to the change before it, and only then runs `plan`: a change is always planned on the
   * current book, so it never writes over a colleague's.
   */
  mutate<T>(who: Who, plan: () => Plan<T>): Promise<T> {
    return this.transact(who, async () => plan());
  }

  /** The change, with its inverse kept in the database (table `undo`) under a new name that `plan` receives. */
  mutateUndoable<T>(who: Who, _reason: BackupReason, plan: (undo: string) => Plan<T>): Promise<T> {
    const undo = `undo_${randomUUID()}`;
    return this.transact(who, async () => ({
      ...plan(undo),
      // Before the change is applied to the copy: the inverse puts back what is there now.
      alsoWrite: (db, seq, ops) => keepUndo(db, undo, seq, inverseOps(this.image, ops)),
    }));
  }

  /**
   * Takes back a change kept by mutateUndoable, as a change of its own, unless a later change
   * touched any of the same records or settings: then nothing changes and CONFLICT names who.
   */
  takeBack(undo: string, who: Who): Promise<void> {
    return this.transact(who, async (db, seq) => {
      const kept = await readUndo(db, undo);
      if (!kept) throw new AppError('NOT_FOUND', message('office.nothingToUndo'));
      if (kept.takenBackSeq !== null) throw new AppError('CONFLICT', message('office.undoneAlready'));
      const since = await laterChangeTouching(db, kept.seq, kept.ops);
      if (since) {
        // As every backend sentence writes a time: the firm's region and time zone, not this computer's.
        const at = { instant: since.at, english: englishFormat(this.settings).dateTime(since.at) };
        throw new AppError('CONFLICT', message('office.changedSince', { who: since.member?.name ?? since.actor, at }));
      }
      return { ops: kept.ops, result: undefined, alsoWrite: (client) => markTakenBack(client, undo, seq) };
    });
  }

  /**
   * One change as one transaction: takes the next number, catches the copy up to the change before
   * it, asks `work` for the ops (on the current book), writes them with the trail entry and
   * anything `alsoWrite` adds, commits, and only then applies them to the copy.
   */
  private transact<T>(
    who: Who,
    work: (db: Client, seq: number) => Promise<Plan<T> & { alsoWrite?: (db: Client, seq: number, ops: Op[]) => Promise<void> }>,
  ): Promise<T> {
    return this.enqueue(async () => {
      const db = this.writableConnection();
      const { member } = recordedAs(who);
      let committing = false;
      try {
        await db.query('BEGIN');
        const seq = await takeChangeNumber(db);
        if (seq !== this.seq + 1) this.apply(await changesAfter(db, this.seq, seq - 1, Number.MAX_SAFE_INTEGER));
        const { ops, result, alsoWrite } = await work(db, seq);
        if (ops.length === 0) {
          await db.query('ROLLBACK');
          return result;
        }
        const checked = ops.map(checkOp);
        const change: LoggedChange = { seq, at: this.now().toISOString(), actor: this.login, ...(member && { member }), ops: checked };
        const changes = describeOps(this.image, checked);
        const trail = await writeChange(db, change, { trail: await readTrailHead(db), kind: 'change', changes });
        await alsoWrite?.(db, seq, checked);
        committing = true;
        await db.query('COMMIT');
        this.applyChange(change);
        this.trail = trail;
        this.scheduleCopy();
        this.emit(touchedBy(checked));
        return result;
      } catch (error) {
        await db.query('ROLLBACK').catch(() => undefined);
        if (error instanceof BookMovedInError) {
          // Read again whole once this change is out of the queue; this one is refused, not planned on the old book.
          this.follow();
          throw new AppError('CONFLICT', message('office.bookReplaced'));
        }
        throw this.failure(error, committing);
      }
    });
  }

  /** Nothing to fold: the database holds the book itself. */
  async compact(): Promise<void> {}

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.copyTimer);
    await this.queue;
    await this.writeCopy();
    await this.disconnect();
  }

  async listBackups(): Promise<BackupInfo[]> {
    return [];
  }

  backupNow(): Promise<BackupInfo> {
    return Promise.reject(notOnTheDatabase(message('office.backingUp')));
  }

  backupCopy(): { book: Content; trail: Content } {
    throw notOnTheDatabase(message('office.copyingBackup'));
  }

  restoreBackup(): Promise<void> {
    return Promise.reject(notOnTheDatabase(message('office.restoringBackup')));
  }

  restoreBackupFile(): Promise<void> {
    return Promise.reject(notOnTheDatabase(message('office.restoringBackup')));
  }

  replaceBook<T>(): Promise<T> {
    return Promise.reject(notOnTheDatabase(message('office.replacingBook')));
  }

  acceptRecovery(): Promise<void> {
    return Promise.reject(new AppError('CONFLICT', message('backups.noRecoveredBook')));
  }

  readAudit(query: AuditQuery): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
    return this.enqueue(() => readTrailPage(this.connection(), query));
  }

  /**
   * Checks the whole trail in the database, entry by entry, against the ends kept in issued
   * packets; and for a book moved in from a folder, the trail it brought (`moved_audit`), which must
   * end where the move's entry says, against the packets made before the move.
   */
  verifyAuditTrail(): Promise<AuditVerdict> {
    const packets = [...this.all('issuedPackets')];
    return this.enqueue(async () => {
      const db = this.connection();
      const madeBefore = await packetsMadeBeforeTheMove(db);
      const anchorsOf = (moved: boolean): AuditAnchor[] =>
        packets.flatMap((packet) =>
          packet.auditAnchor && madeBefore.has(packet.id) === moved ? [{ ...packet.auditAnchor, source: 'packet' as const }] : [],
        );
      let movedEnd: { n: number; hash: string } | null = null;
      const office = await verifyAuditEntries(readTrail(db, 'audit'), anchorsOf(false), null, (entry) => {
        movedEnd ??= movedTrailEndOf(entry);
      });
      if (!office.ok) return office;
      const moved = await verifyAuditEntries(readTrail(db, 'moved_audit'), anchorsOf(true), movedEnd ?? { n: 0, hash: '' });
      if (!moved.ok) return { ...moved, problem: { ...moved.problem, trail: 'moved' } };
      return { ok: true, entries: office.entries + moved.entries };
    });
  }

  get auditAnchor(): { n: number; hash: string } | null {
    return this.trail.n > 0 ? { ...this.trail } : null;
  }

  /** Two connections: one for reading and writing, one that only listens for colleagues' changes. */
  private async connect(): Promise<void> {
    const db = new Client(this.options.connection);
    const listener = new Client(this.options.connection);
    this.db = db;
    this.listener = listener;
    for (const client of [db, listener]) {
      client.on('error', (error) => this.lost(error));
      client.on('end', () => this.lost(null));
    }
    listener.on('notification', () => this.follow());
    await db.connect();
    await listener.connect();
    // Listening first: a change committed while the book is read is heard of, not missed.
    await listener.query(`LISTEN ${changesChannel}`);
    const { rows } = await db
      .query<{ login: string; schema: number | null; book_id: string | null }>(
        `SELECT session_user AS login,
              (SELECT max(version) FROM clientbook.schema_migrations) AS schema,
              (SELECT created_at::text FROM clientbook.book) AS book_id`,
      )
      .catch((error: unknown) => {
        if (error instanceof DatabaseError && error.code === '42P01') {
          throw new OfficeUnavailableError(
            'That database holds no Clientbook office book: ask whoever set it up to run npm run office:init.',
          );
        }
        throw error;
      });
    this.login = rows[0]!.login;
    this.bookId = rows[0]!.book_id;
    this.server = `${db.host}:${db.port}`;
    this.database = db.database ?? '';
    const schema = rows[0]!.schema ?? 0;
    if (schema > currentOfficeSchemaVersion) this.stateValue = { mode: 'read-only', reason: 'newer-version', fileSchemaVersion: schema };
    if (schema < currentOfficeSchemaVersion) {
      throw new OfficeUnavailableError(
        'The office database was set up by an older version of Clientbook and needs updating before this one can use it: whoever set it up runs npm run office:upgrade.',
      );
    }
    this.signIns.signedIn = await readSignedIn(db);
  }

  private async load(): Promise<void> {
    const { image, format, trail } = await readBook(this.connection());
    if (format > currentSchemaVersion) this.stateValue = { mode: 'read-only', reason: 'newer-version', fileSchemaVersion: format };
    this.image = image;
    this.trail = trail;
    this.loadedBookId = this.bookId;
    this.indexes.rebuild(image.collections);
  }

  private useCopy(image: StoreImage, facts: { bookId: string; trail: TrailHead }): void {
    this.image = image;
    this.trail = facts.trail;
    this.loadedBookId = facts.bookId;
    this.indexes.rebuild(image.collections);
  }

  /** Writes this workstation's copy a while after the last change, in turn with changes so it is whole. */
  private scheduleCopy(): void {
    if (!this.copy || this.closed) return;
    this.copyIsBehind = true;
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => void this.enqueue(() => this.writeCopy()), this.options.copyAfterMs ?? 60_000);
    this.copyTimer.unref();
  }

  private async writeCopy(): Promise<void> {
    if (!this.copy || !this.copyIsBehind || this.loadedBookId === null) return;
    try {
      await this.copy.write(this.image, { bookId: this.loadedBookId, trail: this.trail });
      this.copyIsBehind = false;
    } catch (error) {
      this.log.warn(
        `Could not save this workstation’s copy of the office book (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); the next start reads the whole book.`,
      );
    }
  }

  /**
   * Brings the copy up to the end of the change log: after a notification, or on reconnecting. A
   * whole book moved in since is read again whole.
   */
  private async catchUp(): Promise<void> {
    try {
      for (;;) {
        const changes = await changesAfter(this.connection(), this.seq);
        this.apply(changes);
        if (changes.length < 1000) break;
      }
    } catch (error) {
      if (!(error instanceof BookMovedInError)) throw error;
      await this.load();
      this.scheduleCopy();
      this.emit([...wholeBookChange]);
      return;
    }
    this.trail = await readTrailHead(this.connection());
  }

  /** Applies logged changes that continue the copy's sequence, and tells listeners what they touched. */
  private apply(changes: LoggedChange[]): void {
    const touched = new Set<string>();
    for (const change of changes) {
      if (change.movedIn) throw new BookMovedInError();
      // The log is gapless and commits in order, so this only fails if the log was tampered with: stop here.
      if (change.seq !== this.seq + 1) throw new Error(`the office change log jumps from ${this.seq} to ${change.seq}`);
      this.applyChange(change);
      for (const name of touchedBy(change.ops)) touched.add(name);
    }
    if (touched.size > 0) {
      this.scheduleCopy();
      this.emit([...touched]);
    }
  }

  /** One catch-up waiting in the queue at a time, however many notifications arrive. */
  private follow(): void {
    if (this.followScheduled || this.closed) return;
    this.followScheduled = true;
    void this.enqueue(async () => {
      this.followScheduled = false;
      if (this.stateValue.mode !== 'writable' && !this.db) return;
      await this.catchUp();
    }).catch((error: unknown) => this.log.error(`Could not follow the office change log: ${(error as Error).message}`));
  }

  /** A connection broke: read-only until it is back, trying again with a growing wait. */
  private lost(error: Error | null): void {
    if (this.closed || !this.db) return;
    this.log.warn(`Lost the office database${error ? ` (${(error as NodeJS.ErrnoException).code ?? error.message})` : ''}; reconnecting.`);
    this.stateValue = { mode: 'read-only', reason: 'unreachable' };
    void this.disconnect();
    this.emit([]);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.reconnect(), this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, this.options.reconnectMaxMs ?? 30_000);
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    try {
      await this.enqueue(async () => {
        await this.connect();
        // Another book set up in the database meanwhile (opened on a copy of the old one): read it whole.
        if (this.bookId !== this.loadedBookId) await this.load();
        else await this.catchUp();
      });
    } catch {
      await this.disconnect();
      if (!this.closed) this.scheduleReconnect();
      return;
    }
    this.reconnectDelay = this.options.reconnectMs ?? 1000;
    if (this.stateValue.mode === 'read-only' && this.stateValue.reason === 'unreachable') this.stateValue = { mode: 'writable' };
    this.log.info('Reconnected to the office database.');
    this.emit([]);
  }

  private async disconnect(): Promise<void> {
    const clients = [this.db, this.listener];
    this.db = null;
    this.listener = null;
    await Promise.all(clients.map((client) => client?.end().catch(() => undefined)));
  }

  /** Sign-in work on the connection, in turn with changes; the functions' refusals in their own words. */
  private withSignIns<T>(work: (db: Client) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      try {
        return await work(this.connection());
      } catch (error) {
        throw signInRefusal(error) ?? this.failure(error, false);
      }
    });
  }

  private connection(): Client {
    if (!this.db) throw new AppError('UNAVAILABLE', message('office.unreachable'));
    return this.db;
  }

  private writableConnection(): Client {
    if (this.stateValue.mode === 'read-only' && this.stateValue.reason !== 'unreachable') throw readOnlyError();
    if (this.stateValue.mode !== 'writable' || !this.db) throw new AppError('UNAVAILABLE', message('office.unreachable'));
    return this.db;
  }

  /** What a failed change tells its caller: a refusal in plain words, or that the database went away. */
  private failure(error: unknown, committing: boolean): unknown {
    if (error instanceof AppError || !(error instanceof Error)) return error;
    if (isRefusal(error)) return refusalOf(error) ?? error;
    if (error.name === 'ZodError') return error;
    this.lost(error);
    return new AppError('UNAVAILABLE', message(committing ? 'office.stoppedWhileSaving' : 'office.unreachableNotSaved'));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private emit(collections: string[]): void {
    for (const listener of this.listeners) listener(collections);
  }
}

/** A server that is down or a network that does not reach it, rather than a refusal (a wrong password, no such database). */
function isOutOfReach(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
    return true;
  return error instanceof DatabaseError && connectionLostClasses.has(error.code?.slice(0, 2) ?? '');
}

/** Why the first connection failed, in one sentence a person can act on; never the password. */
function describeConnectError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === '28P01' || code === '28000') return 'The office database refused the sign-in: check your name and password.';
  if (code === '3D000') return 'There is no such database on the office server: check the database name.';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    return 'The office database cannot be reached: check the server address and that this computer is on the office network.';
  }
  const message = (error as Error).message ?? '';
  if (/does not support SSL/i.test(message)) {
    return 'The office database does not accept encrypted connections. Ask whoever looks after it to turn encryption on, or choose not to encrypt if the server is on this computer.';
  }
  if (code?.includes('CERT') || /certificate/i.test(message)) {
    return 'The office database’s certificate could not be checked. Ask whoever looks after it for a certificate this computer trusts, or choose to encrypt without checking it.';
  }
  return `The office database could not be opened (${code ?? (error as Error).message}).`;
}
