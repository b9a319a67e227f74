import type { Actor } from '../../../shared/contract';
import type { MemberAccess, MemberRef, Settings } from '../../../shared/model';
import type { OneTimeAccess, SignedIn } from '../office/sign-ins';
import type { BackupInfo, BackupReason } from '../../../shared/model/app';
import type { AuditEntry, AuditVerdict } from '../../../shared/model/audit';
import type { BookMeta, CollectionName, CollectionTypes } from './book';
import type { PacketFiles } from './packet-files';
import type { Plan, StoreState } from './store';
import type { StoreImage } from './snapshot';

/**
 * Who a change is recorded against: the computer account and the team member chosen at that
 * workstation, or an account alone (the app itself, tools, tests).
 */
export type Who = Actor | string;

/** Writes content a chunk at a time, so a large book or trail never has to be one string. */
export type Content = (write: (chunk: Uint8Array) => Promise<void>) => Promise<void>;

/**
 * Reading the book: synchronous, from the copy of the whole book every store keeps in memory, so
 * every screen is as fast with an office database as with the local book.
 */
export interface BookReader {
  get<K extends CollectionName>(collection: K, id: string): CollectionTypes[K] | undefined;
  all<K extends CollectionName>(collection: K): IterableIterator<CollectionTypes[K]>;
  count(collection: CollectionName): number;
  /** Records whose indexed `field` equals `key`, e.g. `byIndex('people', 'clientId', id)`. */
  byIndex<K extends CollectionName>(collection: K, field: keyof CollectionTypes[K] & string, key: unknown): CollectionTypes[K][];
  readonly settings: Settings;
  readonly meta: BookMeta;
  /**
   * A record's version as this copy knows it: the number of the change that last wrote it since the
   * copy was loaded (0: none since). A form sends back the version it showed; a different one now
   * means someone changed the record in between.
   */
  versionOf(collection: CollectionName, id: string): number;
  /** Who last changed the record, and when, since the copy was loaded; null when nobody has. */
  lastChangeOf(collection: CollectionName, id: string): RecordChange | null;
}

/** One committed change as a record's version remembers it. */
export interface RecordChange {
  seq: number;
  at: string;
  /** The computer account (local book) or the office login. */
  actor: string;
  member?: MemberRef;
}

/** Changing the book: one change at a time, acknowledged only once it is durable. */
export interface BookWriter {
  /**
   * Runs `plan` against the current book; its ops are checked against the record schemas and made
   * durable, and only then applied to the copy in memory. If `plan` throws or the write fails,
   * nothing changes and the caller gets a typed error.
   */
  mutate<T>(actor: Who, plan: () => Plan<T>): Promise<T>;
  /** Called with the names of the collections each committed change touched; returns the unsubscribe function. */
  onChange(listener: (collections: string[]) => void): () => void;
}

/** One page of the audit trail, newest first: a household's, or the whole firm's. */
export interface AuditQuery {
  limit: number;
  beforeN?: number;
  clientId?: string;
}

/** Where a book is kept: the data folder on this computer, or an office database (never its password). */
export type BookLocation = { kind: 'folder' } | { kind: 'office'; server: string; database: string; login: string };

/** Team members' own sign-ins to the office database (see office/sign-ins.ts). */
export interface SignIns {
  /** Who this workstation is signed in as (read again at every reconnection). */
  signedIn: SignedIn;
  list(): Promise<MemberAccess[]>;
  give(member: MemberRef, admin: boolean): Promise<OneTimeAccess>;
  revoke(memberId: string): Promise<void>;
  /** Replaces the signed-in login's password; reconnections use the new one. */
  setOwnPassword(password: string): Promise<void>;
}

/** The whole book at once: its state, backups, restores, recovery, and the audit trail. */
export interface BookKeeping {
  readonly state: StoreState;
  readonly location: BookLocation;
  /** Issued packets' PDFs, kept with the book. */
  readonly packetFiles: PacketFiles;
  /** The office book's sign-ins; null for the local book. */
  readonly signIns: SignIns | null;
  /** The number of the last change the copy in memory holds. */
  readonly seq: number;
  /** Folds pending changes into the book's saved form (the local book's snapshot). */
  compact(): Promise<void>;
  close(): Promise<void>;

  listBackups(): Promise<BackupInfo[]>;
  backupNow(reason?: BackupReason): Promise<BackupInfo>;
  /** A listed backup's content and the audit trail's whole entries, for a copy kept somewhere else. */
  backupCopy(file: string): { book: Content; trail: Content };
  restoreBackup(file: string, actor?: Who): Promise<void>;
  restoreBackupFile(file: string, actor?: Who): Promise<void>;
  /**
   * Replaces the whole book in one step after a backup taken with `reason`; `build` receives that
   * backup's name and returns the new collections and single objects, every record already checked.
   */
  replaceBook<T>(
    reason: BackupReason,
    actor: Who,
    build: (backupFile: string) => { collections: StoreImage['collections']; singletons: StoreImage['singletons']; result: T },
  ): Promise<T>;
  /**
   * Makes the change `plan` returns so that it can be taken back as one later (an import); `plan`
   * receives the name of what takes it back, to keep with the change. The local book takes a backup
   * with `reason` first, and taking back restores it: the whole book as it was. The office book,
   * where colleagues keep working, keeps the change's inverse, and taking back undoes just that
   * change, refused while anything it touched has been changed since.
   */
  mutateUndoable<T>(who: Who, reason: BackupReason, plan: (undo: string) => Plan<T>): Promise<T>;
  takeBack(undo: string, who: Who): Promise<void>;
  /** After a damaged start, makes the recovered book (shown read-only until then) the data. */
  acceptRecovery(actor?: Who): Promise<void>;

  readAudit(query: AuditQuery): Promise<{ entries: AuditEntry[]; hasMore: boolean }>;
  verifyAuditTrail(): Promise<AuditVerdict>;
  /** Where the audit trail ends now, to keep outside it (an issued packet's record); null before its first entry. */
  readonly auditAnchor: { n: number; hash: string } | null;
}

/**
 * What services may use of a store, and all they may use: the local book (`Store`, LowDB with a
 * journal) implements it, and so will the office database. No file paths cross it.
 */
export interface BookStore extends BookReader, BookWriter, BookKeeping {}
