import path from 'node:path';
import { Low } from 'lowdb';
import type { RecoveryReport } from '../../../shared/model/app';
import { silentLogger, type Logger } from '../logger';
import { AuditLog, auditFileName, type AuditDraft } from './audit-log';
import { auditCheckpointOf, keptAnchorsKey, keptAnchorsOf } from './audit-anchors';
import { bookIndexes } from './book-copy';
import { Backups } from './backups';
import { emptyImage, journalFileName, snapshotFileName } from './data-folder';
import { removeLeftoverTempFiles } from './durable-fs';
import { CorruptDataError, NewerSchemaError } from './errors';
import type { Indexes } from './indexes';
import { Journal } from './journal';
import { acquireLock, type ReleaseLock } from './lock';
import { currentSchemaVersion, migrate } from './migrations';
import type { OpenProgress } from './open-progress';
import { Pacer } from './pacer';
import { quarantineDamaged } from './quarantine';
import { replay } from './replay';
import { SnapshotAdapter, type StoreImage } from './snapshot';
import { nodeFs, type StoreFs } from './store-fs';
import { findInvalidRecord, InvalidRecordError } from './validate';

/** What the store may do with the book it holds: change it, or only show it (and why). */
export type StoreState =
  | { mode: 'writable' }
  | { mode: 'read-only'; reason: 'newer-version'; fileSchemaVersion: number }
  | { mode: 'read-only'; reason: 'corrupt'; quarantined: string[]; recovery: RecoveryReport | null }
  /** The office database cannot be reached: the book shown is the copy in memory; reconnecting by itself. */
  | { mode: 'read-only'; reason: 'unreachable' };

export interface StoreOptions {
  dataDir: string;
  now?: () => Date;
  log?: Logger;
  /** Compact once the journal is this large. */
  compactAfterBytes?: number;
  /** Compact after this long without changes. */
  idleCompactMs?: number;
  /** Take an automatic backup at compaction when the last one is older than this. */
  autoBackupEveryMs?: number;
  /** The file system the book is kept through; the reliability tests inject faults and power cuts here. */
  fs?: StoreFs;
  /** Told how much of the open is done (0..1, rising, at most every 100 ms), then 1 once the store is ready. */
  onProgress?: (done: number) => void;
  /**
   * Awaited once the folder is locked, before the book is read: a workstation serving the first
   * screen from its saved file lets that go first, as both want the same processor.
   */
  beforeReading?: () => Promise<void>;
  /**
   * Aborted (the app is closing), the open stops at its next slice, before anything is written,
   * closes what it opened and frees the folder, rejecting with the signal's reason.
   */
  signal?: AbortSignal;
  /**
   * The folder's lock when the caller took it already (lockDataFolder): the store holds it as its
   * own from then on and gives it back when it closes, or when it fails to open.
   */
  heldLock?: ReleaseLock;
}

/** A data folder read and checked: the parts a Store is made of, its lock held. */
export interface OpenedFolder {
  db: Low<StoreImage>;
  /** Null, with the audit trail, when the folder opened read-only. */
  journal: Journal | null;
  audit: AuditLog | null;
  state: StoreState;
  backups: Backups;
  indexes: Indexes;
  releaseLock: () => Promise<void>;
  now: () => Date;
  log: Logger;
  fs: StoreFs;
  settings: Required<Pick<StoreOptions, 'compactAfterBytes' | 'idleCompactMs' | 'autoBackupEveryMs'>>;
  /** Set when the book was migrated as it was read: the file on disk still holds the old version. */
  migration: { applied: string[]; snapshotExisted: boolean } | null;
}

/**
 * Reads the data folder into what a Store is made of: takes the lock, reads the snapshot, replays
 * the journal, migrates, checks every record. Damaged files go to quarantine and the state is
 * read-only (see quarantine.ts); a file from a newer version is left untouched, read-only too.
 * On failure the lock is given back. Paced throughout, so requests and timers in the same process
 * run while a large book is read.
 */
export async function readDataFolder(options: StoreOptions, progress: OpenProgress): Promise<OpenedFolder> {
  const { dataDir } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLogger;
  const fs = options.fs ?? nodeFs;
  await fs.mkdir(dataDir, { recursive: true });
  const releaseLock = options.heldLock ?? (await acquireLock(dataDir, now));
  progress.started();
  try {
    await options.beforeReading?.();
    options.signal?.throwIfAborted();
    const snapshotFile = path.join(dataDir, snapshotFileName);
    const journalFile = path.join(dataDir, journalFileName);
    const backups = new Backups(path.join(dataDir, 'backups'), currentSchemaVersion, now, fs);
    // Half-written files of a process that was killed: the lock is ours, so nobody is writing them.
    const leftovers = (await removeLeftoverTempFiles(dataDir, fs)) + (await removeLeftoverTempFiles(backups.dir, fs));
    if (leftovers > 0) log.info(`Removed ${leftovers} unfinished temporary files left by an earlier run.`);
    const indexes = bookIndexes();
    // One pacer for the reading and checking: its slices run across the phases' borders.
    const pacer = new Pacer(undefined, options.signal);
    const adapter = new SnapshotAdapter(
      snapshotFile,
      currentSchemaVersion,
      now,
      (collection, record) => indexes.update(collection, record.id, undefined, record),
      fs,
      { pacer, onProgress: progress.phase(0, 0.75) },
    );
    const db = new Low<StoreImage>(adapter, emptyImage());
    const settings = {
      compactAfterBytes: options.compactAfterBytes ?? 16 * 1024 * 1024,
      idleCompactMs: options.idleCompactMs ?? 60_000,
      autoBackupEveryMs: options.autoBackupEveryMs ?? 15 * 60_000,
    };
    const make = (
      journal: Journal | null,
      state: StoreState,
      audit: AuditLog | null = null,
      migration: OpenedFolder['migration'] = null,
    ): OpenedFolder => ({ db, journal, audit, state, backups, indexes, releaseLock, now, log, fs, settings, migration });
    const damaged = async (error: CorruptDataError) =>
      make(null, await quarantineDamaged(error, { dataDir, log, now, fs, db, indexes, backups }));

    let snapshotExisted: boolean;
    try {
      await db.read();
      snapshotExisted = db.data.savedAt !== null;
    } catch (error) {
      if (error instanceof NewerSchemaError) {
        log.warn(`Data file has schema ${error.fileVersion}; this version supports ${error.supportedVersion}. Opened read-only.`);
        migrate((db.data = emptyImage()));
        return make(null, { mode: 'read-only', reason: 'newer-version', fileSchemaVersion: error.fileVersion });
      }
      if (error instanceof CorruptDataError) return await damaged(error);
      throw error;
    }

    let opened;
    try {
      opened = await Journal.open(journalFile, fs, { pacer, onProgress: progress.phase(0.75, 0.8) });
    } catch (error) {
      if (error instanceof CorruptDataError) return await damaged(error);
      throw error;
    }
    const image = db.data;
    const lastSeq = Math.max(image.seq, opened.entries.at(-1)?.seq ?? 0);
    const {
      log: audit,
      droppedBytes,
      bookIsMissing,
    } = await AuditLog.open(path.join(dataDir, auditFileName), { checkpoint: auditCheckpointOf(image), lastSeq }, fs);
    const closeAndSalvage = async (error: CorruptDataError) => {
      await opened.journal.close();
      await audit.close();
      return damaged(error);
    };
    if (bookIsMissing !== undefined) {
      return await closeAndSalvage(
        new CorruptDataError(journalFile, `change ${bookIsMissing} is in the audit trail but not in the journal`),
      );
    }
    if (droppedBytes > 0) log.warn(`Cut ${droppedBytes} bytes of unfinished audit entries; they are written again from the journal.`);
    if (!audit.intact) {
      log.warn('The audit trail does not match its last checkpoint; Activity → Check the trail shows where.');
      // The book keeps the checkpoint the trail failed, so the finding outlives the next snapshot.
      const checkpoint = auditCheckpointOf(image);
      if (checkpoint) image.singletons[keptAnchorsKey] = [...keptAnchorsOf(image), { n: checkpoint.n, hash: checkpoint.hash }];
    }
    const unaudited: AuditDraft[] = [];
    try {
      await replay(
        image,
        opened.entries,
        journalFile,
        indexes,
        (entry, changes) => {
          if (entry.seq > audit.head.seq) {
            unaudited.push({ at: entry.at, actor: entry.actor, member: entry.member, seq: entry.seq, kind: 'change', changes });
          }
        },
        { pacer, onProgress: progress.phase(0.8, 0.85) },
      );
    } catch (error) {
      if (error instanceof CorruptDataError) return await closeAndSalvage(error);
      await opened.journal.close();
      await audit.close();
      throw error;
    }
    // A checksum proves the bytes, not that Clientbook wrote them: every record is checked before anything is written.
    const fromVersion = image.schemaVersion;
    const applied = migrate(image);
    let invalid;
    try {
      invalid = await findInvalidRecord(image, { pacer, onProgress: progress.phase(0.85, 1) });
    } catch (error) {
      await opened.journal.close();
      await audit.close();
      throw error;
    }
    if (invalid) return await closeAndSalvage(new InvalidRecordError(snapshotFile, invalid));
    // Only now, with the trail's word that no confirmed change is in it, is the unfinished tail cut.
    await opened.journal.dropUnfinishedTail();
    if (opened.droppedTailBytes > 0) {
      log.warn(`Dropped ${opened.droppedTailBytes} bytes of an unfinished change at the end of the journal; it was never confirmed.`);
    }
    // Changes the journal holds but the trail lost (unsynced when the power went): written again.
    for (const draft of unaudited) await audit.append(draft);

    return make(opened.journal, { mode: 'writable' }, audit, fromVersion < currentSchemaVersion ? { applied, snapshotExisted } : null);
  } catch (error) {
    await releaseLock();
    throw error;
  }
}
