import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { backupFileExtension } from '../../shared/bridge';
import { APP_ENTRY_URL } from './app-protocol';
import type { DesktopDialogs, PdfRenderer } from '../backend/ports';
import type { Logger } from '../backend/logger';
import { oneAtATime, readPrintStateScript, switchPrintRouteScript, waitForPrintReady } from '../common/print-ready';
import { secureWindowOptions } from './window';
import { t } from './i18n';

export interface ElectronPrintingOptions {
  preloadPath: string;
  /** The window dialogs belong to, when there is one. */
  parentWindow: () => BrowserWindow | null;
  log: Logger;
}

/** A hidden print window left unused this long is closed; the next packet opens a new one. */
const idleCloseMs = 30_000;

/**
 * Printing and dialogs for the desktop app. Packets render in a hidden, sandboxed window with the
 * same secure options and preload as the main window, on the packet's print route. The window is
 * kept while packets follow one another (a batch): the next packet only changes its route, as
 * loading the app again costs more than drawing a packet. One packet at a time.
 */
export function createElectronPrinting({ preloadPath, parentWindow, log }: ElectronPrintingOptions): {
  pdf: PdfRenderer;
  desktop: DesktopDialogs;
} {
  const enqueue = oneAtATime();
  let window: BrowserWindow | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const discardWindow = (): void => {
    clearTimeout(idleTimer);
    if (window && !window.isDestroyed()) window.destroy();
    window = null;
  };

  const show = async (route: string): Promise<BrowserWindow> => {
    if (window && !window.isDestroyed()) {
      await window.webContents.executeJavaScript(switchPrintRouteScript(route));
      return window;
    }
    window = new BrowserWindow(secureWindowOptions({ show: false, width: 1000, height: 1300, title: 'Clientbook' }, preloadPath));
    await window.loadURL(`${APP_ENTRY_URL}#${route}`);
    return window;
  };

  /** Runs `use` on the hidden window once it shows `route`, ready; a window that failed is not reused. */
  const withPrintWindow = <T>(route: string, use: (window: BrowserWindow) => Promise<T>, signal?: AbortSignal): Promise<T> =>
    enqueue(async () => {
      clearTimeout(idleTimer);
      signal?.throwIfAborted();
      try {
        const shown = await show(route);
        await waitForPrintReady(() => shown.webContents.executeJavaScript(readPrintStateScript), { signal });
        return await use(shown);
      } catch (error) {
        discardWindow();
        throw error;
      } finally {
        if (window) idleTimer = setTimeout(discardWindow, idleCloseMs);
      }
    });

  const pdf: PdfRenderer = {
    render: (route, signal) =>
      withPrintWindow(
        route,
        async (window) =>
          // Paper size and margins come from the route's own @page rules, as in the browser.
          new Uint8Array(
            await window.webContents.printToPDF({
              preferCSSPageSize: true,
              printBackground: true,
              margins: { top: 0, bottom: 0, left: 0, right: 0 },
              generateTaggedPDF: true,
              generateDocumentOutline: true,
            }),
          ),
        signal,
      ),
    async close() {
      discardWindow();
    },
  };

  const desktop: DesktopDialogs = {
    async chooseSavePath(defaultName) {
      // The offered name says what is saved: a packet (.pdf) or a calendar file (.ics).
      const calendar = path.extname(defaultName) === '.ics';
      const options = {
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [calendar ? { name: t('fileDialog.calendar'), extensions: ['ics'] } : { name: t('fileDialog.pdf'), extensions: ['pdf'] }],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder() {
      const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFile(kind) {
      const options = {
        properties: ['openFile'] as Array<'openFile'>,
        // Backups copied out of Clientbook have their own extension; older copies, and backups/ itself, are .json.
        filters: [{ name: t(`fileDialog.${kind}`), extensions: kind === 'backup' ? [backupFileExtension.slice(1), 'json'] : ['json'] }],
      };
      const parent = parentWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    print: (route) =>
      withPrintWindow(
        route,
        (window) =>
          new Promise<boolean>((resolve) => {
            window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
              // Cancelling the dialog is not a failure worth logging.
              if (!success && failureReason !== 'Print job canceled') log.warn('Printing did not complete', { failureReason });
              resolve(success);
            });
          }),
      ),
  };

  return { pdf, desktop };
}
