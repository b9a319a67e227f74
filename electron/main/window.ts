import {
  app,
  BrowserWindow,
  screen,
  shell,
  type BrowserWindowConstructorOptions,
  type HandlerDetails,
  type Session,
  type WebContents,
  type WebPreferences,
  type WindowOpenHandlerResponse,
} from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './app-protocol';
import type { Logger } from '../backend/logger';
import { describeError } from '../common/log';
import { setupContextMenu } from './context-menu';
import { offerReloadWhenStuck } from './stuck-window';
import { readWindowState, trackWindowState } from './window-state';

/**
 * The only web preferences any Clientbook window gets (Electron security checklist): the page
 * runs sandboxed, isolated from the preload, without Node, and with web security on.
 */
export function secureWebPreferences(preload?: string): WebPreferences {
  return {
    ...(preload ? { preload } : {}),
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** Window shape (size, title, colour…) without web preferences, which only this module sets. */
export type WindowShape = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * Options for every `new BrowserWindow(...)` in the app; a static test checks that no window is
 * created any other way.
 */
export function secureWindowOptions(shape: WindowShape, preload?: string): BrowserWindowConstructorOptions {
  return { ...shape, webPreferences: secureWebPreferences(preload) };
}

/** True for links Clientbook may hand to the system browser: well-formed http(s) URLs without credentials. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
}

/**
 * Decides `window.open` and `target=_blank` requests: Clientbook never opens a second web
 * window; safe web links go to the user's browser instead.
 */
export function decideWindowOpen(details: Pick<HandlerDetails, 'url'>, openExternal: (url: string) => void): WindowOpenHandlerResponse {
  if (isSafeExternalUrl(details.url)) openExternal(details.url);
  return { action: 'deny' };
}

/**
 * Locks a web contents to the app: no navigation or redirect off `app://clientbook`, no
 * `<webview>`, no new windows.
 */
export function lockWebContents(contents: WebContents, log: Logger): void {
  const keepOnApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url)) {
      event.preventDefault();
      log.warn('Blocked navigation away from the app');
    }
  };
  contents.on('will-navigate', keepOnApp);
  contents.on('will-redirect', keepOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) =>
    decideWindowOpen(details, (url) => {
      shell.openExternal(url).catch((error: unknown) => log.warn('Could not open a link in the browser', describeError(error)));
    }),
  );
}

/** Applies `lockWebContents` to every web contents the app ever creates, before it loads anything. */
export function setupContentsLocks(log: Logger): void {
  app.on('web-contents-created', (_event, contents) => lockWebContents(contents, log));
}

/** Permissions the app's own page may use; everything else, and anything from another origin, is refused. */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** The permission decision shared by the request and check handlers. */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return allowedPermissions.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/** Deny-by-default permission handling for `session`. */
export function setupPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}

export interface MainWindowOptions {
  preloadPath: string;
  /** JSON file remembering the window's size and position. */
  stateFile: string;
  log: Logger;
}

/** The one app window: shown when ready, restored to its remembered size, loading the renderer (on `route`, when given). */
export function createMainWindow({ preloadPath, stateFile, log }: MainWindowOptions, route?: string): BrowserWindow {
  const state = readWindowState(
    stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    secureWindowOptions(
      {
        width: state.width,
        height: state.height,
        ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
        minWidth: 900,
        minHeight: 600,
        title: 'Clientbook',
        // Shown only once painted, over the renderer's --c-bg (renderer/styles/tokens.css), so no white flash.
        show: false,
        backgroundColor: '#f3f5f8',
      },
      preloadPath,
    ),
  );
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  trackWindowState(window, stateFile, (error) => log.warn('Could not remember the window size', describeError(error)));
  offerReloadWhenStuck(window, log);
  setupContextMenu(window.webContents);
  window
    .loadURL(`${APP_ENTRY_URL}${route ? `#${route}` : ''}`)
    .catch((error: unknown) => log.error('The app page did not load', describeError(error)));
  return window;
}

/** Keeps track of the main window so the menu, a second launch and macOS's dock can reach it. */
export interface MainWindowController {
  current(): BrowserWindow | null;
  /** Brings the existing window to the front, or opens a new one (on `route`, when given: an app route such as `/settings`). */
  show(route?: string): BrowserWindow;
}

export function createMainWindowController(options: MainWindowOptions): MainWindowController {
  let window: BrowserWindow | null = null;
  const current = (): BrowserWindow | null => (window && !window.isDestroyed() ? window : null);
  return {
    current,
    show(route) {
      const existing = current();
      if (existing) {
        if (existing.isMinimized()) existing.restore();
        existing.focus();
        return existing;
      }
      const created = createMainWindow(options, route);
      created.on('closed', () => {
        if (window === created) window = null;
      });
      window = created;
      return created;
    },
  };
}
