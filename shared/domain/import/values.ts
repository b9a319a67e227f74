import type { DateOrder } from '../../model/data-transfer';

/** Reading dates as people type them in spreadsheets (amounts: `parseMoney`). Blank is null; unreadable is undefined. */

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 3/4/2026, 03-04-2026, 3.4.2026: the same separator twice, a four-digit year (two digits would guess the century). */
const partsDay = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

function dayOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` from an ISO day or a day in `order` ("03/04/2026" is 4 March in mdy, 3 April in dmy). */
export function parseDay(value: string, order: DateOrder): string | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const iso = isoDay.exec(text);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = partsDay.exec(text);
  if (!parts) return undefined;
  const [first, second, year] = [Number(parts[1]), Number(parts[3]), Number(parts[4])];
  return order === 'mdy' ? dayOf(year, first, second) : dayOf(year, second, first);
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
    const parts = partsDay.exec(value.trim());
    if (!parts) continue;
    seen = true;
    if (Number(parts[1]) > 12) dmy = true;
    if (Number(parts[3]) > 12) mdy = true;
  }
  if (!seen) return null;
  return dmy === mdy ? 'ambiguous' : dmy ? 'dmy' : 'mdy';
}
