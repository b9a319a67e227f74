import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { APP_ENTRY_URL } from './app-protocol';
import type { Desktop, PdfRenderer } from './backend/ports';
import type { Logger } from './log';
import { readPrintStateScript, waitForPrintReady } from './print-ready';
import { secureWindowOptions } from './window';

export interface ElectronPrintingOptions {
  preloadPath: string;
  /** The window dialogs belong to, when there is one. */
  parentWindow: () => BrowserWindow | null;
  log: Logger;
}

/**
 * Printing and dialogs for the desktop app. Packets render in a hidden, sandboxed window with the
 * same secure options and preload as the main window, loading the packet's print route; one
 * packet at a time, each in a fresh window, so a batch cannot pile up windows.
 */
export function createElectronPrinting({ preloadPath, parentWindow, log }: ElectronPrintingOptions): {
  pdf: PdfRenderer;
  desktop: Desktop;
} {
  let queue: Promise<unknown> = Promise.resolve();
  const open = new Set<BrowserWindow>();

  /** Runs `use` on a hidden window showing `route` once the page is ready; the window is closed afterwards. */
  const withPrintWindow = <T>(route: string, use: (window: BrowserWindow) => Promise<T>, signal?: AbortSignal): Promise<T> => {
    const run = async (): Promise<T> => {
      signal?.throwIfAborted();
      const window = new BrowserWindow(secureWindowOptions({ show: false, width: 1000, height: 1300, title: 'Clientbook' }, preloadPath));
      open.add(window);
      try {
        await window.loadURL(`${APP_ENTRY_URL}#${route}`);
        await waitForPrintReady(() => window.webContents.executeJavaScript(readPrintStateScript), { signal });
        return await use(window);
      } finally {
        open.delete(window);
        if (!window.isDestroyed()) window.destroy();
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

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
      for (const window of open) if (!window.isDestroyed()) window.destroy();
    },
  };

  const desktop: Desktop = {
    async chooseSavePath(defaultName) {
      const options = {
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
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
