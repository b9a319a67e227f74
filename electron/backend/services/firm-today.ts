import { zonedToday } from '../../../shared/domain/local-day';
import type { BookStore } from '../store/book-store';

/**
 * Today as the firm counts it: its day in the time zone its settings name, by the injected clock.
 * What "due today" and "overdue" mean, the same at every desk of an office (and on a laptop
 * abroad), whatever this computer's zone or the UTC date. Apart from checks.ts, which re-exports
 * it, so the client-facts cache can use it without importing the service context's module.
 */
export function today(ctx: { now: () => Date; store: Pick<BookStore, 'settings'> }): string {
  return zonedToday(ctx.now(), ctx.store.settings.timeZone);
}
