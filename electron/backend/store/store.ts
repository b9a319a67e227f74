import path from 'node:path';
import type { Low } from 'lowdb';
import type { Settings } from '../../../shared/model';
import type { BackupInfo, BackupReason } from '../../../shared/model/app';
import type { AuditAnchor, AuditEntry, AuditKind, AuditVerdict } from '../../../shared/model/audit';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message, type Message } from '../../../shared/messages';
import { wholeBookChange, type BookMeta, type CollectionName, type CollectionTypes } from './book';
import { BookCopy, checkOp, recordedAs, touchedBy } from './book-copy';
import {
  AuditLog,
  auditFileName,
  movedTrailEndOf,
  movedTrailFileName,
  packetsCreatedIn,
  readAuditEntries,
  readAuditNewestFirst,
  verifyAuditFile,
} from './audit-log';
import { auditCheckpointOf, keptAnchorsKey, keptAnchorsOf } from './audit-anchors';
import type { AuditQuery, BookStore, Content, Who } from './book-store';
import type { Logger } from '../logger';
import type { Backups } from './backups';
import { emptyImage, fileExists, journalFileName, snapshotFileName } from './data-folder';
import { copyOf, writeFileAtomically } from './durable-fs';
import { readOnlyError, storageFailed } from './errors';
import { Journal, type JournalEntry, type Op } from './journal';
import { FolderPacketFiles, type PacketFiles } from './packet-files';
import { describeOps } from './replay';
import type { Indexes } from './indexes';
import { OpenProgress } from './open-progress';
import { readDataFolder, type OpenedFolder, type StoreOptions, type StoreState } from './open';
import { Pacer } from './pacer';
import { currentSchemaVersion, migrate } from './migrations';
import { readAuditCheckpoint, readSnapshotFile, SnapshotAdapter, type StoredRecord, type StoreImage } from './snapshot';
import { nodeFs, type StoreFs } from './store-fs';
import { describeInvalidRecord, findInvalidRecord, unreadableBookFile } from './validate';

export { journalFileName, snapshotFileName } from './data-folder';
export type { StoreOptions, StoreState } from './open';

export function putOp<K extends CollectionName>(collection: K, record: CollectionTypes[K]): Op {
  return { t: 'put', c: collection, v: record as unknown as StoredRecord };
}
export function delOp(collection: CollectionName, id: string): Op {
  return { t: 'del', c: collection, id };
}
export function setSettingsOp(settings: Settings): Op {
  return { t: 'set', k: 'settings', v: settings };
}
export function setMetaOp(meta: BookMeta): Op {
  return { t: 'set', k: 'meta', v: meta };
}

/** A book file as written: its change number and when it was saved, as its header line says. */
export interface SavedSnapshot {
  seq: number;
  savedAt: string;
}

export interface Plan<T> {
  ops: Op[];
  result: T;
}

/** Who a change is recorded against when the app makes it on its own (no caller). */
export const systemActor = 'Clientbook';

/** What a new book holds before anyone sets it up: every migration applied to nothing. */
export function newBookImage(): StoreImage {
  const image = emptyImage();
  migrate(image);
  return image;
}

/**
 * The data store: a LowDB snapshot plus a write-ahead journal (see ARCHITECTURE.md). All
 * changes go through `mutate`, one at a time; each is on disk before it is applied in memory.
 * Services read through `get`, `all` and `byIndex` and never touch the image directly.
 */
export class Store extends BookCopy implements BookStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(collections: string[]) => void>();
  private readonly snapshotListeners = new Set<(snapshot: SavedSnapshot) => void>();
  /** The book file written by the task running now, told to the listeners once that task is over. */
  private savedUntold: SavedSnapshot | null = null;
  private idleTimer: NodeJS.Timeout | undefined;
  private lastAutoBackupAt = 0;
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly db: Low<StoreImage>,
    private journal: Journal | null,
    private audit: AuditLog | null,
    private stateValue: StoreState,
    readonly backups: Backups,
    protected readonly indexes: Indexes,
    private readonly releaseLock: () => Promise<void>,
    private readonly now: () => Date,
    private readonly log: Logger,
    private readonly fs: StoreFs,
    private readonly options: Required<Pick<StoreOptions, 'compactAfterBytes' | 'idleCompactMs' | 'autoBackupEveryMs'>>,
  ) {
    super();
    this.packetFiles = new FolderPacketFiles(dataDir);
  }

  protected get image(): StoreImage {
    return this.db.data;
  }

  /**
   * Opens the data folder: takes the lock, reads the snapshot, replays the journal, migrates,
   * checks every record. Damaged files are moved to `quarantine/` and the store opens read-only,
   * holding the book recovered from the intact files until the person accepts it; a file from a
   * newer version is left untouched and the store opens read-only. Throws StoreLockedError.
   * Paced throughout, so requests and timers in the same process run while a large book is read.
   */
  static async open(options: StoreOptions): Promise<Store> {
    const progress = new OpenProgress(options.onProgress);
    const folder = await readDataFolder(options, progress);
    const { db, journal, audit, state, backups, indexes, releaseLock, now, log, fs, settings } = folder;
    const store = new Store(options.dataDir, db, journal, audit, state, backups, indexes, releaseLock, now, log, fs, settings);
    if (state.mode === 'writable') {
      try {
        await store.finishOpening(folder.migration);
      } catch (error) {
        await releaseLock();
        throw error;
      }
    }
    progress.done();
    return store;
  }

  /** A migrated book is saved in its new version, the old file backed up first; then the newest automatic backup is learnt. */
  private async finishOpening(migration: OpenedFolder['migration']): Promise<void> {
    if (migration) {
      const snapshotFile = path.join(this.dataDir, snapshotFileName);
      // The file on disk is still the old version: that is what the backup keeps.
      if (migration.snapshotExisted) await this.backups.create(snapshotFile, 'pre-migration');
      this.log.info(`Applied migrations: ${migration.applied.join(', ')}.`);
      await this.writeSnapshot();
      // Past the point where anything is written, the open is finished rather than stopped.
      await this.indexes.rebuildPaced(this.image.collections, new Pacer());
    }
    this.lastAutoBackupAt = Date.parse((await this.backups.newestAt('auto')) ?? '') || 0;
  }

  get state(): StoreState {
    return this.stateValue;
  }

  readonly location = { kind: 'folder' } as const;
  readonly signIns = null;
  readonly packetFiles: PacketFiles;

  /** Called with the names of the collections a committed change touched. */
  onChange(listener: (collections: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Called after each book file written in full (compaction, close, restore, replace) with the
   * change number and time it holds, once the work that wrote it is over (journal emptied, changes
   * told), so what the store holds then is what the file holds.
   */
  onSnapshotSaved(listener: (snapshot: SavedSnapshot) => void): () => void {
    this.snapshotListeners.add(listener);
    return () => this.snapshotListeners.delete(listener);
  }

  /**
   * Runs `plan` against the current data, one change at a time. The returned ops are checked,
   * appended to the journal and fsynced; only then are they applied in memory and the promise
   * resolved. If `plan` throws or the disk write fails, nothing changes.
   */
  mutate<T>(who: Who, plan: () => Plan<T>): Promise<T> {
    return this.enqueue(async () => {
      if (this.stateValue.mode !== 'writable' || !this.journal) throw readOnlyError();
      const { ops, result } = plan();
      if (ops.length === 0) return result;
      const checked = ops.map(checkOp);
      const { actor, member } = recordedAs(who);
      const entry: JournalEntry = { seq: this.seq + 1, at: this.now().toISOString(), actor, ...(member && { member }), ops: checked };
      const changes = describeOps(this.db.data, checked);
      try {
        await this.journal.append(entry);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        this.log.error(`Could not append to the journal (${code ?? 'unknown error'}).`);
        throw storageFailed(code);
      }
      try {
        await this.audit?.append({ at: entry.at, actor, member: entry.member, seq: entry.seq, kind: 'change', changes });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        this.log.error(`Could not append to the audit trail (${code ?? 'unknown error'}).`);
        // A change nobody can account for is not made: take it back off the journal.
        await this.journal.removeLast();
        throw storageFailed(code);
      }
      this.applyChange(entry);
      this.afterCommit(checked);
      return result;
    });
  }

  /** Writes a snapshot holding everything and empties the journal. */
  compact(): Promise<void> {
    return this.enqueue(() => this.onDisk('compact the data', () => this.compactNow()));
  }

  /** Brings the snapshot up to date and copies it into `backups/`. */
  backupNow(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    return this.enqueue(() =>
      this.onDisk('back up the data', async () => {
        if (this.stateValue.mode !== 'writable') throw readOnlyError();
        await this.compactNow();
        const backup = await this.backups.create(path.join(this.dataDir, snapshotFileName), reason);
        this.emit(['backups']);
        return backup;
      }),
    );
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.backups.list();
  }

  /**
   * Replaces the data with a verified backup. The current data is backed up first
   * ("pre-restore"), so the restore itself can be undone by restoring that.
   */
  restoreBackup(file: string, actor: Who = systemActor): Promise<void> {
    const source = this.backups.pathOf(file);
    return this.restoreFrom(source, file, actor, (problem) => {
      throw new AppError('NOT_FOUND', problem ? message('backups.backupUnrestorable', { problem }) : message('backups.backupUnreadable'));
    });
  }

  /**
   * Restores a backup file from anywhere (a copy kept on another drive), verified exactly as the
   * backups in `backups/` are; a file that fails the check changes nothing.
   */
  restoreBackupFile(file: string, actor: Who = systemActor): Promise<void> {
    return this.restoreFrom(file, path.basename(file), actor, (problem) => {
      throw new AppError('INVALID_INPUT', problem ? message('backups.fileUnrestorable', { problem }) : message('backups.fileNotABackup'), [
        fieldIssue('file', problem ?? message('issues.notReadableBackup')),
      ]);
    });
  }

  /**
   * Replaces the whole book in one step, as a restore does (snapshot written, journal emptied),
   * instead of one journal line the size of the book. The data is backed up first with `reason`;
   * `build` receives that backup's file name and returns the new collections and single objects,
   * every record already checked against `recordSchemas`. `build` may throw: nothing changes then.
   */
  replaceBook<T>(
    reason: BackupReason,
    actor: Who,
    build: (backupFile: string) => { collections: StoreImage['collections']; singletons: StoreImage['singletons']; result: T },
  ): Promise<T> {
    return this.enqueue(() =>
      this.onDisk('replace the book', async () => {
        if (this.stateValue.mode !== 'writable') throw readOnlyError();
        await this.compactNow();
        const backup = await this.backups.create(path.join(this.dataDir, snapshotFileName), reason);
        const { collections, singletons, result } = build(backup.file);
        await this.replaceImage(
          { schemaVersion: currentSchemaVersion, seq: this.seq, savedAt: null, collections, singletons },
          { kind: 'replace', actor },
        );
        return result;
      }),
    );
  }

  /** A backup taken with `reason` first; taking back restores it (see BookKeeping). */
  async mutateUndoable<T>(who: Who, reason: BackupReason, plan: (undo: string) => Plan<T>): Promise<T> {
    const backup = await this.backupNow(reason);
    return this.mutate(who, () => plan(backup.file));
  }

  takeBack(undo: string, who: Who): Promise<void> {
    return this.restoreBackup(undo, who);
  }

  /**
   * Reads and checks the backup outside the queue, so a slow or huge file never holds up saving;
   * only the swap itself waits its turn.
   */
  private async restoreFrom(source: string | null, name: string, actor: Who, refuse: (problem?: Message) => never): Promise<void> {
    if (this.isNewerVersion()) throw readOnlyError();
    const image = source ? await this.readRestorable(source, refuse) : refuse();
    return this.enqueue(() =>
      this.onDisk('restore the backup', async () => {
        if (this.isNewerVersion()) throw readOnlyError();
        if (this.stateValue.mode === 'writable') {
          await this.compactNow();
          await this.backups.create(path.join(this.dataDir, snapshotFileName), 'pre-restore');
        }
        await this.replaceImage(image, { kind: 'restore', actor });
        this.log.info(`Restored backup ${name}.`);
      }),
    );
  }

  private isNewerVersion(): boolean {
    return this.stateValue.mode === 'read-only' && this.stateValue.reason === 'newer-version';
  }

  /** A backup file's book, migrated, with every record checked; `refuse` for anything that is not a whole, valid Clientbook backup. */
  private async readRestorable(file: string, refuse: (problem?: Message) => never): Promise<StoreImage> {
    const unreadable = await unreadableBookFile(file, this.fs);
    if (unreadable) refuse(unreadable.problem);
    const image = await readSnapshotFile(file, currentSchemaVersion, undefined, this.fs).catch(() => null);
    if (!image) refuse();
    migrate(image);
    const invalid = await findInvalidRecord(image);
    if (invalid) refuse(message('bookFile.badRecord', { record: describeInvalidRecord(invalid) }));
    return image;
  }

  /**
   * After a damaged start, makes the recovered book (shown read-only until now) the data, written
   * afresh; the damaged files stay in quarantine.
   */
  acceptRecovery(actor: Who = systemActor): Promise<void> {
    return this.enqueue(() =>
      this.onDisk('save the recovered book', async () => {
        const state = this.stateValue;
        if (state.mode !== 'read-only' || state.reason !== 'corrupt' || !state.recovery) {
          throw new AppError('CONFLICT', message('backups.noRecoveredBook'));
        }
        // A copy of the image's own fields, so a failed write leaves the recovered book exactly as shown.
        const unbacked = state.recovery.lost.trailEntries ?? undefined;
        await this.replaceImage({ ...this.db.data }, { kind: 'recover', actor, unbacked });
        this.log.info('The recovered book was accepted and saved.');
      }),
    );
  }

  /**
   * Makes `image` the data: recorded in the audit trail, snapshot written, journal emptied,
   * indexes rebuilt. Runs inside the queue.
   */
  private async replaceImage(
    image: StoreImage,
    { kind, actor: who, unbacked }: { kind: AuditKind; actor: Who; unbacked?: AuditEntry['unbacked'] },
  ): Promise<void> {
    // Opened read-only (quarantined data), the trail was not opened: it is now, keeping every line it has.
    this.audit ??= (await AuditLog.open(path.join(this.dataDir, auditFileName), null, this.fs)).log;
    // The new image continues the sequence, so journal lines and audit entries can never be mistaken for its own.
    image.seq = Math.max(image.seq, this.seq, this.audit.head.seq) + 1;
    const auditBefore = this.audit.head;
    // No journal line can rebuild this entry, so it is made durable before the book is replaced.
    const { actor, member } = recordedAs(who);
    const at = this.now().toISOString();
    await this.audit.append({ at, actor, member, seq: image.seq, kind, changes: [], unbacked }, { sync: true });
    const previous = this.db.data;
    // Findings about the trail belong to the trail, not to the book being replaced.
    const kept = new Map([...keptAnchorsOf(image), ...keptAnchorsOf(previous)].map((anchor) => [`${anchor.n}:${anchor.hash}`, anchor]));
    if (kept.size > 0) image.singletons[keptAnchorsKey] = [...kept.values()];
    this.db.data = image;
    try {
      await this.writeSnapshot();
    } catch (error) {
      // The snapshot is replaced by a rename, so the file on disk is still the previous data: so is memory.
      this.db.data = previous;
      await this.audit.cutBackTo(auditBefore).catch(() => undefined);
      throw error;
    }
    this.journal ??= (await Journal.open(path.join(this.dataDir, journalFileName), this.fs)).journal;
    await this.journal.clear();
    this.stateValue = { mode: 'writable' };
    this.indexes.rebuild(image.collections);
    this.replacedWhole({ seq: image.seq, at, actor, ...(member && { member }) });
    this.emit([...wholeBookChange]);
  }

  /** Waits for pending changes, compacts, releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    await this.enqueue(async () => {
      if (this.stateValue.mode === 'writable' && this.journal && this.journal.bytes > 0) await this.compactNow();
    }).catch((error: unknown) => this.log.error(`Could not compact at close: ${(error as Error).message}`));
    await this.journal?.close();
    await this.audit?.close();
    await this.releaseLock();
  }

  /** Disk work whose file-system failure the caller gets as the typed STORAGE_FAILED (logged with its code only). */
  private async onDisk<T>(what: string, task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (error instanceof AppError || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
      this.log.error(`Could not ${what} (${code}).`);
      throw storageFailed(code);
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task).finally(() => this.tellSnapshotSaved());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The trail is made durable first and its head saved with the snapshot: the checkpoint open trusts. */
  private async writeSnapshot(): Promise<void> {
    const { singletons } = this.db.data;
    const checkpoint = singletons.auditHead;
    if (this.audit) {
      await this.audit.sync();
      singletons.auditHead = this.audit.head;
    }
    try {
      await this.db.write();
    } catch (error) {
      singletons.auditHead = checkpoint;
      throw error;
    }
    this.savedUntold = { seq: this.db.data.seq, savedAt: this.db.data.savedAt! };
  }

  private tellSnapshotSaved(): void {
    const saved = this.savedUntold;
    if (!saved) return;
    this.savedUntold = null;
    for (const listener of this.snapshotListeners) {
      // The book file is written: nothing a listener does may make that look like a failure.
      try {
        listener(saved);
      } catch {
        this.log.error('A task run after saving the book file failed; the book file itself is saved.');
      }
    }
  }

  /** The audit trail's file (a half-written last line is skipped by its readers). */
  private get auditFile(): string {
    return path.join(this.dataDir, auditFileName);
  }

  readAudit(query: AuditQuery): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
    return readAuditNewestFirst(this.auditFile, query);
  }

  backupCopy(file: string): { book: Content; trail: Content } {
    const source = this.backups.pathOf(file);
    if (!source) throw new AppError('NOT_FOUND', message('backups.notInFolder'));
    // Up to the last whole entry: a copy never ends in half a line.
    return { book: copyOf(source, { fs: this.fs }), trail: copyOf(this.auditFile, { fs: this.fs, upTo: this.audit?.head.bytes ?? 0 }) };
  }

  /** Where the trail ends now, to keep outside it (an issued packet's record); null before its first entry. */
  get auditAnchor(): { n: number; hash: string } | null {
    const head = this.audit?.head;
    return head && head.n > 0 ? { n: head.n, hash: head.hash } : null;
  }

  /**
   * Checks the whole audit trail between changes, so a line being written is never judged, against
   * every place its end was kept: the book, each verified backup and each issued packet.
   */
  async verifyAuditTrail(): Promise<AuditVerdict> {
    const anchors: AuditAnchor[] = keptAnchorsOf(this.db.data).map((anchor) => ({ ...anchor, source: 'book' }));
    const checkpoint = auditCheckpointOf(this.db.data);
    if (checkpoint) anchors.push({ n: checkpoint.n, hash: checkpoint.hash, source: 'book' });
    for (const backup of await this.backups.list()) {
      const kept = backup.verified ? await readAuditCheckpoint(path.join(this.backups.dir, backup.file), this.fs) : null;
      if (kept) anchors.push({ n: kept.n, hash: kept.hash, source: 'backup' });
    }
    const movedFile = path.join(this.dataDir, movedTrailFileName);
    const moved = await fileExists(movedFile, this.fs);
    // A book copied out of the office database keeps the trail the office book was moved in with beside its own.
    const madeBeforeTheMove = new Set<string>();
    if (moved) for await (const entry of readAuditEntries(movedFile)) packetsCreatedIn(entry, madeBeforeTheMove);
    const packetAnchors = (before: boolean): AuditAnchor[] =>
      [...this.all('issuedPackets')].flatMap((packet) =>
        packet.auditAnchor && madeBeforeTheMove.has(packet.id) === before ? [{ ...packet.auditAnchor, source: 'packet' as const }] : [],
      );
    return this.enqueue(async () => {
      const own = await verifyAuditFile(this.auditFile, this.audit?.head ?? null, [...anchors, ...packetAnchors(false)]);
      if (!own.ok || !moved) return own;
      let movedEnd = { n: 0, hash: '' };
      for await (const entry of readAuditEntries(this.auditFile)) movedEnd = movedTrailEndOf(entry) ?? movedEnd;
      const verdict = await verifyAuditFile(movedFile, { ...movedEnd, seq: 0, bytes: 0 }, packetAnchors(true));
      return verdict.ok
        ? { ok: true, entries: own.entries + verdict.entries }
        : { ...verdict, problem: { ...verdict.problem, trail: 'moved' } };
    });
  }

  private async compactNow(): Promise<void> {
    if (!this.journal || this.stateValue.mode !== 'writable') return;
    if (this.journal.bytes === 0 && this.db.data.savedAt !== null) return;
    await this.writeSnapshot();
    // A crash here leaves journal lines the snapshot already holds; open skips them by seq.
    await this.journal.clear();
    if (this.now().getTime() - this.lastAutoBackupAt >= this.options.autoBackupEveryMs) {
      // The snapshot is written and the journal emptied: a failed automatic backup loses nothing,
      // so it does not fail the compaction, and it is tried again at the next one.
      try {
        await this.backups.create(path.join(this.dataDir, snapshotFileName), 'auto');
        this.lastAutoBackupAt = this.now().getTime();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        this.log.error(`Could not make the automatic backup (${code}); it is tried again at the next compaction.`);
      }
    }
  }

  private afterCommit(ops: Op[]): void {
    this.emit(touchedBy(ops));
    clearTimeout(this.idleTimer);
    if (this.journal && this.journal.bytes >= this.options.compactAfterBytes) {
      void this.compact().catch((error: unknown) => this.log.error(`Compaction failed: ${(error as Error).message}`));
    } else {
      this.idleTimer = setTimeout(() => {
        void this.compact().catch((error: unknown) => this.log.error(`Compaction failed: ${(error as Error).message}`));
      }, this.options.idleCompactMs);
      this.idleTimer.unref();
    }
  }

  private emit(collections: string[]): void {
    for (const listener of this.listeners) listener(collections);
  }
}

/** Writes a whole book as a fresh data folder (demo generator, benchmarks). Refuses a folder that has data. */
export async function writeImageToDataDir(dataDir: string, image: StoreImage, now: () => Date = () => new Date()): Promise<void> {
  await nodeFs.mkdir(dataDir, { recursive: true });
  const snapshotFile = path.join(dataDir, snapshotFileName);
  if (await fileExists(snapshotFile, nodeFs)) throw new Error(`${dataDir} already holds Clientbook data; choose an empty folder.`);
  await new SnapshotAdapter(snapshotFile, currentSchemaVersion, now).write(image);
  await writeFileAtomically(path.join(dataDir, journalFileName), async () => {});
}
