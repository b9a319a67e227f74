import type { Money } from '../model/common';
import { isKnownTimeZone } from './firm-locale';
import { zonedDayOf } from './local-day';
import { minorDigits, moneyDecimal } from './money';

/**
 * Numbers, amounts and dates written the firm's way: by its locale (grouping, decimal mark,
 * lakh/crore in en-IN and hi-IN) and in its time zone, whatever language the interface speaks.
 * Plain Intl, so screens, exports, the calendar file, packets and tests all write the same text.
 */

/** Whose way to write: the firm's locale and, for instants, its time zone (this computer's when absent). */
export interface FormatLocale {
  locale: string;
  timeZone?: string | undefined;
}

export interface LocaleFormat {
  /** Money in whole units of its currency (minor units are dropped): only where every amount is known to be whole. */
  money(value: Money): string;
  /** Money as exact as it is: to the minor unit when it has one ("$88,120.50"), else in whole units ("$900,000"). */
  exactMoney(value: Money): string;
  /** Money to the minor unit ("$1,234.56", "$850,000.00"): for a column of a paper where some amount has cents. */
  moneyCents(value: Money): string;
  /** Money in three figures where space is short: "$1.33M", "₹4.8L", "₹1.33Cr" (en-IN), "₹1.33 क॰" (hi-IN). */
  compactMoney(value: Money): string;
  /** Whether an amount has a part smaller than its currency's whole unit (cents, paise). */
  hasMinorUnits(value: Money): boolean;
  number(value: number): string;
  /** A whole number with its sign unless zero: "+42", "−7" (NPS runs from −100 to +100). */
  signedNumber(value: number): string;
  /** A calendar month (`YYYY-MM`): "Mar 2026" (short), "March 2026" (long), "मार्च 2026" (hi-IN). */
  month(isoMonth: string, length?: 'short' | 'long'): string;
  /** A share as a percentage to one decimal: 0.125 → "12.5%" (en), "12,5 %" (de-DE). */
  percent(ratio: number): string;
  /** "today", "yesterday", "12 days ago", "3 months ago", by calendar day in the firm's time zone. */
  relativeDay(iso: string, now?: Date): string;
  /** An instant as a medium date and short time in the firm's time zone. */
  dateTime(iso: string): string;
  /** A calendar day (`YYYY-MM-DD`) as a medium date, e.g. "Mar 31, 2026", "31 Mar 2026"; no time-zone shift. */
  day(isoDay: string): string;
  /** A wall-clock time of day (`HH:MM`, no zone), e.g. "9:30 AM", "09:30". */
  time(hhmm: string): string;
  fileSize(bytes: number): string;
}

/** Made on first use: the first Intl formatter of each kind loads its locale data, which a screen that never shows it should not pay for. */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** A tag Intl can take: a book may hold one this computer cannot parse (written by a newer ICU). */
function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

interface MoneyFormats {
  whole: Intl.NumberFormat;
  cents: Intl.NumberFormat;
  compact: Intl.NumberFormat;
  minorDigits: number;
}

// Intl formats a decimal string exactly; amountMinor / 100 as a double loses the last cent above 2^53 / 100.
const exactly = (text: string) => text as Intl.StringNumericLiteral;

function createLocaleFormat({ locale: wanted, timeZone: wantedZone }: FormatLocale): LocaleFormat {
  const locale = usableLocale(wanted);
  // A zone this computer's Intl does not know would throw: its own zone is the nearest guess.
  const timeZone = wantedZone !== undefined && isKnownTimeZone(wantedZone) ? wantedZone : undefined;
  const moneyFormats = new Map<string, MoneyFormats>();
  const numberFormat = onFirstUse(() => new Intl.NumberFormat(locale));
  const signedFormat = onFirstUse(() => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }));
  const percentFormat = onFirstUse(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  // "today"/"yesterday" read best for days; "1 month ago" is clearer than "last month" (calendar or 30 days?).
  const relativeDays = onFirstUse(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const relative = onFirstUse(() => new Intl.RelativeTimeFormat(locale, { numeric: 'always' }));
  const dateTimeFormat = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }));
  const dayFormat = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const timeFormat = onFirstUse(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }));
  const monthFormats = onFirstUse(() => ({
    short: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  }));
  const sizeFormats = onFirstUse(() => ({
    byte: new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }),
    kilobyte: new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }),
    megabyte: new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 }),
  }));

  const moneyFormat = (currency: string): MoneyFormats => {
    let formats = moneyFormats.get(currency);
    if (!formats) {
      formats = {
        whole: new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }),
        cents: new Intl.NumberFormat(locale, { style: 'currency', currency }),
        compact: new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }),
        minorDigits: minorDigits(currency),
      };
      moneyFormats.set(currency, formats);
    }
    return formats;
  };
  const hasMinorUnits = ({ amountMinor, currency }: Money) => amountMinor % 10 ** moneyFormat(currency).minorDigits !== 0;

  /** An instant's calendar day where the firm is, counted from 1970-01-01. */
  const dayNumber = (date: Date) => {
    // In this computer's zone Date knows the day itself, with no Intl formatter to make.
    if (timeZone === undefined) return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;
    return Date.parse(`${zonedDayOf(date, timeZone)}T00:00:00Z`) / 86_400_000;
  };

  return {
    money: ({ amountMinor, currency }) => moneyFormat(currency).whole.format(exactly(moneyDecimal(amountMinor, currency))),
    moneyCents: ({ amountMinor, currency }) => moneyFormat(currency).cents.format(exactly(moneyDecimal(amountMinor, currency))),
    compactMoney: ({ amountMinor, currency }) => moneyFormat(currency).compact.format(exactly(moneyDecimal(amountMinor, currency))),
    hasMinorUnits,
    exactMoney(value) {
      const formats = moneyFormat(value.currency);
      return (hasMinorUnits(value) ? formats.cents : formats.whole).format(exactly(moneyDecimal(value.amountMinor, value.currency)));
    },
    number: (value) => numberFormat().format(value),
    signedNumber: (value) => signedFormat().format(value),
    // Like a day, a month has no time zone.
    month: (isoMonth, length = 'short') => monthFormats()[length].format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`)),
    percent: (ratio) => percentFormat().format(ratio),
    relativeDay(iso, now = new Date()) {
      const days = dayNumber(now) - dayNumber(new Date(iso));
      const sign = days >= 0 ? -1 : 1;
      const abs = Math.abs(days);
      if (abs < 45) return relativeDays().format(sign * abs, 'day');
      if (abs < 365) return relative().format(sign * Math.round(abs / 30.44), 'month');
      return relative().format(sign * Math.round(abs / 365.25), 'year');
    },
    dateTime: (iso) => dateTimeFormat().format(new Date(iso)),
    // A day has no time zone: read and print it in UTC so it is never shown as the day before.
    day: (isoDay) => dayFormat().format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`)),
    // Like a day, a wall-clock time has no zone: printed in UTC it reads exactly as stored.
    time: (hhmm) => timeFormat().format(new Date(`1970-01-01T${hhmm}:00Z`)),
    fileSize(bytes) {
      if (bytes < 1000) return sizeFormats().byte.format(bytes);
      if (bytes < 1_000_000) return sizeFormats().kilobyte.format(bytes / 1000);
      return sizeFormats().megabyte.format(bytes / 1_000_000);
    },
  };
}

/**
 * One set per locale and time zone for the whole process. Building Intl formatters is slow (about
 * a millisecond each), and a list of 300 tasks, each row asking for formatters, took seconds when
 * every component built its own.
 */
const formatsByLocale = new Map<string, LocaleFormat>();

/** The way `firm` writes numbers, amounts and dates; the same object for the same locale and zone. */
export function localeFormat(firm: FormatLocale): LocaleFormat {
  const key = `${firm.locale}|${firm.timeZone ?? ''}`;
  let format = formatsByLocale.get(key);
  if (!format) {
    format = createLocaleFormat(firm);
    formatsByLocale.set(key, format);
  }
  return format;
}

/**
 * The firm's way in English words, for the backend's sentences: dates by the firm's region (31 Mar
 * 2026 in en-IN and hi-IN, Mar 31, 2026 in en-US) and instants in its time zone.
 */
export function englishFormat({ locale, timeZone }: FormatLocale): LocaleFormat {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    region = undefined;
  }
  const english = region && Intl.DateTimeFormat.supportedLocalesOf(`en-${region}`).length === 1 ? `en-${region}` : 'en-US';
  return localeFormat({ locale: english, timeZone });
}
