import { AppError } from '../../../shared/errors';

/** Another Clientbook (or a crashed one on another machine) holds the data folder. */
export class StoreLockedError extends Error {
  readonly code = 'LOCKED';
  constructor(
    readonly dataDir: string,
    holder: string,
  ) {
    super(
      `Clientbook is already open on this data folder (${holder}). Close the other window or computer using it, then start Clientbook again.`,
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

export function storageFailed(): AppError {
  return new AppError(
    'STORAGE_FAILED',
    'Clientbook could not save this change to disk, so nothing was changed. Check that the disk is not full and the data folder is reachable, then try again.',
  );
}

export function readOnlyError(): AppError {
  return new AppError(
    'READ_ONLY',
    'Clientbook opened this data read-only, so it cannot save changes. See the message on the start screen for what to do.',
  );
}
