import type { ClientType, Holding } from '../../../shared/model';

/** A fictional institution; `code` prefixes its account numbers. */
export interface Provider {
  readonly name: string;
  readonly code: string | null;
}

/**
 * How a product is priced and what it is worth. `aum`: a percentage of its value (managed money);
 * `fixed`: a flat yearly fee in the currency's major unit (plans and services, scaled by tier); `none`: paid by
 * commission or not ours to bill.
 */
export type Fee =
  { readonly type: 'aum' } | { readonly type: 'fixed'; readonly min: number; readonly max: number } | { readonly type: 'none' };
/** `assets`: a share of the household's investable assets; `cash_value`: a policy's own cash value; `none`: no value. */
export type ValueKind = 'assets' | 'cash_value' | 'none';

export interface Product {
  readonly kind: Holding['kind'];
  readonly name: string;
  /** `firm` means the firm itself provides it. */
  readonly providers: readonly Provider[] | 'firm';
  readonly fee: Fee;
  readonly value: ValueKind;
  readonly weight: number;
  /** Products that only make sense with a partner (joint accounts) or children (college savings). */
  readonly needs?: 'partner' | 'child';
  /** Personal accounts are owned by one person, whose first name goes in the holding's name. */
  readonly owned?: boolean;
}

export const aum = { type: 'aum' } as const;
export const none = { type: 'none' } as const;
export const fixed = (min: number, max: number): Fee => ({ type: 'fixed', min, max });

/** A region's products by who they are for; `heldAway` is what a prospect already holds elsewhere, recorded during discovery. */
export type Catalog = Readonly<Record<'personal' | 'business' | 'trust' | 'heldAway', readonly Product[]>>;

export function productsFor(catalog: Catalog, type: ClientType): readonly Product[] {
  if (type === 'business') return catalog.business;
  if (type === 'trust') return catalog.trust;
  return catalog.personal;
}
