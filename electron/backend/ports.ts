/**
 * What the backend needs from whatever hosts it but cannot do in plain Node: render a page to
 * PDF and show system dialogs. Electron's main process provides both (electron/main/print.ts); the
 * browser host renders with headless Chromium and has no dialogs. A missing port makes the
 * channels that need it answer UNAVAILABLE with a plain sentence.
 */
import type { UpdatesSetting } from '../../shared/contract';
import type { DesktopFileKind } from '../../shared/model/app';

/** Renders an app print route to PDF. */
export interface PdfRenderer {
  /**
   * `route` is a hash route without '#', from shared/print.ts (e.g. `packetRoute(...)`). Resolves
   * with the PDF once the page has set its print state to 'ready'; rejects when it says 'error',
   * does not get ready in time, or `signal` aborts.
   */
  render(route: string, signal?: AbortSignal): Promise<Uint8Array>;
  /** Frees the window or browser it keeps between renders. */
  close(): Promise<void>;
}

/** System dialogs and printing; only the desktop app has them. */
export interface DesktopDialogs {
  /** The save dialog; the chosen path, or null when cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  /** The folder dialog; the chosen folder, or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** The open-file dialog for a Clientbook backup or a whole-book export; the chosen file, or null when cancelled. */
  chooseFile(kind: DesktopFileKind): Promise<string | null>;
  /** The system print dialog for an app print route; false when cancelled. */
  print(route: string): Promise<boolean>;
}

/** The desktop app's dialogs, and the system's file manager and apps for files Clientbook wrote. */
export interface Desktop extends DesktopDialogs {
  /** Opens a file or folder with the system's app for it; resolves with the system's complaint, or '' when it opened. */
  openPath(target: string): Promise<string>;
  /** Shows a file or folder, selected, in the system's file manager. */
  showInFolder(target: string): void;
  /** This computer's automatic updates (electron/main/updates.ts). */
  updates: UpdatesPort;
}

/** Whether this computer updates Clientbook itself: the person's choice, within the machine's policy. */
export interface UpdatesPort {
  setting(): Promise<UpdatesSetting>;
  /** Saves the choice and starts or stops looking for updates; throws a typed error where the policy decides. */
  configure(automatic: boolean): Promise<UpdatesSetting>;
}
