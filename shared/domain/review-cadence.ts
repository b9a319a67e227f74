import type { Client, Interaction, Review, ReviewDueBucket, Settings } from '../model';
import { zonedDayOf, zonedDayStartMs } from './local-day';
import { addDays } from './recurrence';

/** What the review date depends on in a client record. */
export type ReviewSubject = Pick<
  Client,
  'status' | 'archived' | 'tier' | 'reviewCadenceMonths' | 'reviewsFrom' | 'clientSince' | 'createdAt'
>;

/** What a review date is counted by in the firm's settings: the cadences, and the time zone whose days they count. */
export type ReviewRules = Pick<Settings, 'reviewCadenceMonths' | 'timeZone'>;

/** Days after this month within which a review due date counts as "upcoming". */
const upcomingWithinDays = 90;

/**
 * `isoDay` plus whole `months`, in UTC. A day that does not exist in the target month rolls back
 * to that month's last day (31 January + 1 month = 28 or 29 February), as people count months.
 */
export function addMonths(isoDay: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number);
  const monthIndex = month - 1 + months;
  const lastDayOfTarget = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, monthIndex, Math.min(day, lastDayOfTarget))).toISOString().slice(0, 10);
}

/** Months between the client's reviews: its own override, else its tier's default. */
export function cadenceMonths(client: Pick<Client, 'tier' | 'reviewCadenceMonths'>, byTier: Settings['reviewCadenceMonths']): number {
  return client.reviewCadenceMonths ?? byTier[client.tier];
}

/** The day of the newest held review, on or before `until` when given; null when there is none. */
export function lastHeldReviewOn(reviews: Iterable<Pick<Review, 'status' | 'heldOn'>>, until?: string): string | null {
  let newest: string | null = null;
  for (const { status, heldOn } of reviews) {
    if (status !== 'held' || heldOn === null || (until !== undefined && heldOn > until)) continue;
    if (newest === null || heldOn > newest) newest = heldOn;
  }
  return newest;
}

/**
 * The firm's day (in `timeZone`) of the newest interaction of kind 'meeting', on or before `until`
 * when given; null when there is none.
 */
export function lastMeetingOn(interactions: Iterable<Pick<Interaction, 'kind' | 'at'>>, timeZone: string, until?: string): string | null {
  const endMs = until === undefined ? Number.POSITIVE_INFINITY : zonedDayStartMs(addDays(until, 1), timeZone);
  let newest = Number.NEGATIVE_INFINITY;
  for (const interaction of interactions) {
    if (interaction.kind !== 'meeting') continue;
    // Instants may carry any offset, so compare them as times, not as strings.
    const ms = Date.parse(interaction.at);
    if (ms < endMs && ms > newest) newest = ms;
  }
  return Number.isFinite(newest) ? zonedDayOf(new Date(newest), timeZone) : null;
}

/**
 * The review the next one counts from, on or before `until` when given: the newest held review.
 * Books from before review records existed hold none, so until a client has one, its newest
 * meeting stands in for it.
 */
export function lastReviewOn(
  reviews: Iterable<Pick<Review, 'status' | 'heldOn'>>,
  interactions: Iterable<Pick<Interaction, 'kind' | 'at'>>,
  timeZone: string,
  until?: string,
): string | null {
  return lastHeldReviewOn(reviews, until) ?? lastMeetingOn(interactions, timeZone, until);
}

/** The day a client became one: `clientSince`, else the firm's day (in `timeZone`) it was entered. */
export function becameClientOn(client: Pick<Client, 'clientSince' | 'createdAt'>, timeZone: string): string {
  return client.clientSince ?? zonedDayOf(client.createdAt, timeZone);
}

/**
 * When the client's next review is due: the last review (see `lastReviewOn`) plus the client's
 * cadence; a client never reviewed is counted from its `reviewsFrom` day (set by an import), else
 * the day it became a client (`becameClientOn`). Former and archived clients are not reviewed: null.
 */
export function nextReviewOn(client: ReviewSubject, lastReview: string | null, rules: ReviewRules): string | null {
  if (client.status === 'former' || client.archived) return null;
  const from = lastReview ?? client.reviewsFrom ?? becameClientOn(client, rules.timeZone);
  return addMonths(from, cadenceMonths(client, rules.reviewCadenceMonths));
}

/**
 * Where a due date stands on `today`: 'overdue' before today; 'this_month' from today to the end
 * of today's calendar month; 'upcoming' later but within 90 days of today; 'later' after that.
 */
export function reviewDueBucket(nextDueOn: string, today: string): ReviewDueBucket {
  if (nextDueOn < today) return 'overdue';
  if (nextDueOn.slice(0, 7) === today.slice(0, 7)) return 'this_month';
  return nextDueOn <= addDays(today, upcomingWithinDays) ? 'upcoming' : 'later';
}
