import { describe, expect, it } from 'vitest';
import { maskAccount } from '../../../shared/domain/account-number';
import { moneyInputText, parseMoney } from '../../../shared/domain/money';

describe('parseMoney', () => {
  it.each([
    ['1,234.56', 123_456],
    ['1234.56', 123_456],
    ['1234.5', 123_450],
    ['1234', 123_400],
    ['$1,234', 123_400],
    [' 1 234.00 ', 123_400],
    ['USD 12', 1_200],
    ['.5', 50],
    ['0', 0],
    ['1,000,000', 100_000_000],
  ])('reads %j as %i minor units of USD', (text, minor) => {
    expect(parseMoney(text, 'USD')).toBe(minor);
  });

  it('keeps a minus sign so the schema can say the amount cannot be negative', () => {
    expect(parseMoney('-5', 'USD')).toBe(-500);
    expect(parseMoney('(12.50)', 'USD')).toBe(-1_250);
  });

  it.each(['', 'abc', '1.234', '1,23', '12,34.5', '1.2.3', '-', '1e5'])('rejects %j', (text) => {
    expect(parseMoney(text, 'USD')).toBeNull();
  });

  it('uses the currency’s own minor digits', () => {
    expect(parseMoney('1,500', 'JPY')).toBe(1_500);
    expect(parseMoney('1.5', 'JPY')).toBeNull();
  });

  it('round-trips with the editable text', () => {
    expect(moneyInputText(123_456, 'USD')).toBe('1234.56');
    expect(moneyInputText(5_000, 'USD')).toBe('50');
    expect(moneyInputText(5, 'USD')).toBe('0.05');
    expect(parseMoney(moneyInputText(987_654_321, 'USD'), 'USD')).toBe(987_654_321);
  });
});

describe('maskAccount', () => {
  it('shows only the last four letters or digits', () => {
    expect(maskAccount('12345678 4821')).toBe('•••• 4821');
    expect(maskAccount('AB-99-7Z1X')).toBe('•••• 7Z1X');
  });
});
