import { dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import type { Logger } from '../backend/logger';
import { t } from './i18n';

/**
 * A window whose page crashed (`render-process-gone`) or froze (`unresponsive`) asks whether to
 * reload it, rather than leaving a blank or dead window. Nothing acknowledged is lost: every change
 * is on disk in main before the page hears it was saved. A freeze that ends by itself closes the
 * question (`responsive`).
 */
export function offerReloadWhenStuck(window: BrowserWindow, log: Logger): void {
  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    // The reason and code only: a crash report is for support, and holds nothing of the page.
    log.error('The window’s page stopped', { reason: details.reason, exitCode: details.exitCode });
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        message: t('stuckWindow.goneMessage'),
        detail: t('stuckWindow.detail'),
        buttons: [t('stuckWindow.reload'), t('stuckWindow.close')],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (response === 0) window.webContents.reload();
        else window.close();
      });
  });

  let asking: AbortController | null = null;
  window.on('unresponsive', () => {
    if (asking) return;
    log.warn('The window stopped responding');
    const question = new AbortController();
    asking = question;
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        message: t('stuckWindow.frozenMessage'),
        detail: t('stuckWindow.detail'),
        buttons: [t('stuckWindow.wait'), t('stuckWindow.reload')],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        signal: question.signal,
      })
      .then(({ response }) => {
        asking = null;
        if (!question.signal.aborted && response === 1 && !window.isDestroyed()) window.webContents.reload();
      });
  });
  window.on('responsive', () => asking?.abort());
}
