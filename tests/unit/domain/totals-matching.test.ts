import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizeName, phoneDigits } from '../../../shared/domain/matching';
import { addTotals, holdingTotals, zeroTotals } from '../../../shared/domain/totals';

const money = (amountMinor: number, currency = 'USD') => ({ amountMinor, currency });

describe('holdingTotals', () => {
  it('adds value and fees of open holdings in the firm currency only', () => {
    const totals = holdingTotals(
      [
        { status: 'open', value: money(100), annualFee: money(1) },
        { status: 'closed', value: money(1_000), annualFee: money(10) },
        { status: 'open', value: money(50, 'EUR'), annualFee: money(2) },
      ],
      'USD',
    );
    expect(totals).toEqual({ assets: money(100), annualRevenue: money(3) });
    expect(addTotals(zeroTotals('USD'), totals)).toEqual(totals);
    expect(addTotals(totals, totals)).toEqual({ assets: money(200), annualRevenue: money(6) });
  });
});

describe('matching', () => {
  it('ignores case and spacing in names and emails, and formatting in phone numbers', () => {
    expect(normalizeName('  The LEE\t household ')).toBe(normalizeName('the lee household'));
    expect(normalizeEmail(' Ann.Lee@Example.com')).toBe('ann.lee@example.com');
    expect(phoneDigits('+1 (617) 555-0142')).toBe('16175550142');
  });
});
