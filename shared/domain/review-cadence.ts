import type { Client, Interaction, Settings } from '../model';

/** What the review date depends on in a client record. */
export type ReviewSubject = Pick<Client, 'status' | 'archived' | 'tier' | 'reviewCadenceMonths' | 'clientSince' | 'createdAt'>;

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

/** The UTC day of the newest interaction of kind 'meeting', or null when there is none. */
export function lastMeetingOn(interactions: Iterable<Pick<Interaction, 'kind' | 'at'>>): string | null {
  let newest = Number.NEGATIVE_INFINITY;
  for (const interaction of interactions) {
    // Instants may carry any offset, so compare them as times, not as strings.
    if (interaction.kind === 'meeting') newest = Math.max(newest, Date.parse(interaction.at));
  }
  return Number.isFinite(newest) ? new Date(newest).toISOString().slice(0, 10) : null;
}

/**
 * When the client's next review is due: the last review plus the client's cadence. Until review
 * records exist (a later issue), the last review is the newest meeting; a client never met is
 * counted from the day it became a client, else from the day it was entered. Former and archived
 * clients are not reviewed: null.
 */
export function nextReviewOn(client: ReviewSubject, lastMeeting: string | null, byTier: Settings['reviewCadenceMonths']): string | null {
  if (client.status === 'former' || client.archived) return null;
  const from = lastMeeting ?? client.clientSince ?? new Date(client.createdAt).toISOString().slice(0, 10);
  return addMonths(from, cadenceMonths(client, byTier));
}
