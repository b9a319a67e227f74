/**
 * Days as the person at the workstation counts them. Instants are stored in UTC, but "the day of
 * a meeting" or "today" is the local calendar day: a 9 am meeting in Sydney is that day's
 * meeting, not the previous day's, whatever the UTC date is.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** The local calendar day (`YYYY-MM-DD`) of an instant. */
export function localDayOf(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's local calendar day (`YYYY-MM-DD`) on this computer. */
export function localToday(now: Date = new Date()): string {
  return localDayOf(now);
}

/** The instant, as epoch milliseconds, at which the local calendar day `day` begins. */
export function localDayStartMs(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date).getTime();
}
