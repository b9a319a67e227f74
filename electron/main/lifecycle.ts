import { app, BrowserWindow, dialog } from 'electron';
import { DataFolderNotWritableError, type StoreLockedError } from '../backend/store/errors';
import type { Logger } from '../backend/logger';
import { describeError } from '../common/log';
import type { MainWindowController } from './window';
import { t } from './i18n';

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
      dialog.showErrorBox(t('crash.title'), t('crash.message'));
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
export function isStoreLockedError(error: unknown): error is StoreLockedError {
  return error instanceof Error && (error as { code?: unknown }).code === 'LOCKED';
}

/** Who holds the folder, in the interface language (the store's own message is English). */
function lockedMessage({ user, computer }: StoreLockedError['holder']): string {
  if (computer === null) return user === null ? t('start.locked.here') : t('start.locked.hereBy', { user });
  return user === null ? t('start.locked.elsewhere', { computer }) : t('start.locked.elsewhereBy', { computer, user });
}

/**
 * Tells the person why Clientbook cannot start, then quits. A plain native error box: there may
 * be no window yet, or one whose page the backend that failed was to serve.
 */
export function reportStartFailure(error: unknown, log: Logger): void {
  if (isStoreLockedError(error)) {
    log.warn('The data folder is in use by another process');
    dialog.showErrorBox(t('start.locked.title'), lockedMessage(error.holder));
  } else if (error instanceof DataFolderNotWritableError) {
    // The folder's path can name the user, so the log gets only the file system's code.
    log.warn('The data folder cannot be written', { code: (error.cause as NodeJS.ErrnoException | undefined)?.code });
    dialog.showErrorBox(t('start.notWritable.title'), t('start.notWritable.message', { dataDir: error.dataDir }));
  } else {
    log.error('Clientbook could not start', describeError(error));
    dialog.showErrorBox(t('start.failed.title'), t('start.failed.message'));
  }
  app.quit();
}
