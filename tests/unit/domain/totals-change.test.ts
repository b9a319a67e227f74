import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdingTotals, totalsChangeAfter, type TotalledHolding } from '../../../shared/domain/totals';

const money = (amountMinor: number, currency = 'USD') => ({ amountMinor, currency });

/** Days of a short stretch, so generated dates fall on, before and after each other often. */
const stretch = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 1, 10 + i)).toISOString().slice(0, 10));
const someDay = fc.constantFrom(...stretch);

const aHolding: fc.Arbitrary<TotalledHolding> = fc.record({
  status: fc.constantFrom('open' as const, 'closed' as const),
  openedOn: fc.option(someDay),
  closedOn: fc.option(someDay),
  valueHistory: fc.array(fc.record({ on: someDay, value: fc.integer({ min: 1, max: 1_000 }).map((n) => money(n)) }), { maxLength: 4 }),
  annualFee: fc.integer({ min: 1, max: 100 }).map((n) => money(n)),
});

describe('totalsChangeAfter', () => {
  it('names a day up to which holdingTotals answers as on the day itself', () => {
    fc.assert(
      fc.property(fc.array(aHolding, { maxLength: 5 }), someDay, (holdings, day) => {
        const change = totalsChangeAfter(holdings, day);
        const onDay = holdingTotals(holdings, 'USD', day);
        for (const later of stretch.filter((d) => d > day && (change === null || d < change))) {
          expect(holdingTotals(holdings, 'USD', later)).toEqual(onDay);
        }
        // Null only when nothing changes for the rest of the stretch and beyond it.
        if (change === null) expect(holdingTotals(holdings, 'USD', '2099-12-31')).toEqual(onDay);
      }),
      { numRuns: 500 },
    );
  });

  it('is the day a later valuation, an opening or the day after a closing takes effect', () => {
    const base: TotalledHolding = {
      status: 'open',
      openedOn: null,
      closedOn: null,
      valueHistory: [{ on: '2026-01-31', value: money(100) }],
      annualFee: money(1),
    };
    const revalued = { ...base, valueHistory: [...base.valueHistory, { on: '2026-03-31', value: money(200) }] };
    expect(totalsChangeAfter([revalued], '2026-02-28')).toBe('2026-03-31');
    expect(holdingTotals([revalued], 'USD', '2026-03-31').assets).toEqual(money(200));
    expect(totalsChangeAfter([{ ...base, openedOn: '2026-03-05' }], '2026-02-28')).toBe('2026-03-05');
    const closing = { ...base, closedOn: '2026-02-28' };
    expect(totalsChangeAfter([closing], '2026-02-28')).toBe('2026-03-01');
    expect(holdingTotals([closing], 'USD', '2026-03-01').assets).toEqual(money(0));
    expect(totalsChangeAfter([closing, { ...base, openedOn: '2026-03-05' }], '2026-02-27')).toBe('2026-03-01');
    expect(totalsChangeAfter([base, { ...base, closedOn: '2026-01-01' }], '2026-02-28')).toBeNull();
  });
});
