import './bridge';

/**
 * True inside the Electron app, where the preload exposes `window.clientbook`; false in a browser
 * tab served by the host. Screens use it to choose between system dialogs (save, print, choose a
 * folder) that only the desktop app has and their browser equivalents.
 */
export function isDesktopApp(win: Window = window): boolean {
  return win.clientbook !== undefined;
}
