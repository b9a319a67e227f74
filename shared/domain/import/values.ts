import type { DateOrder } from '../../model/data-transfer';
import { parseTypedDay, typedDayParts } from '../typed-day';

/** Reading dates as people type them in spreadsheets (amounts: `parseMoney`). Blank is null; unreadable is undefined. */

/**
 * `YYYY-MM-DD` from an ISO day or a day in the file's `order` ("03/04/2026" is 4 March in mdy, 3
 * April in dmy), read as a typed day is; years must have four digits, as a file of many dates is
 * better refused than read in the wrong century.
 */
export function parseDay(value: string, order: DateOrder): string | null | undefined {
  return parseTypedDay(value, order === 'mdy' ? 'MDY' : 'DMY', { fourDigitYears: true });
}

/**
 * Which way a column's slash dates read: a first part above 12 can only be a day (dmy), a second
 * part above 12 only a day (mdy). `ambiguous` when nothing tells (or the values disagree), null
 * when there are no such dates at all (ISO dates read the same either way).
 */
export function detectDateOrder(values: readonly string[]): DateOrder | 'ambiguous' | null {
  let seen = false;
  let dmy = false;
  let mdy = false;
  for (const value of values) {
    const parts = typedDayParts(value);
    if (!parts || parts[0].length > 2 || parts[2].length !== 4) continue;
    seen = true;
    if (Number(parts[0]) > 12) dmy = true;
    if (Number(parts[1]) > 12) mdy = true;
  }
  if (!seen) return null;
  return dmy === mdy ? 'ambiguous' : dmy ? 'dmy' : 'mdy';
}
