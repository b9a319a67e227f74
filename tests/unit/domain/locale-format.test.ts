import { describe, expect, it } from 'vitest';
import { localeFormat } from '../../../shared/domain/locale-format';

const money = (amountMinor: number, currency: string) => ({ amountMinor, currency });
const nbsp = '\u00a0';

describe('localeFormat: amounts the firm’s way', () => {
  it.each([
    ['en-US', money(13_328_653_900, 'USD'), '$133,286,539', '$133,286,539.00'],
    // Indian grouping: lakh and crore.
    ['en-IN', money(13_328_653_900, 'INR'), '₹13,32,86,539', '₹13,32,86,539.00'],
    ['hi-IN', money(13_328_653_950, 'INR'), '₹13,32,86,539.50', '₹13,32,86,539.50'],
    ['de-DE', money(123_456, 'EUR'), `1.234,56${nbsp}€`, `1.234,56${nbsp}€`],
    // Yen have no minor unit: 1,234,567 minor units are ￥1,234,567.
    ['ja-JP', money(1_234_567, 'JPY'), '￥1,234,567', '￥1,234,567'],
    ['en-GB', money(-5_000, 'GBP'), '-£50', '-£50.00'],
  ])('%s writes %j exactly as %j, to the minor unit as %j', (locale, value, exact, cents) => {
    const format = localeFormat({ locale });
    expect(format.exactMoney(value)).toBe(exact);
    expect(format.moneyCents(value)).toBe(cents);
  });

  it('drops the minor unit only where asked, and never loses a cent of the largest amount', () => {
    const format = localeFormat({ locale: 'en-US' });
    expect(format.money(money(123_456, 'USD'))).toBe('$1,235');
    expect(format.hasMinorUnits(money(123_456, 'USD'))).toBe(true);
    expect(format.hasMinorUnits(money(1_234, 'JPY'))).toBe(false);
    // As a double, 9007199254740991 / 100 prints as …409.90.
    expect(format.moneyCents(money(Number.MAX_SAFE_INTEGER, 'USD'))).toBe('$90,071,992,547,409.91');
  });

  it.each([
    ['en-IN', money(13_328_653_900, 'INR'), '₹13.3Cr'],
    ['en-IN', money(1_332_865_390, 'INR'), '₹1.33Cr'],
    ['en-IN', money(48_000_000, 'INR'), '₹4.8L'],
    ['hi-IN', money(1_332_865_390, 'INR'), `₹1.33${nbsp}क॰`],
    ['hi-IN', money(48_000_000, 'INR'), `₹4.8${nbsp}लाख`],
    ['en-US', money(133_000_000, 'USD'), '$1.33M'],
    ['en-US', money(95_000, 'USD'), '$950'],
    ['de-DE', money(1_332_865_390, 'EUR'), `13,3${nbsp}Mio.${nbsp}€`],
    ['ja-JP', money(13_328_654, 'JPY'), '￥1330万'],
  ])('%s writes %j in three figures as %j where space is short', (locale, value, compact) => {
    expect(localeFormat({ locale }).compactMoney(value)).toBe(compact);
  });
});

describe('localeFormat: numbers, shares and sizes', () => {
  it('groups and marks decimals by the locale', () => {
    expect(localeFormat({ locale: 'en-IN' }).number(1_234_567.5)).toBe('12,34,567.5');
    expect(localeFormat({ locale: 'de-DE' }).number(1_234_567.5)).toBe('1.234.567,5');
    expect(localeFormat({ locale: 'en-US' }).percent(0.125)).toBe('12.5%');
    expect(localeFormat({ locale: 'de-DE' }).percent(0.125)).toBe(`12,5${nbsp}%`);
    expect(localeFormat({ locale: 'en-US' }).fileSize(2_500_000)).toBe('2.5 MB');
    expect(localeFormat({ locale: 'de-DE' }).fileSize(2_500_000)).toBe('2,5 MB');
  });
});

describe('localeFormat: days and times', () => {
  it('writes a calendar day and a wall-clock time as stored, whatever the zone', () => {
    const format = localeFormat({ locale: 'en-IN', timeZone: 'America/Los_Angeles' });
    expect(format.day('2026-03-31')).toBe('31 Mar 2026');
    expect(format.time('09:30')).toBe('9:30 am');
    expect(localeFormat({ locale: 'en-US', timeZone: 'Asia/Kolkata' }).day('2026-03-31')).toBe('Mar 31, 2026');
    expect(localeFormat({ locale: 'hi-IN' }).day('2026-03-31')).toBe('31 मार्च 2026');
  });

  it('writes a month in the firm’s language, whatever the zone, and a figure with its sign', () => {
    expect(localeFormat({ locale: 'en-US', timeZone: 'Pacific/Kiritimati' }).month('2026-03')).toBe('Mar 2026');
    expect(localeFormat({ locale: 'en-GB' }).month('2026-03', 'long')).toBe('March 2026');
    expect(localeFormat({ locale: 'hi-IN' }).month('2026-03', 'long')).toBe('मार्च 2026');
    expect(localeFormat({ locale: 'hi-IN' }).month('2026-12-07')).toMatch(/^दिस/);
    const en = localeFormat({ locale: 'en-US' });
    expect([en.signedNumber(42), en.signedNumber(-7), en.signedNumber(0)]).toEqual(['+42', '-7', '0']);
  });

  it('writes an instant and counts days in the firm’s time zone, not this computer’s', () => {
    const lateEvening = '2026-03-31T20:00:00.000Z';
    expect(localeFormat({ locale: 'en-IN', timeZone: 'Asia/Kolkata' }).dateTime(lateEvening)).toBe('1 Apr 2026, 1:30 am');
    expect(localeFormat({ locale: 'en-US', timeZone: 'America/New_York' }).dateTime(lateEvening)).toBe('Mar 31, 2026, 4:00 PM');
    const morning = '2026-03-31T10:00:00.000Z';
    expect(localeFormat({ locale: 'en-US', timeZone: 'Asia/Kolkata' }).relativeDay(morning, new Date(lateEvening))).toBe('yesterday');
    expect(localeFormat({ locale: 'en-US', timeZone: 'America/New_York' }).relativeDay(morning, new Date(lateEvening))).toBe('today');
    expect(localeFormat({ locale: 'hi-IN', timeZone: 'Asia/Kolkata' }).relativeDay(morning, new Date(lateEvening))).toBe('कल');
  });

  it('still writes when this computer does not know the book’s time zone or language tag', () => {
    expect(localeFormat({ locale: 'en-US', timeZone: 'Mars/Olympus_Mons' }).day('2026-03-31')).toBe('Mar 31, 2026');
    expect(localeFormat({ locale: 'en_US', timeZone: 'UTC' }).dateTime('2026-03-31T20:00:00.000Z')).toBe('Mar 31, 2026, 8:00 PM');
  });

  it('gives the same formatters for the same locale and zone', () => {
    expect(localeFormat({ locale: 'en-IN', timeZone: 'Asia/Kolkata' })).toBe(localeFormat({ locale: 'en-IN', timeZone: 'Asia/Kolkata' }));
    expect(localeFormat({ locale: 'en-IN' })).not.toBe(localeFormat({ locale: 'en-IN', timeZone: 'Asia/Kolkata' }));
  });
});
