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

/** One per zone for the process: building an Intl formatter is slow (about a millisecond). */
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock day (`YYYY-MM-DD`) and time (`HH:MM`) of an instant in `timeZone`: where the firm
 * is, whatever this computer's zone. A zone this computer's Intl does not know falls back to its own.
 */
export function zonedDayTime(instant: Date | string, timeZone: string): { day: string; time: string } {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  let format = wallClocks.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      });
    } catch {
      return { day: localDayOf(date), time: `${pad(date.getHours())}:${pad(date.getMinutes())}` };
    }
    wallClocks.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The calendar day (`YYYY-MM-DD`) of an instant in `timeZone`: the firm's day, not this computer's or UTC's. */
export function zonedDayOf(instant: Date | string, timeZone: string): string {
  return zonedDayTime(instant, timeZone).day;
}
