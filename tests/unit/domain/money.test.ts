import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maskAccount } from '../../../shared/domain/account-number';
import { moneyDecimal, moneyInput, moneyInputText, amountRule, parseMoney } from '../../../shared/domain/money';
import { NonNegativeMoney } from '../../../shared/model/common';

describe('parseMoney: one reading of amounts, on screens and in imports', () => {
  it.each([
    ['1,234.56', 123_456],
    ['1234.56', 123_456],
    ['1234.5', 123_450],
    ['1234', 123_400],
    [' 1234.00 ', 123_400],
    ['.5', 50],
    ['0', 0],
    ['1,000,000', 100_000_000],
    ['$1,234.50', 123_450],
    ['USD 99.9', 9_990],
    ['US$ 12', 1_200],
    ['12 USD', 1_200],
    ['£5', 500],
    // Indian grouping
    ['₹12,34,567', 123_456_700],
    ['INR 1,00,000', 10_000_000],
    // A comma followed by exactly two digits cannot be a thousands separator: European decimals.
    ['1.234,50 €', 123_450],
    ['1.234.567,50', 123_456_750],
    ['12,50', 1_250],
  ])('reads %j as %i minor units of USD', (text, minor) => {
    expect(parseMoney(text, 'USD')).toBe(minor);
  });

  it('keeps a minus sign (− too) or accounting parentheses, so the schema can say the amount cannot be negative', () => {
    expect(parseMoney('-5', 'USD')).toBe(-500);
    expect(parseMoney('(12.50)', 'USD')).toBe(-1_250);
    expect(parseMoney('−$5', 'USD')).toBe(-500);
    expect(parseMoney('$−5', 'USD')).toBe(-500);
    expect(parseMoney('€ −1.234,50', 'USD')).toBe(-123_450);
    expect(parseMoney('-0', 'USD')).toBe(0);
  });

  it('never rounds: more decimals than the currency has minor units are refused', () => {
    expect(parseMoney('0.285', 'USD')).toBeNull();
    expect(parseMoney('1.999', 'USD')).toBeNull();
    expect(parseMoney('1.234', 'USD')).toBeNull();
    expect(parseMoney('1234.5', 'JPY')).toBeNull();
    expect(parseMoney('12.3456', 'BHD')).toBeNull();
  });

  it('uses the currency’s own minor digits', () => {
    expect(parseMoney('1,500', 'JPY')).toBe(1_500);
    expect(parseMoney('¥1,234,567', 'JPY')).toBe(1_234_567);
    expect(parseMoney('12.345', 'BHD')).toBe(12_345);
    expect(parseMoney('12,34,567.50', 'INR')).toBe(123_456_750);
  });

  it('refuses amounts too large to hold exactly', () => {
    expect(parseMoney('90071992547409.91', 'USD')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseMoney('90071992547409.92', 'USD')).toBeNull();
  });

  it.each([
    '',
    '  ',
    'abc',
    '$',
    '-',
    '.',
    '1e5',
    '1 234',
    '12,34.5',
    '1.2.3',
    '1,2,3',
    '12,3x',
    '1.234.567,5',
    '1.23.456,78',
    '1.2345,67',
    '1.234.567',
    '--5',
    '(-5)',
    '(−5)',
    '−−5',
  ])('refuses %j', (text) => {
    expect(parseMoney(text, 'USD')).toBeNull();
  });

  it('round-trips with the editable text and the export decimal', () => {
    expect(moneyInputText(123_456, 'USD')).toBe('1234.56');
    expect(moneyInputText(5_000, 'USD')).toBe('50');
    expect(moneyInputText(5, 'USD')).toBe('0.05');
    expect(parseMoney(moneyInputText(987_654_321, 'USD'), 'USD')).toBe(987_654_321);
    expect(parseMoney(moneyDecimal(-12_345, 'BHD'), 'BHD')).toBe(-12_345);
  });

  it('has screens, the schema and imports say the same of an unreadable amount', () => {
    expect(NonNegativeMoney.safeParse(moneyInput('12.3x', 'USD')).error?.issues[0]?.message).toBe(amountRule);
    // The screens' words, through i18next, with the firm's own example amount in place of the schema's.
    const screens = JSON.parse(readFileSync(new URL('../../../renderer/i18n/en-client-page.json', import.meta.url), 'utf8')) as {
      validation: { money: string };
    };
    expect(screens.validation.money).toBe(`{{label}} ${amountRule.replace('1,234.56', '{{amountExample}}')}.`);
  });
});

describe('maskAccount', () => {
  it('shows only the last four letters or digits', () => {
    expect(maskAccount('12345678 4821')).toBe('•••• 4821');
    expect(maskAccount('AB-99-7Z1X')).toBe('•••• 7Z1X');
  });
});
