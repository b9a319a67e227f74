/**
 * The firm's locale settings as Intl knows them: which language tags, currencies and time zones
 * it can format, and what "follow the locale" means for the order of a typed date and the first
 * day of the week. The firm's settings (shared/model/settings.ts) are checked with these, and the
 * formatting and parsing modules resolve 'locale' through them.
 */

/** Offered first when a firm picks its locale; any other tag Intl formats is accepted too. */
export const suggestedLocales = ['en-US', 'en-GB', 'en-IN', 'hi-IN'] as const;

/** How a typed day is read: day-month-year, month-day-year or year-month-day. */
export type DayOrder = 'DMY' | 'MDY' | 'YMD';
export const dayOrders: readonly DayOrder[] = ['DMY', 'MDY', 'YMD'];

/** A day of the week, 0 = Sunday … 6 = Saturday (as `Date.getDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Whether `tag` is a canonical BCP 47 tag ("en-IN", not "en_in") that Intl formats numbers and
 * dates for, rather than falling back to another language.
 */
export function isSupportedLocale(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return (
      canonical === tag &&
      Intl.NumberFormat.supportedLocalesOf(tag).length === 1 &&
      Intl.DateTimeFormat.supportedLocalesOf(tag).length === 1
    );
  } catch {
    return false;
  }
}

let currencies: ReadonlySet<string> | undefined;

/** Whether `code` is an ISO 4217 currency Intl knows (USD, INR, JPY…). */
export function isKnownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

/** IANA spelling: segments that start with a capital ("America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC"). */
const ianaName = /^[A-Z][\w+-]*(?:\/[A-Z][\w+-]*)*$/;

/**
 * Whether `zone` is an IANA time zone Intl knows, in IANA spelling. Aliases are kept as written
 * ("Asia/Kolkata": Node 20's ICU resolves it to "Asia/Calcutta", newer ones the other way), but an
 * offset ("+05:30") or a lowercase spelling is refused.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.length > 64 || !ianaName.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The time zone this computer is set to. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The order `locale` writes a numeric date in: MDY for en-US, DMY for en-GB and en-IN, YMD for ja-JP. */
/** The country a locale is for ('IN' for en-IN, hi-IN and plain hi), or undefined for a tag Intl cannot place. */
export function localeRegion(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

export function localeDayOrder(locale: string): DayOrder {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(0));
  const order = parts
    .filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year')
    .map((part) => part.type[0]!.toUpperCase())
    .join('');
  return order === 'MDY' || order === 'YMD' ? order : 'DMY';
}

interface WeekInfo {
  firstDay: number;
}

/** The first day of the week where `locale` is spoken (Sunday in en-US and en-IN, Monday in en-GB). */
export function localeWeekStart(locale: string): Weekday {
  // Node 20 and Chromium expose `weekInfo` as a getter; the standard is moving to `getWeekInfo()`.
  const intlLocale = new Intl.Locale(locale) as Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
  const firstDay = (intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo)?.firstDay ?? 1;
  // Intl counts Monday = 1 … Sunday = 7.
  return (firstDay % 7) as Weekday;
}

/** The firm's day order, 'locale' resolved. */
export function resolveDayOrder(setting: DayOrder | 'locale', locale: string): DayOrder {
  return setting === 'locale' ? localeDayOrder(locale) : setting;
}

/** The firm's first day of the week, 'locale' resolved. */
export function resolveWeekStart(setting: Weekday | 'locale', locale: string): Weekday {
  return setting === 'locale' ? localeWeekStart(locale) : setting;
}
