import type { DateOrder } from '../../model/data-transfer';
import { minorDigits } from '../money';

/** Reading dates and amounts as people type them in spreadsheets. Blank is null; unreadable is undefined. */

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

const currencyPrefix = /^(?:US\$|Rs\.?|[A-Z]{3}|[$€£₹¥])\s*/i;
const currencySuffix = /\s*(?:[A-Z]{3}|[$€£₹¥])$/i;
const minus = /^[-−]\s*/;

/** 1,234.56 (thousands by threes), 12,34,567.8 (Indian lakh grouping), 1234.5, .5 */
const pointDecimal = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})*,\d{3}|\d*)(?:\.(\d+))?$/;
/** 1.234,50 or 1234,50: read as European only in this unmistakable shape (two decimals after the comma). */
const commaDecimal = /^(?:\d{1,3}(?:\.\d{3})+|\d+),(\d{2})$/;

/**
 * An amount in `currency`'s minor units (cents and paise for USD and INR, whole yen for JPY, fils
 * for BHD: `minorDigits`); more decimals than the currency has round half up. Currency symbols and
 * codes ($ € £ ₹ USD INR…), thousands separators (Indian grouping included), a minus sign (− too)
 * or accounting parentheses are understood.
 */
export function parseAmountMinor(value: string, currency: string): number | null | undefined {
  let text = value.trim();
  if (text === '') return null;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(currencyPrefix, '');
  if (minus.test(text)) {
    if (negative) return undefined;
    negative = true;
    text = text.replace(minus, '').replace(currencyPrefix, '');
  }
  text = text.replace(currencySuffix, '');
  if (!/\d/.test(text)) return undefined;

  let whole: string;
  let fraction: string;
  const european = commaDecimal.exec(text);
  if (european) {
    whole = text.slice(0, text.indexOf(',')).replaceAll('.', '');
    fraction = european[1]!;
  } else if (pointDecimal.test(text)) {
    const point = text.indexOf('.');
    whole = (point === -1 ? text : text.slice(0, point)).replaceAll(',', '');
    fraction = point === -1 ? '' : text.slice(point + 1);
  } else {
    return undefined;
  }
  const digits = minorDigits(currency);
  const kept = Number(fraction.padEnd(digits, '0').slice(0, digits) || '0');
  const roundUp = (fraction[digits] ?? '0') >= '5' ? 1 : 0;
  const minor = Number(whole || '0') * 10 ** digits + kept + roundUp;
  if (!Number.isSafeInteger(minor)) return undefined;
  return negative && minor !== 0 ? -minor : minor;
}
