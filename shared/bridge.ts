import type { Result } from './errors';

/**
 * What the Electron preload exposes as `window.clientbook`. The renderer's API client uses it
 * when present and falls back to the HTTP host otherwise.
 */
export interface ClientbookBridge {
  /** Calls a contract channel in main; always resolves with the result envelope, never rejects on app errors. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to one event pushed by main; returns the unsubscribe function. */
  on(event: string, cb: (payload: unknown) => void): () => void;
  /**
   * Tells main the interface language its reader chose, so menus and dialogs follow it. One-way;
   * main ignores anything but a known language. Only the desktop app's preload has it: in a browser
   * tab there is no native menu to translate.
   */
  setLanguage?(language: string): void;
}

/** The single IPC channel requests travel on (renderer → main). */
export const BRIDGE_INVOKE_CHANNEL = 'clientbook:invoke';

/** The single IPC channel events travel on (main → renderer), as `(name, payload)`. */
export const BRIDGE_EVENT_CHANNEL = 'clientbook:event';

/** The one-way message (renderer → main) carrying the interface language, as `(language)`. */
export const BRIDGE_LANGUAGE_CHANNEL = 'clientbook:language';

/** Event name for commands chosen in the native application menu. */
export const MENU_COMMAND_EVENT = 'menu:command';

/**
 * The app's main screens in navigation order: the renderer's left navigation (Alt+1…) and the
 * native View menu (Ctrl/Cmd+1…) both follow this list. The renderer's router owns the paths.
 */
export const appScreens = [
  { key: 'dashboard', to: '/' },
  { key: 'clients', to: '/clients' },
  { key: 'tasks', to: '/tasks' },
  { key: 'requests', to: '/requests' },
  { key: 'satisfaction', to: '/satisfaction' },
  { key: 'reviews', to: '/reviews' },
  { key: 'team', to: '/team' },
  { key: 'settings', to: '/settings' },
  { key: 'activity', to: '/activity' },
] as const;
export type ScreenKey = (typeof appScreens)[number]['key'];
export type MenuRoute = (typeof appScreens)[number]['to'];

/** Payload of a `menu:command` event. */
export type MenuCommand =
  | { command: 'navigate'; to: MenuRoute }
  | { command: 'newClient' }
  | { command: 'backupNow' }
  /** Open the search box, as `/` does. */
  | { command: 'search' }
  /** Print what is on screen where a printout of it exists (My day). */
  | { command: 'print' }
  /** Open Restore with this backup file selected: Clientbook was opened with it (a double-click); main checked it is a readable backup file. */
  | { command: 'restoreFile'; file: string };

/** The extension of a backup copied out of Clientbook, which the installers register so a double-click opens Restore. */
export const backupFileExtension = '.clientbook-backup';

/** The search parameter of Settings that selects a backup file in Restore from a backup file. */
export const restoreFileParam = 'restoreFile';

/** Settings with `file` selected in Restore from a backup file: where the window opens when Clientbook starts with a backup file. */
export function restoreFileRoute(file: string): string {
  return `/settings?${new URLSearchParams({ [restoreFileParam]: file })}`;
}
