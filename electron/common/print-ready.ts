import { PRINT_STATE_ATTRIBUTE } from '../../shared/print';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/messages';

/** An expression, run in the print page, that reads its print state. */
export const readPrintStateScript = `document.documentElement.getAttribute(${JSON.stringify(PRINT_STATE_ATTRIBUTE)})`;

export interface WaitOptions {
  /** Gives up after this long: a page that never settles must not hang a batch. */
  timeoutMs?: number;
  intervalMs?: number;
  signal?: AbortSignal;
}

/**
 * Polls a print page's state until it says 'ready'. Rejects with a plain AppError when the page
 * says 'error' (its message stays on the page: it may name the client, so it is not logged) or
 * when it takes longer than `timeoutMs`, and with the abort reason when `signal` aborts.
 */
export async function waitForPrintReady(readState: () => Promise<unknown>, options: WaitOptions = {}): Promise<void> {
  const { timeoutMs = 30_000, intervalMs = 50, signal } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    signal?.throwIfAborted();
    const state = await readState();
    if (state === 'ready') return;
    if (state === 'error') {
      throw new AppError('INTERNAL', message('packets.printFailed'));
    }
    if (Date.now() >= deadline) {
      throw new AppError('INTERNAL', message('packets.printTimedOut', { seconds: Math.round(timeoutMs / 1000) }));
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * An expression that moves an already loaded app page to another print route without reloading
 * it (loading the app again costs far more than drawing one packet). The state is set back to
 * 'loading' first, so the previous packet's 'ready' can never be taken for this one's.
 */
export function switchPrintRouteScript(route: string): string {
  return `document.documentElement.setAttribute(${JSON.stringify(PRINT_STATE_ATTRIBUTE)}, 'loading'); location.hash = ${JSON.stringify(route)};`;
}

/** Runs tasks one after another, each starting once the previous one settled: print pages are shared. */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };
}
