import { IsoDay } from '../../../shared/model';

/** Whether text is a real calendar day `YYYY-MM-DD`, by the contract's own rule. */
export function isIsoDay(text: string): boolean {
  return IsoDay.safeParse(text).success;
}

/** The first and last day of the calendar month holding `day` (the firm's today, for "this month"). */
export function monthOf(day: string): { from: string; to: string } {
  const [year = 0, month = 1] = day.split('-').map(Number);
  return { from: `${day.slice(0, 7)}-01`, to: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) };
}

/**
 * The day a new meeting starts on: the day the review falls due, or today when that has passed
 * (nobody plans a meeting in the past).
 */
export function meetingDayFor(nextDueOn: string | null, today: string): string {
  return nextDueOn !== null && nextDueOn > today ? nextDueOn : today;
}
