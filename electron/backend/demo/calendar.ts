import type { Rng } from './rng';

/**
 * Days as integers (days since 1970-01-01, UTC) so that date arithmetic in the generator is plain
 * addition; conversion to ISO strings happens once per record.
 */
const DAY_MS = 86_400_000;

/**
 * Office hours are local to the firm's region. Local times run from 07:30 to before 19:00, so from
 * UTC−5 to UTC+7:30 every instant falls on the same UTC day as its local day.
 */
export const LATEST_LOCAL_MINUTE = 19 * 60 - 1;

/** The parsed day, or null when `iso` is not a real `YYYY-MM-DD` date. */
export function parseIsoDay(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const ms = Date.parse(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) return null;
  return ms / DAY_MS;
}

/** Time relative to the `today` a book is generated for. */
export class Calendar {
  readonly today: number;
  readonly yesterday: number;
  /** First day of the two years of history. */
  readonly historyStart: number;
  /** Formatted days are shared: a large book repeats the same few thousand dates many times. */
  private readonly dayStrings = new Map<number, string>();

  /** `utcOffsetMinutes`: how far the office's clock is ahead of UTC. */
  constructor(
    todayIso: string,
    private readonly utcOffsetMinutes: number,
  ) {
    const today = parseIsoDay(todayIso);
    if (today === null) throw new Error(`today must be a real date like 2026-03-31, not "${todayIso}".`);
    this.today = today;
    this.yesterday = today - 1;
    this.historyStart = today - 730;
  }

  day(day: number): string {
    let text = this.dayStrings.get(day);
    if (text === undefined) {
      text = new Date(day * DAY_MS).toISOString().slice(0, 10);
      this.dayStrings.set(day, text);
    }
    return text;
  }

  /** The instant of a local (firm) time of day, in minutes after midnight. */
  instant(day: number, localMinute: number): string {
    return new Date(day * DAY_MS + (localMinute - this.utcOffsetMinutes) * 60_000).toISOString();
  }

  year(day: number): number {
    return new Date(day * DAY_MS).getUTCFullYear();
  }

  isWeekend(day: number): boolean {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday === 0 || weekday === 6;
  }

  /**
   * A working day within three days of `day` and inside [min, max], so meetings and calls happen in
   * the working week without piling onto Fridays and Mondays; `day` itself if none is found.
   */
  workdayNear(rng: Rng, day: number, min: number, max: number): number {
    if (!this.isWeekend(day)) return day;
    for (let tries = 0; tries < 8; tries++) {
      const candidate = day + rng.int(-3, 3);
      if (candidate >= min && candidate <= max && !this.isWeekend(candidate)) return candidate;
    }
    return day;
  }

  /**
   * A random working day in [min, max]. Weekend draws are drawn again rather than moved, which
   * would pile them onto Fridays and Mondays; a range of only weekend days gives a weekend day.
   */
  randomWorkday(rng: Rng, min: number, max: number): number {
    let day = rng.int(min, max);
    for (let tries = 0; tries < 8 && this.isWeekend(day); tries++) day = rng.int(min, max);
    return day;
  }

  /** Last day of the month before `today`: when holdings were last valued. */
  lastMonthEnd(): number {
    const date = new Date(this.today * DAY_MS);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 0) / DAY_MS;
  }

  /** Quarter ends (31 March, 30 June, 30 September, 31 December) strictly between `from` and `to`. */
  quarterEndsBetween(from: number, to: number): number[] {
    const start = new Date(from * DAY_MS);
    const days: number[] = [];
    // Day 0 of the month after each quarter's last month is that quarter's last day.
    for (let month = Math.floor(start.getUTCMonth() / 3) * 3 + 3; ; month += 3) {
      const day = Date.UTC(start.getUTCFullYear(), month, 0) / DAY_MS;
      if (day >= to) return days;
      if (day > from) days.push(day);
    }
  }

  /** A day about `years` before `day` (fractional years allowed). */
  yearsBefore(day: number, years: number): number {
    return day - Math.round(years * 365.25);
  }
}
