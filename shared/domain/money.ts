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

const moneyPattern = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

/**
 * Parses an amount typed in the English style: optional leading minus, digits with or without
 * thousands commas, an optional decimal point. Currency symbols, codes and spaces are ignored.
 * Returns the amount in minor units, or `null` when the text is not an amount (or has more
 * decimals than the currency has minor units). Negative amounts are returned as such, so the
 * schema can say "cannot be negative" rather than "not an amount".
 */
export function parseMoney(text: string, currency: string): number | null {
  const cleaned = text
    .replace(/[A-Za-z]{3}/g, '')
    .replace(/[\s\u00a0$€£¥₹]/g, '')
    .replace(/^\((.*)\)$/, '-$1');
  if (cleaned === '' || cleaned === '-' || cleaned === '.') return null;
  const match = moneyPattern.exec(cleaned);
  if (!match) return null;
  const [, minus, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const digits = minorDigits(currency);
  if (fraction.length > digits) return null;
  const minor = Number(whole.replace(/,/g, '') || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return minus ? -minor : minor;
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
