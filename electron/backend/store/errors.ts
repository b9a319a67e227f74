import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';

/**
 * Another Clientbook holds the data folder. `holder` is what its lock file says: the user (null
 * when it does not say) and the computer (null for this one).
 */
export class StoreLockedError extends Error {
  readonly code = 'LOCKED';
  constructor(
    readonly dataDir: string,
    readonly holder: { user: string | null; computer: string | null },
  ) {
    const { user, computer } = holder;
    const by = user === null ? '' : ` by ${user}`;
    super(
      computer === null
        ? `Clientbook is already open on this data folder${by} on this computer. Close that Clientbook first, then start it again.`
        : `Clientbook is already open on this data folder${by} on the computer ${computer}. Close Clientbook on ${computer} first, then start it again here. ` +
            `If it is not open there (that computer may have stopped suddenly), start and close Clientbook on ${computer} once to free the folder.`,
    );
    this.name = 'StoreLockedError';
  }
}

/** A snapshot or journal that cannot be read back as written. */
export class CorruptDataError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'CorruptDataError';
  }
}

/** A data file written by a newer Clientbook than this one. */
export class NewerSchemaError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(`schema ${fileVersion} is newer than supported ${supportedVersion}`);
    this.name = 'NewerSchemaError';
  }
}

/** Error codes meaning the disk (or the user's share of it) has no room left. */
const diskFullCodes = new Set(['ENOSPC', 'EDQUOT']);

/** The typed refusal of a change that could not reach the disk; `code` is the file-system error code, when known. */
export function storageFailed(code?: string): AppError {
  if (code !== undefined && diskFullCodes.has(code)) {
    return new AppError('STORAGE_FAILED', message('store.diskFull'));
  }
  return new AppError('STORAGE_FAILED', message('store.notSaved'));
}

export function readOnlyError(): AppError {
  return new AppError('READ_ONLY', message('store.readOnly'));
}

/** File-system error codes of a folder that cannot be written: a read-only disk or mount, no permission, files locked against change. */
const cannotWriteCodes = new Set(['EROFS', 'EACCES', 'EPERM']);

/** Clientbook cannot start because its data folder cannot be written; the message says so and where it is. */
export class DataFolderNotWritableError extends Error {
  readonly code = 'NOT_WRITABLE';
  constructor(
    readonly dataDir: string,
    options?: ErrorOptions,
  ) {
    super(
      `Clientbook cannot write to its data folder, ${dataDir}, because the folder or the disk it is on is read-only or closed to this user account. ` +
        'Make the folder writable for this account (or ask whoever looks after your computers to), then start Clientbook again.',
      options,
    );
    this.name = 'DataFolderNotWritableError';
  }
}

/**
 * The start-up failure `error` as a DataFolderNotWritableError when it is the file system refusing
 * to write in `dataDir` (or to create it or a folder above it), else null. Both hosts pass their
 * start-up failure through here, so the browser host and the desktop app say the same sentence.
 */
export function unwritableDataFolder(error: unknown, dataDir: string): DataFolderNotWritableError | null {
  const { code, syscall, path: failedPath } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof failedPath !== 'string' || code === undefined) return null;
  // Node's recursive mkdir reports a parent it could not create on a read-only disk as ENOENT.
  const refused = cannotWriteCodes.has(code) || (code === 'ENOENT' && syscall === 'mkdir');
  const within = (outer: string, inner: string) => {
    const relative = path.relative(outer, inner);
    return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  };
  const here = within(dataDir, failedPath) || within(failedPath, dataDir);
  return refused && here ? new DataFolderNotWritableError(dataDir, { cause: error }) : null;
}
