import { useMemo } from 'react';
import type { Money } from '../../../shared/model';
import { formattersFor, type Formatters } from '../../i18n/format';

/**
 * The firm's formatters for a packet. A locale Intl does not know would throw while building
 * them; the packet then prints in English formats rather than not at all.
 */
export function packetFormatters(locale: string): Formatters {
  try {
    return formattersFor(locale);
  } catch {
    return formattersFor('en');
  }
}

export function usePacketFormat(locale: string): Formatters {
  return useMemo(() => packetFormatters(locale), [locale]);
}

/** A percentage to one decimal place, without its sign: 4.25 → "4.3", -12 → "12". */
export function percentText(format: Formatters, value: number): string {
  return format.number(Math.round(Math.abs(value) * 10) / 10);
}

export interface ValueChange {
  direction: 'up' | 'down' | 'unchanged';
  /** How much it moved, always positive. */
  amount: Money;
  /** The move against the earlier value, in percent; null when the earlier value was zero. */
  percent: number | null;
}

/** The total value's move since the last review; null when there is no earlier value to compare. */
export function valueChange(now: Money, before: Money | null): ValueChange | null {
  if (before === null) return null;
  const diff = now.amountMinor - before.amountMinor;
  return {
    direction: diff > 0 ? 'up' : diff < 0 ? 'down' : 'unchanged',
    amount: { amountMinor: Math.abs(diff), currency: now.currency },
    percent: before.amountMinor === 0 ? null : (diff / before.amountMinor) * 100,
  };
}

/** Each part's share of the whole in percent (0 when the whole is 0). */
export function sharesOf(amounts: readonly number[]): number[] {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  return amounts.map((amount) => (total === 0 ? 0 : (amount / total) * 100));
}

// A column of amounts prints as the screens write it: to the cent when any amount has cents.
export { columnMoney } from '../../i18n/format';
