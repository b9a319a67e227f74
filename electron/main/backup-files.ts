import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import type { App } from 'electron';
import type { Logger } from '../backend/logger';
import { backupFileExtension } from '../../shared/bridge';

function hasBackupExtension(file: string): boolean {
  // Windows and macOS file names ignore case: BACKUP.CLIENTBOOK-BACKUP is the same kind of file.
  return file.toLowerCase().endsWith(backupFileExtension);
}

/**
 * The backup file a launch names, if any: Windows and Linux pass the double-clicked file as an
 * argument. The last argument that is not a switch and has a backup's extension.
 */
export function backupFileInArgs(argv: readonly string[]): string | null {
  return argv.slice(1).findLast((arg) => !arg.startsWith('-') && hasBackupExtension(arg)) ?? null;
}

/**
 * `candidate` when Clientbook may offer it to Restore: an absolute path to a regular file with a
 * backup's extension that this user can read; null otherwise. Anyone can start Clientbook with
 * any argument, so nothing else reaches the window. Restoring checks the file's contents again.
 */
export async function readableBackupFile(candidate: string): Promise<string | null> {
  if (!path.isAbsolute(candidate) || !hasBackupExtension(candidate)) return null;
  try {
    if (!(await stat(candidate)).isFile()) return null;
    await access(candidate, constants.R_OK);
    return candidate;
  } catch {
    return null;
  }
}

interface BackupFileOpeningOptions {
  app: Pick<App, 'on'>;
  /** This launch's arguments. */
  argv: readonly string[];
  /** A checked backup file the system opened Clientbook with after this launch (macOS, or a second launch). */
  open: (file: string) => void;
  log: Logger;
}

/**
 * Backup files the system opens Clientbook with (the installers register `.clientbook-backup`):
 * macOS says so by `open-file`, before or after start; Windows and Linux start Clientbook with the
 * file as an argument, and a second launch hands its arguments to this one. Must be called before
 * `ready`, as macOS sends the first file early. Resolves with this launch's own file, checked.
 */
export function setupBackupFileOpening({ app, argv, open, log }: BackupFileOpeningOptions): Promise<string | null> {
  const checked = async (candidate: string | null): Promise<string | null> => {
    if (candidate === null) return null;
    const file = await readableBackupFile(candidate);
    if (!file) log.warn('Clientbook was opened with a file that is not a readable Clientbook backup; it was left alone.');
    return file;
  };
  const offer = (candidate: string | null) =>
    void checked(candidate).then((file) => {
      if (file) open(file);
    });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    offer(file);
  });
  app.on('second-instance', (_event, args) => offer(backupFileInArgs(args)));
  return checked(backupFileInArgs(argv));
}
