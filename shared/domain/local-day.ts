/**
 * Calendar days of instants. Instants are stored in UTC, but "the day of a meeting" or "today" is
 * a calendar day: a 9 am meeting in Sydney is that day's meeting, not the previous day's, whatever
 * the UTC date is. The book's days are the firm's, in the time zone its settings name (`zoned…`),
 * so every desk of an office agrees on what is due today; `local…` is this computer's calendar,
 * left for what is about the computer itself.
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

/** How far the wall clock in `timeZone` is ahead of UTC at `ms`, in milliseconds (whole minutes). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const { day, time } = zonedDayTime(new Date(ms), timeZone);
  return Date.parse(`${day}T${time}:00Z`) - (ms - (((ms % 60_000) + 60_000) % 60_000));
}

/**
 * The instant, as epoch milliseconds, at which the calendar day `day` begins in `timeZone`: its
 * midnight, or where a clock change skips midnight, the first moment the zone's clock shows that day.
 */
export function zonedDayStartMs(day: string, timeZone: string): number {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // The offset a few hours either side of the day's start: one of them is the offset at its start.
  const candidates = [-1, 1].map((side) => midnightUtc - zoneOffsetMs(midnightUtc + side * 14 * 3_600_000, timeZone));
  const inDay = candidates.filter((ms) => zonedDayOf(new Date(ms), timeZone) === day);
  return Math.min(...(inDay.length > 0 ? inDay : candidates));
}

/** The firm's day last asked for, per zone, with the instants it spans: `zonedToday` is asked for on every request. */
const todays = new Map<string, { day: string; startMs: number; endMs: number }>();

/** Today's calendar day (`YYYY-MM-DD`) in `timeZone` at `now`: the firm's today, the same at every desk of an office. */
export function zonedToday(now: Date, timeZone: string): string {
  const ms = now.getTime();
  const known = todays.get(timeZone);
  if (known && known.startMs <= ms && ms < known.endMs) return known.day;
  const day = zonedDayOf(now, timeZone);
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  todays.set(timeZone, { day, startMs: zonedDayStartMs(day, timeZone), endMs: zonedDayStartMs(next, timeZone) });
  return day;
}
