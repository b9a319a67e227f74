/**
 * Money in minor units, decided by currency: how many minor units a currency has (2 for USD, 0 for
 * JPY, 3 for BHD), amounts typed by people to minor units, and back to an editable string. Screens,
 * import, export and packets all go through here. Display formatting stays with the i18n layer.
 */

/** How many minor units make one whole unit of the currency (2 for USD, 0 for JPY). */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * What is said of text `parseMoney` cannot read, after the field's name: "Value must be an amount
 * like 1,234.56." on a screen (the renderer's `clientPage.validation.money` says the same), "Market
 * Value “12.3x” must be an amount like 1,234.56." in an import.
 */
export const amountRule = 'must be an amount like 1,234.56';

const currencyPrefix = /^(?:US\$|Rs\.?|[A-Z]{3}|[$€£₹¥])\s*/i;
const currencySuffix = /\s*(?:[A-Z]{3}|[$€£₹¥])$/i;
const minus = /^[-−]\s*/;
/** 1,234.56 (thousands by threes), 12,34,567.8 (Indian lakh grouping), 1234.5, .5 */
const pointDecimal = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})*,\d{3}|\d*)(?:\.(\d+))?$/;
/** 1.234,50 or 1234,50: read as European only in this unmistakable shape (two decimals after the comma). */
const commaDecimal = /^(?:\d{1,3}(?:\.\d{3})+|\d+),(\d{2})$/;

/**
 * The one reading of an amount of money, typed on a screen or read from an import file, in
 * `currency`'s minor units (cents and paise for USD and INR, whole yen for JPY, fils for BHD).
 * Understood: a currency symbol or code before or after ($ € £ ₹ ¥ US$ Rs USD INR…), thousands
 * separators by threes or in Indian grouping, a European `1.234,50` or `12,50` (a comma followed by
 * exactly two digits cannot be a thousands separator), a leading minus (− too) or accounting
 * parentheses. Refused (null): blank text, spaces inside the number, and more decimals than the
 * currency has minor units, which are never rounded away. Negative amounts are returned as such, so
 * the schema can say "cannot be negative" rather than that it is not an amount.
 */
export function parseMoney(value: string, currency: string): number | null {
  let text = value.trim();
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(currencyPrefix, '');
  if (minus.test(text)) {
    if (negative) return null;
    negative = true;
    text = text.replace(minus, '').replace(currencyPrefix, '');
  }
  text = text.replace(currencySuffix, '');
  if (!/\d/.test(text)) return null;

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
    return null;
  }
  const digits = minorDigits(currency);
  if (fraction.length > digits) return null;
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
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
export function moneyInput(text: string, currency: string): { amountMinor: number; currency: string } {
  return { amountMinor: parseMoney(text, currency) ?? Number.NaN, currency };
}
