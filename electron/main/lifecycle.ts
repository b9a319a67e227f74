import { app, BrowserWindow, dialog } from 'electron';
import { DataFolderNotWritableError } from '../backend/store/errors';
import type { Logger } from '../backend/logger';
import { describeError } from '../common/log';
import type { MainWindowController } from './window';

/** A second launch brings the running window forward (the second process has already quit). */
export function setupSecondInstance(windows: MainWindowController): void {
  app.on('second-instance', () => {
    if (app.isReady()) windows.show();
  });
}

/** Platform conventions: macOS keeps the app alive without windows and reopens one from the dock. */
export function setupWindowLifecycle(windows: MainWindowController, platform: NodeJS.Platform): void {
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) windows.show();
  });
}

/**
 * Holds the quit until the backend has closed (final compaction, lock released), then quits for
 * real. There is no time limit on purpose: every acknowledged change is already fsynced in the
 * journal, so a slow close costs a moment, while cutting it short gains nothing. Windows skips
 * `before-quit` at shutdown/logoff; the journal makes that safe too.
 */
export function setupQuit(backend: { close(): Promise<void> }, log: Logger): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    backend
      .close()
      .catch((error: unknown) => log.error('Closing the data store failed', describeError(error)))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

/**
 * A failure nothing in main caught: logged (its name and code, never its message) before the app
 * goes, so support can tell a crash from a quit. An uncaught exception leaves main in an unknown
 * state: the person is told and the app exits. A promise rejected without a handler is logged and
 * the app goes on, as Electron does.
 */
export function crashHandlers(log: Logger): { uncaughtException(error: unknown): void; unhandledRejection(reason: unknown): void } {
  return {
    uncaughtException(error) {
      log.error('Clientbook stopped unexpectedly', describeError(error));
      dialog.showErrorBox(
        'Clientbook stopped unexpectedly',
        'Clientbook has to close. Everything it confirmed as saved is kept; start it again to carry on.',
      );
      app.exit(1);
    },
    unhandledRejection(reason) {
      log.error('A task in Clientbook failed unexpectedly', describeError(reason));
    },
  };
}

/** Registers `crashHandlers` on the main process. */
export function setupCrashLog(log: Logger): void {
  const handlers = crashHandlers(log);
  process.on('uncaughtException', handlers.uncaughtException);
  process.on('unhandledRejection', handlers.unhandledRejection);
}

/** True for the store's "another process holds the data folder" error. */
export function isStoreLockedError(error: unknown): error is Error & { code: 'LOCKED' } {
  return error instanceof Error && (error as { code?: unknown }).code === 'LOCKED';
}

/**
 * Tells the person why Clientbook cannot start, then quits. A plain native error box: there may
 * be no window yet, or one whose page the backend that failed was to serve.
 */
export function reportStartFailure(error: unknown, log: Logger): void {
  if (isStoreLockedError(error)) {
    log.warn('The data folder is in use by another process');
    dialog.showErrorBox('Clientbook is already open', error.message);
  } else if (error instanceof DataFolderNotWritableError) {
    // The folder's path can name the user, so the log gets only the file system's code.
    log.warn('The data folder cannot be written', { code: (error.cause as NodeJS.ErrnoException | undefined)?.code });
    dialog.showErrorBox('Clientbook cannot use its data folder', error.message);
  } else {
    log.error('Clientbook could not start', describeError(error));
    dialog.showErrorBox(
      'Clientbook could not start',
      'Clientbook could not open its data and has to close. Start it again; if this keeps happening, contact whoever looks after your computers.',
    );
  }
  app.quit();
}
