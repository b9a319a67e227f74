import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseAmountMinor, parseDay } from '../../../shared/domain/import/values';

describe('parseDay', () => {
  it('reads ISO days and slash, dash and dot days in either order', () => {
    expect(parseDay('2026-03-04', 'dmy')).toBe('2026-03-04');
    expect(parseDay('03/04/2026', 'mdy')).toBe('2026-03-04');
    expect(parseDay('03/04/2026', 'dmy')).toBe('2026-04-03');
    expect(parseDay('3-4-2026', 'mdy')).toBe('2026-03-04');
    expect(parseDay('31.12.2025', 'dmy')).toBe('2025-12-31');
    expect(parseDay('  ', 'mdy')).toBeNull();
  });

  it('refuses impossible days, two-digit years and mixed separators', () => {
    expect(parseDay('2026-02-30', 'mdy')).toBeUndefined();
    expect(parseDay('13/01/2026', 'mdy')).toBeUndefined();
    expect(parseDay('1/2/26', 'mdy')).toBeUndefined();
    expect(parseDay('1/2-2026', 'mdy')).toBeUndefined();
    expect(parseDay('next week', 'mdy')).toBeUndefined();
  });
});

describe('detectDateOrder', () => {
  it('tells the order from a part above 12', () => {
    expect(detectDateOrder(['01/02/2026', '03/25/2026'])).toBe('mdy');
    expect(detectDateOrder(['25/03/2026', ''])).toBe('dmy');
    expect(detectDateOrder(['01/02/2026'])).toBe('ambiguous');
    expect(detectDateOrder(['25/03/2026', '03/25/2026'])).toBe('ambiguous');
    expect(detectDateOrder(['2026-03-25', 'x'])).toBeNull();
  });
});

describe('parseAmountMinor', () => {
  it('reads currency, separators, Indian grouping and negatives', () => {
    expect(parseAmountMinor('$1,234.50', 'USD')).toBe(123_450);
    expect(parseAmountMinor('₹12,34,567', 'USD')).toBe(123_456_700);
    expect(parseAmountMinor('(1,000.00)', 'USD')).toBe(-100_000);
    expect(parseAmountMinor('-£5', 'USD')).toBe(-500);
    expect(parseAmountMinor('USD 99.9', 'USD')).toBe(9_990);
    expect(parseAmountMinor('INR 1,00,000', 'USD')).toBe(10_000_000);
    expect(parseAmountMinor('1.234,50 €', 'USD')).toBe(123_450);
    expect(parseAmountMinor('12,50', 'USD')).toBe(1_250);
    expect(parseAmountMinor('0.285', 'USD')).toBe(29);
    expect(parseAmountMinor('.5', 'USD')).toBe(50);
    expect(parseAmountMinor('', 'USD')).toBeNull();
  });

  it('reads a Unicode minus (−) as a minus, before or after the currency', () => {
    expect(parseAmountMinor('−1,234', 'USD')).toBe(-123_400);
    expect(parseAmountMinor('− 1,234.50', 'USD')).toBe(-123_450);
    expect(parseAmountMinor('−$5', 'USD')).toBe(-500);
    expect(parseAmountMinor('$−5', 'USD')).toBe(-500);
    expect(parseAmountMinor('€ −1.234,50', 'USD')).toBe(-123_450);
  });

  it('reads Indian grouping with paise', () => {
    expect(parseAmountMinor('12,34,567.50', 'INR')).toBe(123_456_750);
    expect(parseAmountMinor('₹ 1,00,00,000.05', 'INR')).toBe(1_000_000_005);
  });

  it('reads amounts in the minor units of the currency: none for yen, three for dinars', () => {
    expect(parseAmountMinor('1234', 'JPY')).toBe(1234);
    expect(parseAmountMinor('¥1,234,567', 'JPY')).toBe(1_234_567);
    expect(parseAmountMinor('1234.5', 'JPY')).toBe(1235);
    expect(parseAmountMinor('−1,234', 'JPY')).toBe(-1234);
    expect(parseAmountMinor('12.345', 'BHD')).toBe(12_345);
    expect(parseAmountMinor('12.3456', 'BHD')).toBe(12_346);
  });

  it('reads European amounts with several thousands dots', () => {
    expect(parseAmountMinor('1.234.567,50', 'USD')).toBe(123_456_750);
    expect(parseAmountMinor('12.345.678,90 €', 'USD')).toBe(1_234_567_890);
    expect(parseAmountMinor('−1.234.567,50', 'USD')).toBe(-123_456_750);
  });

  it('rounds the third decimal half up, never gives minus zero, and stops at the largest exact amount', () => {
    expect(parseAmountMinor('0.004', 'USD')).toBe(0);
    expect(parseAmountMinor('0.005', 'USD')).toBe(1);
    expect(parseAmountMinor('0.994', 'USD')).toBe(99);
    expect(parseAmountMinor('0.995', 'USD')).toBe(100);
    expect(parseAmountMinor('1.999', 'USD')).toBe(200);
    expect(parseAmountMinor('-0.004', 'USD')).toBe(0);
    expect(parseAmountMinor('90071992547409.91', 'USD')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseAmountMinor('90071992547409.92', 'USD')).toBeUndefined();
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['12,3x', 'abc', '$', '1,2,3', '1.234.567,5', '1.23.456,78', '1.2345,67', '1.234.567', '--5', '(-5)', '(−5)', '−−5'])
      expect(parseAmountMinor(bad, 'USD'), bad).toBeUndefined();
  });
});
