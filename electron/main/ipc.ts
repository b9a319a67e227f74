import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { BRIDGE_EVENT_CHANNEL, BRIDGE_INVOKE_CHANNEL, BRIDGE_LANGUAGE_CHANNEL } from '../../shared/bridge';
import type { EventName, TransportHandlers } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { isAppUrl } from './app-protocol';
import type { Logger } from '../backend/logger';
import { logRequestFailure } from '../common/log';
import type { StartAnswers } from '../common/start-answers';
import { isInterfaceLanguage } from './i18n';
import type { InterfaceLanguage } from '../../shared/model/language-values';

/** The answer to a request from anything but the app's own main frame. */
export const forbiddenResult: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Clientbook window, so it was refused.' },
};

/**
 * True only for the main frame of a web contents showing the app itself: not an iframe, not a
 * page that navigated elsewhere, not a frame that is already gone.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || frame !== event.sender.mainFrame) return false;
    return isAppUrl(frame.url);
  } catch {
    // Touching a frame that was destroyed meanwhile throws; such a sender is not trusted.
    return false;
  }
}

export interface InvokeDeps {
  /** A promise while the backend still loads: calls made meanwhile wait for it. */
  handlers: TransportHandlers | Promise<TransportHandlers>;
  /** Before the backend's code is loaded: the first screen's answer, and how to have the backend loaded. */
  atStart?: StartAnswers;
  actor: string;
  log: Logger;
}

/** Serves one `clientbook:invoke` call; resolves with a result envelope and never rejects. */
export async function handleInvoke(
  deps: InvokeDeps,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  channel: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event)) {
    deps.log.warn('Refused a request from an untrusted frame');
    return forbiddenResult;
  }
  const name = typeof channel === 'string' ? channel : '';
  const early = await deps.atStart?.answer(name, input);
  if (early) return early;
  // The contract (zod and every schema) is loaded with the backend, not before the window shows.
  const [{ dispatch }, handlers] = await Promise.all([import('../../shared/contract'), deps.handlers]);
  return dispatch(
    handlers,
    name,
    input,
    { actor: deps.actor },
    {
      onInternalError: (name, error) => logRequestFailure(deps.log, error, name),
    },
  );
}

/** Registers the single IPC entry point; every contract channel travels through it. */
export function setupIpc(deps: InvokeDeps): void {
  ipcMain.handle(BRIDGE_INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => handleInvoke(deps, event, channel, input));
}

/**
 * Hears the interface language the window's reader chose (`clientbook:language`), from the app's
 * own main frame only and only as a language main has a catalogue for; anything else is dropped.
 */
export function setupLanguageMessages(onLanguage: (language: InterfaceLanguage) => void, log: Logger): void {
  ipcMain.on(BRIDGE_LANGUAGE_CHANNEL, (event, language: unknown) => {
    if (!isTrustedSender(event)) log.warn('Refused a language from an untrusted frame');
    else if (isInterfaceLanguage(language)) onLanguage(language);
    else log.warn('Ignored an interface language main has no words for');
  });
}

/** Pushes one event to a window's renderer, where `window.clientbook.on(name, …)` receives it. */
export function sendEvent(window: BrowserWindow, name: string, payload: unknown): void {
  if (!window.isDestroyed()) window.webContents.send(BRIDGE_EVENT_CHANNEL, name, payload);
}

/** Pushes one event to every app window. */
export function broadcast(name: string, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) sendEvent(window, name, payload);
}

/** The event source `createBackend` returns. */
export interface BackendEvents {
  on(name: EventName, cb: (payload: unknown) => void): () => void;
}

/** Forwards backend events to the renderers; returns a function that stops forwarding. */
export async function setupEventForwarding(
  events: BackendEvents,
  send: (name: string, payload: unknown) => void = broadcast,
): Promise<() => void> {
  const { eventNames } = await import('../../shared/contract');
  const stops = eventNames.map((name) => events.on(name, (payload) => send(name, payload)));
  return () => stops.forEach((stop) => stop());
}
