import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizeName, phoneDigits } from '../../../shared/domain/matching';
import { addTotals, holdingTotals, zeroTotals, type TotalledHolding } from '../../../shared/domain/totals';

const money = (amountMinor: number, currency = 'USD') => ({ amountMinor, currency });

describe('holdingTotals', () => {
  const holding = (value: number, annualFee = money(0), more: Partial<TotalledHolding> = {}): TotalledHolding => ({
    status: 'open',
    openedOn: null,
    closedOn: null,
    valueHistory: [{ on: '2026-01-31', value: money(value) }],
    annualFee,
    ...more,
  });

  it('adds value and fees of holdings open on the day in the firm currency only', () => {
    const totals = holdingTotals(
      [
        holding(100, money(1)),
        holding(1_000, money(10), { status: 'closed' }),
        holding(2_000, money(20), { status: 'closed', closedOn: '2026-02-27' }),
        holding(4_000, money(40), { openedOn: '2026-03-01' }),
        holding(50, money(2), { valueHistory: [{ on: '2026-01-31', value: money(50, 'EUR') }] }),
      ],
      'USD',
      '2026-02-28',
    );
    expect(totals).toEqual({ assets: money(100), annualRevenue: money(3) });
    expect(addTotals(zeroTotals('USD'), totals)).toEqual(totals);
    expect(addTotals(totals, totals)).toEqual({ assets: money(200), annualRevenue: money(6) });
  });

  it('values each holding by its newest valuation by the day, whatever order the history is in', () => {
    const valueHistory = [
      { on: '2026-03-31', value: money(300) },
      { on: '2026-01-31', value: money(100) },
      { on: '2026-02-28', value: money(200) },
    ];
    const totalOn = (day: string) => holdingTotals([holding(0, money(0), { valueHistory })], 'USD', day).assets;
    expect(totalOn('2026-01-30')).toEqual(money(0));
    expect(totalOn('2026-03-30')).toEqual(money(200));
    expect(totalOn('2026-03-31')).toEqual(money(300));
    // Counted on its closing day, as a packet of that day lists it; gone the day after.
    const closed = holding(500, money(5), { status: 'closed', closedOn: '2026-02-28' });
    expect(holdingTotals([closed], 'USD', '2026-02-28')).toEqual({ assets: money(500), annualRevenue: money(5) });
    expect(holdingTotals([closed], 'USD', '2026-03-01')).toEqual(zeroTotals('USD'));
  });
});

describe('matching', () => {
  it('ignores case and spacing in names and emails, and formatting in phone numbers', () => {
    expect(normalizeName('  The LEE\t household ')).toBe(normalizeName('the lee household'));
    expect(normalizeEmail(' Ann.Lee@Example.com')).toBe('ann.lee@example.com');
    expect(phoneDigits('+1 (617) 555-0142')).toBe('16175550142');
  });
});
