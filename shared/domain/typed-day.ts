import { latinDigits } from './digits';
import type { DayOrder } from './firm-locale';

/**
 * The one reading of a day a person typed, on a screen or in an import file, by the firm's day
 * order: "03/04/2026" is 4 March in MDY and 3 April in DMY. ISO days read the same in any order.
 */

/** 2026-03-04, 3/4/2026, 03-04-26, 31.12.2025, 2026/03/31: three parts, the same separator twice. */
const dayShape = /^(\d{1,4})([/.\- ])(\d{1,2})\2(\d{1,4})$/;

/** The three numbers of a typed day, as written, or null when it is not one. */
export function typedDayParts(text: string): [string, string, string] | null {
  const match = dayShape.exec(latinDigits(text.trim()));
  return match ? [match[1]!, match[3]!, match[4]!] : null;
}

function dayOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A two-digit year's century: the year within 80 years before and 19 after `today`'s, so in 2026
 * "45" is 2045 and "46" is 1946 (birth dates and "client since" lie behind, reviews a little ahead).
 */
function fullYear(twoDigits: number, thisYear: number): number {
  const year = Math.floor(thisYear / 100) * 100 + twoDigits;
  if (year > thisYear + 19) return year - 100;
  if (year < thisYear - 80) return year + 100;
  return year;
}

export interface TypedDayOptions {
  /** The day two-digit years are counted from (`YYYY-MM-DD`); by default this computer's today. */
  today?: string;
  /** Refuse two-digit years instead of guessing their century (a file of many dates is better refused than misread). */
  fourDigitYears?: boolean;
}

/**
 * `YYYY-MM-DD` for a day typed in `order` (the firm's, 'locale' resolved: `resolveDayOrder`), with
 * slashes, dashes, dots or spaces, two- or four-digit years, in Latin or Devanagari digits. A
 * four-digit first part is always a year (ISO). Blank is null; unreadable or impossible (31 April,
 * month 13) is undefined.
 */
export function parseTypedDay(text: string, order: DayOrder, options: TypedDayOptions = {}): string | null | undefined {
  if (text.trim() === '') return null;
  const parts = typedDayParts(text);
  if (!parts) return undefined;
  const [yearText, monthText, dayText] =
    parts[0].length === 4 || order === 'YMD'
      ? [parts[0], parts[1], parts[2]]
      : order === 'MDY'
        ? [parts[2], parts[0], parts[1]]
        : [parts[2], parts[1], parts[0]];
  // The day and month take one or two digits, the year two or four.
  if (monthText.length > 2 || dayText.length > 2) return undefined;
  if (yearText.length !== 4 && (yearText.length !== 2 || options.fourDigitYears)) return undefined;
  const thisYear = options.today === undefined ? new Date().getFullYear() : Number(options.today.slice(0, 4));
  const year = yearText.length === 2 ? fullYear(Number(yearText), thisYear) : Number(yearText);
  return dayOf(year, Number(monthText), Number(dayText));
}
