import type { Holding, Money, Valuation } from '../model';

export interface BookTotals {
  /** Assets under management: the value of the holdings open on the day. */
  assets: Money;
  /** What the holdings open on the day bill in a year. */
  annualRevenue: Money;
}

export function zeroTotals(currency: string): BookTotals {
  return { assets: { amountMinor: 0, currency }, annualRevenue: { amountMinor: 0, currency } };
}

/** The newest valuation on or before `day`; null when there is none, or no day. */
export function valuationOn(history: readonly Valuation[], day: string | null): Valuation | null {
  let newest: Valuation | null = null;
  for (const valuation of history) {
    if (day !== null && valuation.on <= day && (newest === null || valuation.on > newest.on)) newest = valuation;
  }
  return newest;
}

/** Open at some time on `day`: opened by then (or no date known) and not closed before it. */
export function openOn(holding: Pick<Holding, 'status' | 'openedOn' | 'closedOn'>, day: string): boolean {
  if (holding.openedOn !== null && holding.openedOn > day) return false;
  // A holding marked closed without a date has been closed for as long as anyone knows.
  return holding.closedOn !== null ? holding.closedOn >= day : holding.status === 'open';
}

export type TotalledHolding = Pick<Holding, 'status' | 'openedOn' | 'closedOn' | 'valueHistory' | 'annualFee'>;

/**
 * Assets under management and revenue of holdings on `day`, in the firm's currency: the one way the
 * client page, the dashboard, the team's books and the packet count them. A holding counts when it
 * is open on that day, valued by its newest valuation by then, not by its stored current value,
 * which an older book may have taken from a valuation dated after the day. Amounts in another
 * currency are left out, as there are no exchange rates to convert them with.
 */
export function holdingTotals(holdings: Iterable<TotalledHolding>, currency: string, day: string): BookTotals {
  const totals = zeroTotals(currency);
  for (const holding of holdings) {
    if (!openOn(holding, day)) continue;
    const value = valuationOn(holding.valueHistory, day)?.value;
    if (value?.currency === currency) totals.assets.amountMinor += value.amountMinor;
    if (holding.annualFee.currency === currency) totals.annualRevenue.amountMinor += holding.annualFee.amountMinor;
  }
  return totals;
}

/** The day after `day` (days are UTC calendar days, as ISO strings). */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first day after `day` on which `holdingTotals` over these holdings could answer differently:
 * a later valuation, a holding opening, or the day after one closes. Null when nothing dated
 * changes them: they stand until the holdings themselves change.
 */
export function totalsChangeAfter(holdings: Iterable<TotalledHolding>, day: string): string | null {
  let earliest: string | null = null;
  const consider = (candidate: string) => {
    if (candidate > day && (earliest === null || candidate < earliest)) earliest = candidate;
  };
  for (const { openedOn, closedOn, valueHistory } of holdings) {
    if (openedOn !== null) consider(openedOn);
    if (closedOn !== null && closedOn >= day) consider(dayAfter(closedOn));
    for (const valuation of valueHistory) consider(valuation.on);
  }
  return earliest;
}

/** Adds `more` into `into` (same currency, as `holdingTotals` produces): a manager's or the firm's totals. */
export function addTotals(into: BookTotals, more: BookTotals): BookTotals {
  into.assets.amountMinor += more.assets.amountMinor;
  into.annualRevenue.amountMinor += more.annualRevenue.amountMinor;
  return into;
}
