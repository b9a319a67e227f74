import { useTranslation } from 'react-i18next';
import { minorDigits } from '../../shared/domain/money';
import type { Money } from '../../shared/model';

const dayMs = 24 * 60 * 60 * 1000;

export interface Formatters {
  /** Money in whole units of its currency (minor units are dropped): only where every amount is known to be whole. */
  money(value: Money): string;
  /** Money as exact as it is: to the minor unit when it has one ("$88,120.50"), else in whole units ("$900,000"). */
  exactMoney(value: Money): string;
  /** Money to the minor unit ("$1,234.56", "$850,000.00"): for a column of a paper where some amount has cents. */
  moneyCents(value: Money): string;
  /** Whether an amount has a part smaller than its currency's whole unit (cents, paise). */
  hasMinorUnits(value: Money): boolean;
  number(value: number): string;
  /** "today", "yesterday", "12 days ago", "3 months ago", by calendar day in local time. */
  relativeDay(iso: string, now?: Date): string;
  dateTime(iso: string): string;
  /** A calendar day (`YYYY-MM-DD`) as a medium date, e.g. "Mar 31, 2026"; no time-zone shift. */
  day(isoDay: string): string;
  /** A wall-clock time of day (`HH:MM`, no zone) as the interface language writes it, e.g. "9:30 AM". */
  time(hhmm: string): string;
  fileSize(bytes: number): string;
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Made on first use: the first Intl formatter of each kind loads its locale data, which a screen that never shows it should not pay for. */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

export function createFormatters(locale: string): Formatters {
  const moneyFormats = new Map<string, { format: Intl.NumberFormat; cents: Intl.NumberFormat; minorDigits: number }>();
  const numberFormat = onFirstUse(() => new Intl.NumberFormat(locale));
  // "today"/"yesterday" read best for days; "1 month ago" is clearer than "last month" (calendar or 30 days?).
  const relativeDays = onFirstUse(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const relative = onFirstUse(() => new Intl.RelativeTimeFormat(locale, { numeric: 'always' }));
  const dateTimeFormat = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const dayFormat = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const timeFormat = onFirstUse(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }));
  const sizeFormats = onFirstUse(() => ({
    byte: new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }),
    kilobyte: new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }),
    megabyte: new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 }),
  }));

  const moneyFormat = (currency: string) => {
    let entry = moneyFormats.get(currency);
    if (!entry) {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
      const cents = new Intl.NumberFormat(locale, { style: 'currency', currency });
      entry = { format, cents, minorDigits: minorDigits(currency) };
      moneyFormats.set(currency, entry);
    }
    return entry;
  };

  return {
    money({ amountMinor, currency }) {
      const { format, minorDigits } = moneyFormat(currency);
      return format.format(amountMinor / 10 ** minorDigits);
    },
    moneyCents({ amountMinor, currency }) {
      const { cents, minorDigits } = moneyFormat(currency);
      return cents.format(amountMinor / 10 ** minorDigits);
    },
    hasMinorUnits: ({ amountMinor, currency }) => amountMinor % 10 ** moneyFormat(currency).minorDigits !== 0,
    exactMoney({ amountMinor, currency }) {
      const { format, cents, minorDigits } = moneyFormat(currency);
      return (amountMinor % 10 ** minorDigits === 0 ? format : cents).format(amountMinor / 10 ** minorDigits);
    },
    number: (value) => numberFormat().format(value),
    relativeDay(iso, now = new Date()) {
      const days = Math.round((startOfDay(now) - startOfDay(new Date(iso))) / dayMs);
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
 * How one column of amounts is written: all to the cent when any of them has cents, so the column
 * lines up and no amount is rounded; otherwise in whole units.
 */
export function columnMoney(format: Formatters, amounts: readonly (Money | null)[]): (value: Money) => string {
  return amounts.some((amount) => amount !== null && format.hasMinorUnits(amount)) ? format.moneyCents : format.money;
}

/**
 * One set per locale for the whole app. Building Intl formatters is slow (about a millisecond
 * each), and a list of 300 tasks, each row asking for formatters, took seconds when every
 * component built its own.
 */
const formattersByLocale = new Map<string, Formatters>();

export function formattersFor(locale: string): Formatters {
  let formatters = formattersByLocale.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

/** Formatters for the interface language; numbers and dates are formatted here, at the edge. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.resolvedLanguage ?? i18n.language);
}
