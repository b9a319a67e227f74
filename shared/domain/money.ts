/**
 * Money in minor units, decided by currency: how many minor units a currency has (2 for USD, 0 for
 * JPY, 3 for BHD), amounts typed by people to minor units by the firm's locale, and back to an
 * editable string. Screens, import, export and packets all go through here. Display formatting is
 * locale-format.ts's.
 */

import { latinDigits } from './digits';

// Asked for every amount read or written: a NumberFormat each time costs about 14 µs, 1.4 s over 100,000 import cells.
const minorDigitsByCurrency = new Map<string, number>();

/** How many minor units make one whole unit of the currency (2 for USD, 0 for JPY). */
export function minorDigits(currency: string): number {
  let digits = minorDigitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * What is said of text `parseMoney` cannot read, after the field's name: "Value must be an amount
 * like 1,234.56." on a screen (the renderer's `clientPage.validation.money` says the same), "Market
 * Value “12.3x” must be an amount like 1,234.56." in an import.
 */
export const amountRule = 'must be an amount like 1,234.56';

/** Direction marks Intl puts around amounts in right-to-left locales. */
const directionMarks = /[\u061c\u200e\u200f]/g;
/** No-break, narrow no-break and thin spaces: the grouping of fr-FR and others. */
const spaces = /[\u00a0\u202f\u2009]/g;

/** Text as the parser reads it: ASCII digits, one kind of space, minus and apostrophe, no direction marks. */
function plain(text: string): string {
  return latinDigits(text)
    .replace(directionMarks, '')
    .replace(spaces, ' ')
    .replace(/\u2212/g, '-')
    .replace(/[\u2019\u02bc]/g, "'");
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One way of writing digits: its shape (whole part, fraction) and the mark that groups them. */
interface DigitsShape {
  shape: RegExp;
  group: string;
}

/**
 * Digits written with `group` and `decimal`: grouped by threes or not at all, or in Indian lakh
 * grouping when the group mark is a comma. `twoDecimals` asks for exactly two decimals, the one
 * shape in which the other convention cannot be mistaken.
 */
function digitsShape(group: string, decimal: string, twoDecimals = false): DigitsShape {
  const grouped = [`\\d{1,3}(?:${escape(group)}\\d{3})+`, ...(group === ',' ? ['\\d{1,2}(?:,\\d{2})*,\\d{3}'] : []), '\\d*'].join('|');
  const fraction = twoDecimals ? `${escape(decimal)}(\\d{2})` : `(?:${escape(decimal)}(\\d+))?`;
  return { shape: new RegExp(`^(${grouped})${fraction}$`), group };
}

interface AmountReading {
  /** The symbols an amount in this locale and currency may carry. */
  prefix: RegExp;
  suffix: RegExp;
  /** The locale's own marks, then the other convention's unmistakable shape. */
  shapes: [DigitsShape, DigitsShape];
}
const readingsByLocale = new Map<string, AmountReading>();

/** How `locale` groups digits and marks decimals, and writes `currency`'s symbol. */
function amountReading(locale: string, currency: string): AmountReading {
  const key = `${locale}|${currency}`;
  let reading = readingsByLocale.get(key);
  if (!reading) {
    const part = (parts: Intl.NumberFormatPart[], type: string) => plain(parts.find((p) => p.type === type)?.value ?? '');
    const number = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    let own = '';
    try {
      own = part(new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1), 'currency');
    } catch {
      // A currency Intl does not know has no symbol of its own; the common ones and codes still read.
    }
    const symbols = [own, 'US$', 'Rs.', 'Rs', '[A-Z]{3}', '$', '€', '£', '₹', '¥', '￥']
      .filter((symbol) => symbol !== '')
      .map((symbol) => (symbol === '[A-Z]{3}' ? symbol : escape(symbol)))
      .join('|');
    const decimal = part(number, 'decimal') || '.';
    reading = {
      prefix: new RegExp(`^(?:${symbols})\\s*`, 'i'),
      suffix: new RegExp(`\\s*(?:${symbols})$`, 'i'),
      shapes: [
        digitsShape(part(number, 'group') || ',', decimal),
        decimal === ',' ? digitsShape(',', '.', true) : digitsShape('.', ',', true),
      ],
    };
    readingsByLocale.set(key, reading);
  }
  return reading;
}

/**
 * The one reading of an amount of money, typed on a screen or read from an import file, in
 * `currency`'s minor units (cents and paise for USD and INR, whole yen for JPY, fils for BHD), by
 * `locale`'s marks: "1,23,456.78" in en-IN, "1.234,56" in de-DE, "1 234,56" in fr-FR. Understood
 * too: a currency symbol or code before or after ($ € £ ₹ ¥ US$ Rs USD INR, the locale's own),
 * grouping by threes or in Indian lakh grouping, digits of other scripts (Devanagari…), a leading
 * minus (− too) or accounting parentheses, and the other convention where it cannot be mistaken
 * (de-DE reads "1,234.50", en-US "1.234,50": a mark followed by exactly two digits cannot group).
 * Refused (null): blank text, a stray space or mark, and more decimals than the currency has minor
 * units, which are never rounded away. Negative amounts are returned as such, so the schema can
 * say "cannot be negative" rather than that it is not an amount.
 */
export function parseMoney(value: string, currency: string, locale = 'en-US'): number | null {
  const reading = amountReading(locale, currency);
  let text = plain(value).trim();
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(reading.prefix, '');
  if (text.startsWith('-')) {
    if (negative) return null;
    negative = true;
    text = text.slice(1).trim().replace(reading.prefix, '');
  }
  text = text.replace(reading.suffix, '');
  if (!/\d/.test(text)) return null;

  const written = reading.shapes.find(({ shape }) => shape.test(text));
  if (!written) return null;
  const [, grouped = '', fraction = ''] = written.shape.exec(text)!;
  const digits = minorDigits(currency);
  if (fraction.length > digits) return null;
  const minor = Number(grouped.replaceAll(written.group, '') || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return negative && minor !== 0 ? -minor : minor;
}

/**
 * Minor units as a plain decimal with all of the currency's minor digits: 123450 USD → "1234.50",
 * 1234 JPY → "1234". What exports write: spreadsheets and `parseMoney` read it back exactly.
 */
export function moneyDecimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  const whole = Math.floor(abs / 10 ** digits);
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(abs % 10 ** digits).padStart(digits, '0')}`;
}

/** Minor units to the plain text an input starts with: 123456 USD → "1234.56", 5000 → "50". */
export function moneyInputText(amountMinor: number, currency: string): string {
  const text = moneyDecimal(amountMinor, currency);
  return amountMinor % 10 ** minorDigits(currency) === 0 ? text.replace(/\.0+$/, '') : text;
}

/** The `Money` for typed text; an unreadable amount becomes NaN so the schema rejects it by field. */
export function moneyInput(text: string, currency: string, locale?: string): { amountMinor: number; currency: string } {
  return { amountMinor: parseMoney(text, currency, locale) ?? Number.NaN, currency };
}
