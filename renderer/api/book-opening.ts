import type { ApiClient } from './client';

/** How much of the book is read while the first screen is served from what was saved for it. */
export interface BookOpening {
  /** 0 to 1 while the rest of the book is still being read; null once it is whole (or was never partial). */
  done(): number | null;
  /** Calls `cb` whenever `done()` changes; returns the unsubscribe function. */
  subscribe(cb: () => void): () => void;
}

/**
 * Follows the reading of the book: it starts where the boot answer says (`opening`), moves with each
 * `book:opening` event, and ends with `done: 1` or the first `data:changed` (sent once the book is
 * whole). An event is newer than the boot answer, so once one has come the answer no longer counts.
 */
export function trackBookOpening(api: ApiClient, fromBoot: Promise<number | null>): BookOpening {
  let done: number | null = null;
  let heard = false;
  const listeners = new Set<() => void>();
  const set = (next: number | null) => {
    if (next === done) return;
    done = next;
    for (const listener of listeners) listener();
  };
  api.onEvent('book:opening', (payload) => {
    heard = true;
    set(payload.done >= 1 ? null : payload.done);
  });
  api.onEvent('data:changed', () => {
    heard = true;
    set(null);
  });
  void fromBoot.then((opening) => {
    if (!heard) set(opening);
  });
  return {
    done: () => done,
    subscribe(cb) {
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
      };
    },
  };
}
