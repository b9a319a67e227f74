import type { Holding, Money } from '../model';

export interface BookTotals {
  /** Assets under management: the value of open holdings. */
  assets: Money;
  /** What open holdings bill in a year. */
  annualRevenue: Money;
}

export function zeroTotals(currency: string): BookTotals {
  return { assets: { amountMinor: 0, currency }, annualRevenue: { amountMinor: 0, currency } };
}

/**
 * Totals of a client's holdings in the firm's currency. Closed holdings hold and bill nothing;
 * amounts in another currency are left out, as there are no exchange rates to convert them with.
 */
export function holdingTotals(holdings: Iterable<Pick<Holding, 'status' | 'value' | 'annualFee'>>, currency: string): BookTotals {
  const totals = zeroTotals(currency);
  for (const holding of holdings) {
    if (holding.status !== 'open') continue;
    if (holding.value.currency === currency) totals.assets.amountMinor += holding.value.amountMinor;
    if (holding.annualFee.currency === currency) totals.annualRevenue.amountMinor += holding.annualFee.amountMinor;
  }
  return totals;
}

/** Adds `more` into `into` (same currency, as `holdingTotals` produces): a manager's or the firm's totals. */
export function addTotals(into: BookTotals, more: BookTotals): BookTotals {
  into.assets.amountMinor += more.assets.amountMinor;
  into.annualRevenue.amountMinor += more.annualRevenue.amountMinor;
  return into;
}
