import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeDayOrder, localeWeekStart, resolveDayOrder } from '../../../shared/domain/firm-locale';
import { localeFormat } from '../../../shared/domain/locale-format';
import { parseMoney } from '../../../shared/domain/money';
import { parseTypedDay } from '../../../shared/domain/typed-day';

const firms = [
  { locale: 'en-US', currency: 'USD' },
  { locale: 'en-IN', currency: 'INR' },
  { locale: 'hi-IN', currency: 'INR' },
  { locale: 'de-DE', currency: 'EUR' },
  { locale: 'ja-JP', currency: 'JPY' },
  { locale: 'en-GB', currency: 'GBP' },
  { locale: 'fr-FR', currency: 'EUR' },
  { locale: 'de-CH', currency: 'CHF' },
  { locale: 'hi-IN-u-nu-deva', currency: 'INR' },
] as const;

describe('parseMoney by the firm’s locale', () => {
  it.each([
    ['en-IN', 'INR', '1,23,456.78', 12_345_678],
    ['en-IN', 'INR', '₹13,32,86,539', 13_328_653_900],
    ['hi-IN', 'INR', '₹१३,३२,८६,५३९.५०', 13_328_653_950],
    ['en-US', 'USD', '$1,234,567.89', 123_456_789],
    ['de-DE', 'EUR', '1.234,56', 123_456],
    ['de-DE', 'EUR', '1.234.567,89 €', 123_456_789],
    // A point then three digits groups thousands in German: one thousand two hundred and fifty.
    ['de-DE', 'EUR', '1.250', 125_000],
    ['de-DE', 'EUR', '12,5', 1_250],
    // The other convention, where it cannot be mistaken: exactly two decimals.
    ['de-DE', 'EUR', '1,234.56', 123_456],
    ['fr-FR', 'EUR', '1 234,56 €', 123_456],
    ['de-CH', 'CHF', "CHF 1'234.50", 123_450],
    ['ja-JP', 'JPY', '￥1,234,567', 1_234_567],
    ['ja-JP', 'JPY', '1234567', 1_234_567],
  ])('%s reads %j in %s as %i minor units', (locale, currency, text, minor) => {
    expect(parseMoney(text, currency, locale)).toBe(minor);
  });

  it.each([
    // Three decimals in German are not cents: refused, never rounded.
    ['de-DE', 'EUR', '1,234'],
    ['de-DE', 'EUR', '1.234.5'],
    ['ja-JP', 'JPY', '1,234.5'],
    ['en-IN', 'INR', '1,23,45.6'],
    ['en-US', 'USD', '1 234'],
    ['fr-FR', 'EUR', '1,234.567'],
  ])('%s refuses %j in %s', (locale, currency, text) => {
    expect(parseMoney(text, currency, locale)).toBeNull();
  });

  it('reads back every amount the firm’s locale writes, to the minor unit', () => {
    for (const { locale, currency } of firms) {
      const format = localeFormat({ locale });
      fc.assert(
        fc.property(fc.maxSafeInteger(), (amountMinor) => {
          const money = { amountMinor, currency };
          expect(parseMoney(format.exactMoney(money), currency, locale)).toBe(amountMinor);
          expect(parseMoney(format.moneyCents(money), currency, locale)).toBe(amountMinor);
          // The locale's plain numbers read as whole units.
          const whole = amountMinor * (currency === 'JPY' ? 1 : 100);
          if (Number.isSafeInteger(whole)) expect(parseMoney(format.number(amountMinor), currency, locale)).toBe(whole);
        }),
        { numRuns: 300, examples: [[0], [1], [-1], [99], [13_328_653_900], [Number.MAX_SAFE_INTEGER], [Number.MIN_SAFE_INTEGER]] },
      );
    }
  });
});

describe('parseTypedDay in the firm’s date order', () => {
  const today = '2026-12-07';

  it.each([
    ['DMY', '31/03/2026', '2026-03-31'],
    ['DMY', '3.4.2026', '2026-04-03'],
    ['DMY', '03-04-26', '2026-04-03'],
    ['MDY', '03/04/2026', '2026-03-04'],
    ['MDY', '3/31/26', '2026-03-31'],
    ['YMD', '2026/03/31', '2026-03-31'],
    ['YMD', '26-03-31', '2026-03-31'],
    // A four-digit first part is a year in any order.
    ['DMY', '2026-03-31', '2026-03-31'],
    ['MDY', '2026.03.31', '2026-03-31'],
    ['DMY', '३१/०३/२०२६', '2026-03-31'],
    // Two-digit years: up to 19 years ahead, else the century before.
    ['DMY', '01/01/45', '2045-01-01'],
    ['DMY', '01/01/46', '1946-01-01'],
    ['MDY', '02/29/24', '2024-02-29'],
  ] as const)('%s reads %j as %s', (order, text, day) => {
    expect(parseTypedDay(text, order, { today })).toBe(day);
  });

  it.each([
    ['DMY', '31/04/2026'],
    ['MDY', '31/03/2026'],
    ['DMY', '29/02/2025'],
    ['DMY', '00/01/2026'],
    ['YMD', '31/03/2026'],
    ['DMY', '1/2/026'],
    ['DMY', '1/2-2026'],
    ['DMY', '1/2/2026/3'],
    ['DMY', 'next week'],
  ] as const)('%s refuses %j', (order, text) => {
    expect(parseTypedDay(text, order, { today })).toBeUndefined();
  });

  it('is null for blank, and can refuse two-digit years', () => {
    expect(parseTypedDay('  ', 'DMY')).toBeNull();
    expect(parseTypedDay('3/4/26', 'MDY', { fourDigitYears: true })).toBeUndefined();
  });

  it('follows the locale when the firm has not chosen an order, and the week starts where the locale starts it', () => {
    expect(['en-US', 'en-GB', 'en-IN', 'hi-IN', 'de-DE', 'ja-JP'].map(localeDayOrder)).toEqual(['MDY', 'DMY', 'DMY', 'DMY', 'DMY', 'YMD']);
    expect(resolveDayOrder('locale', 'en-IN')).toBe('DMY');
    expect(resolveDayOrder('MDY', 'en-IN')).toBe('MDY');
    expect(parseTypedDay('03/04/2026', resolveDayOrder('locale', 'en-US'))).toBe('2026-03-04');
    expect(parseTypedDay('03/04/2026', resolveDayOrder('locale', 'hi-IN'))).toBe('2026-04-03');
    expect(['en-US', 'en-GB', 'en-IN', 'de-DE'].map(localeWeekStart)).toEqual([0, 1, 0, 1]);
  });
});
