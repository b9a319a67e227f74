import type { ClientType, Holding } from '../../../shared/model';

/** A fictional institution; `code` prefixes its account numbers. */
export interface Provider {
  readonly name: string;
  readonly code: string | null;
}

const custodians: readonly Provider[] = [
  { name: 'Northwind Custody', code: 'NWC' },
  { name: 'Blue Heron Clearing', code: 'BHC' },
  { name: 'Tidewater Custody Services', code: 'TCS' },
];
const recordkeepers: readonly Provider[] = [
  { name: 'Keystone Retirement Services', code: 'KRS' },
  { name: 'Northwind Custody', code: 'NWC' },
];
const insurers: readonly Provider[] = [
  { name: 'Granite Mutual Life', code: 'GML' },
  { name: 'Cascadia Assurance', code: 'CAS' },
  { name: 'Lakeshore Life & Annuity', code: 'LLA' },
];
const taxPartners: readonly Provider[] = [{ name: 'Ledgerline Tax Partners', code: null }];
const estatePartners: readonly Provider[] = [{ name: 'Alder & Finch Estate Law', code: null }];
const heldAway: readonly Provider[] = [
  { name: 'Evergreen Investor Services', code: 'EIS' },
  { name: 'Prairie State Bank', code: 'PSB' },
  { name: 'Sterling Ridge Plan Services', code: 'SRP' },
  { name: 'Meadowbrook Brokerage', code: 'MBK' },
];

/**
 * How a product is priced and what it is worth. `aum`: a percentage of its value (managed money);
 * `fixed`: a flat yearly fee in dollars (plans and services, scaled by tier); `none`: paid by
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

const aum = { type: 'aum' } as const;
const none = { type: 'none' } as const;
const fixed = (min: number, max: number): Fee => ({ type: 'fixed', min, max });

const personal: readonly Product[] = [
  { kind: 'managed_portfolio', name: 'Managed Growth Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Managed Balanced Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Income Focus Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 1.5 },
  { kind: 'managed_portfolio', name: 'ESG Core Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 1 },
  {
    kind: 'investment_account',
    name: 'Joint Brokerage Account',
    providers: custodians,
    fee: aum,
    value: 'assets',
    weight: 3,
    needs: 'partner',
  },
  {
    kind: 'investment_account',
    name: 'Individual Brokerage Account',
    providers: custodians,
    fee: aum,
    value: 'assets',
    weight: 2,
    owned: true,
  },
  {
    kind: 'investment_account',
    name: '529 College Savings Plan',
    providers: custodians,
    fee: aum,
    value: 'assets',
    weight: 1.5,
    needs: 'child',
  },
  { kind: 'retirement_account', name: 'Traditional IRA', providers: custodians, fee: aum, value: 'assets', weight: 3, owned: true },
  { kind: 'retirement_account', name: 'Roth IRA', providers: custodians, fee: aum, value: 'assets', weight: 3, owned: true },
  { kind: 'retirement_account', name: 'Rollover IRA', providers: custodians, fee: aum, value: 'assets', weight: 3, owned: true },
  { kind: 'retirement_account', name: 'SEP IRA', providers: custodians, fee: aum, value: 'assets', weight: 0.7, owned: true },
  { kind: 'insurance_policy', name: '20-Year Term Life Policy', providers: insurers, fee: none, value: 'none', weight: 1.5, owned: true },
  { kind: 'insurance_policy', name: 'Whole Life Policy', providers: insurers, fee: none, value: 'cash_value', weight: 0.8, owned: true },
  { kind: 'insurance_policy', name: 'Long-Term Care Policy', providers: insurers, fee: none, value: 'none', weight: 1, owned: true },
  {
    kind: 'insurance_policy',
    name: 'Fixed Indexed Annuity',
    providers: insurers,
    fee: none,
    value: 'cash_value',
    weight: 0.8,
    owned: true,
  },
  { kind: 'financial_plan', name: 'Comprehensive Financial Plan', providers: 'firm', fee: fixed(2500, 7500), value: 'none', weight: 2 },
  { kind: 'financial_plan', name: 'Retirement Income Plan', providers: 'firm', fee: fixed(1500, 4500), value: 'none', weight: 1.5 },
  {
    kind: 'financial_plan',
    name: 'Education Funding Plan',
    providers: 'firm',
    fee: fixed(1000, 2500),
    value: 'none',
    weight: 0.5,
    needs: 'child',
  },
  { kind: 'tax_service', name: 'Tax Planning & Preparation', providers: taxPartners, fee: fixed(600, 2500), value: 'none', weight: 1.2 },
  { kind: 'estate_service', name: 'Estate Plan Review', providers: estatePartners, fee: fixed(750, 3000), value: 'none', weight: 0.8 },
  { kind: 'other', name: 'Cash Management Account', providers: custodians, fee: none, value: 'assets', weight: 1 },
  { kind: 'other', name: 'Health Savings Account', providers: custodians, fee: none, value: 'assets', weight: 0.5, owned: true },
];

const business: readonly Product[] = [
  { kind: 'retirement_account', name: '401(k) Plan', providers: recordkeepers, fee: aum, value: 'assets', weight: 3 },
  { kind: 'retirement_account', name: 'SIMPLE IRA Plan', providers: recordkeepers, fee: aum, value: 'assets', weight: 1.5 },
  { kind: 'retirement_account', name: 'Cash Balance Plan', providers: recordkeepers, fee: aum, value: 'assets', weight: 0.7 },
  { kind: 'investment_account', name: 'Corporate Reserve Account', providers: custodians, fee: aum, value: 'assets', weight: 2 },
  { kind: 'insurance_policy', name: 'Key Person Life Policy', providers: insurers, fee: none, value: 'none', weight: 1 },
  { kind: 'insurance_policy', name: 'Buy-Sell Funding Policy', providers: insurers, fee: none, value: 'cash_value', weight: 0.6 },
  { kind: 'financial_plan', name: 'Business Succession Plan', providers: 'firm', fee: fixed(3000, 9000), value: 'none', weight: 1 },
  { kind: 'tax_service', name: 'Business Tax Planning', providers: taxPartners, fee: fixed(1500, 6000), value: 'none', weight: 1.2 },
  { kind: 'other', name: 'Business Cash Management', providers: custodians, fee: none, value: 'assets', weight: 1 },
];

const trust: readonly Product[] = [
  { kind: 'investment_account', name: 'Trust Brokerage Account', providers: custodians, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Trust Managed Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 3 },
  { kind: 'managed_portfolio', name: 'Trust Income Portfolio', providers: custodians, fee: aum, value: 'assets', weight: 1 },
  {
    kind: 'estate_service',
    name: 'Trust Administration Support',
    providers: estatePartners,
    fee: fixed(1500, 5000),
    value: 'none',
    weight: 1.5,
  },
  {
    kind: 'tax_service',
    name: 'Fiduciary Tax Return (Form 1041)',
    providers: taxPartners,
    fee: fixed(800, 2500),
    value: 'none',
    weight: 1.5,
  },
  { kind: 'other', name: 'Trust Cash Reserve', providers: custodians, fee: none, value: 'assets', weight: 0.8 },
];

/** What a prospect already holds elsewhere, recorded during discovery. */
export const heldAwayProducts: readonly Product[] = [
  {
    kind: 'retirement_account',
    name: '401(k) at current employer',
    providers: heldAway,
    fee: none,
    value: 'assets',
    weight: 3,
    owned: true,
  },
  { kind: 'investment_account', name: 'Brokerage account at another firm', providers: heldAway, fee: none, value: 'assets', weight: 2 },
  { kind: 'other', name: 'Bank savings', providers: heldAway, fee: none, value: 'assets', weight: 1.5 },
  {
    kind: 'insurance_policy',
    name: 'Group term life through employer',
    providers: heldAway,
    fee: none,
    value: 'none',
    weight: 1,
    owned: true,
  },
];

export function productsFor(type: ClientType): readonly Product[] {
  if (type === 'business') return business;
  if (type === 'trust') return trust;
  return personal;
}
