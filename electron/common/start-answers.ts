import { outputsCheckedByDefault } from '../../shared/check-outputs';
import type { Result } from '../../shared/errors';
import type { AppBoot } from '../../shared/model';
import type { FirstScreen } from '../backend/first-screen-file';

/**
 * What both hosts answer before the backend's code is loaded: `app:boot` for a plain start, from
 * the first-screen file read at start. Loading the backend takes about 0.1 s of the one thread,
 * which the page would wait for; it is loaded once that answer is out (while the page renders it),
 * when a call needs the backend itself, or after `waitMs` when no page asks.
 */
export interface StartAnswers {
  /** The backend's code is wanted now (idempotent). */
  loadBackend(): void;
  /** `app:boot`'s answer, or null when the call must wait for the backend (asked to load by then). */
  answer(channel: string, input: unknown): Promise<Result<AppBoot> | null>;
  /**
   * The app is closing: true when the backend was never asked for, and now never will be (the
   * caller frees the folder it locked), false when it is loading or loaded (the caller closes it).
   */
  closeUnloaded(): boolean;
}

/** How long the backend waits to be loaded for a page to ask for the first screen. */
const waitMs = 2_000;

/**
 * `firstScreen`: the file read at start (`readFirstScreenAtStart`), null when there is none to
 * serve. `wanted` resolves with it once the backend should load.
 */
export function startAnswers(firstScreen: Promise<FirstScreen | null>): { atStart: StartAnswers; wanted: Promise<FirstScreen | null> } {
  let load!: () => void;
  const wanted = new Promise<void>((resolve) => (load = resolve));
  let asked = false;
  let closed = false;
  const loadBackend = () => {
    if (closed) return;
    asked = true;
    load();
  };
  void firstScreen.then(
    (found) => (found ? setTimeout(loadBackend, waitMs).unref() : loadBackend()),
    () => loadBackend(),
  );
  const atStart: StartAnswers = {
    loadBackend,
    async answer(channel, input) {
      const boot = channel === 'app:boot' && !asked ? (await firstScreen.catch(() => null))?.bootAtStart(input) : null;
      if (!boot) {
        loadBackend();
        return null;
      }
      // The test runs check every answer against the contract, this one too; the app does not load it for this.
      if (outputsCheckedByDefault()) (await import('../../shared/contract')).checkAnswer('app:boot', boot);
      // The first screen is on its way: the backend loads while the page renders it.
      setImmediate(loadBackend);
      return { ok: true, value: boot };
    },
    closeUnloaded() {
      closed = !asked;
      return closed;
    },
  };
  return { atStart, wanted: wanted.then(() => firstScreen.catch(() => null)) };
}
