import { localDayOf, localToday } from '../../../shared/domain/local-day';
import { IsoDay } from '../../../shared/model';

/** Whether text is a real calendar day `YYYY-MM-DD`, by the contract's own rule. */
export function isIsoDay(text: string): boolean {
  return IsoDay.safeParse(text).success;
}

/** The first and last day of the calendar month `now` falls in, local time. */
export function monthOf(now: Date = new Date()): { from: string; to: string } {
  return {
    from: localDayOf(new Date(now.getFullYear(), now.getMonth(), 1)),
    to: localDayOf(new Date(now.getFullYear(), now.getMonth() + 1, 0)),
  };
}

/**
 * The day a new meeting starts on: the day the review falls due, or today when that has passed
 * (nobody plans a meeting in the past).
 */
export function meetingDayFor(nextDueOn: string | null, today: string = localToday()): string {
  return nextDueOn !== null && nextDueOn > today ? nextDueOn : today;
}
