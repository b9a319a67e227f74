import type { holdingKinds } from '../../model/client';
import { normaliseHeader } from './suggest';

type HoldingKind = (typeof holdingKinds)[number];

/**
 * Words in an account type, as CRMs and custodians write them ("Roth IRA", "401(k)", "Joint
 * Brokerage", "Variable Annuity", "Whole Life"), and the product kind each points to. The first
 * kind with a word in the type wins, so "IRA - Managed" is a retirement account and
 * "Annuity (Qualified)" an insurance policy. Words are whole words of the normalised type.
 */
const kindWords: readonly (readonly [HoldingKind, readonly string[]])[] = [
  ['insurance_policy', ['annuity', 'life', 'insurance', 'policy', 'ltc', 'long term care', 'disability', 'whole life', 'term life', 'vul']],
  [
    'retirement_account',
    [
      'ira',
      'roth',
      'rollover',
      'sep',
      'simple',
      '401 k',
      '401k',
      '403 b',
      '403b',
      '457',
      '457 b',
      'tsp',
      'keogh',
      'pension',
      'retirement',
      'profit sharing',
      'sipp',
      'rrsp',
      'ppf',
      'nps',
    ],
  ],
  ['managed_portfolio', ['managed', 'advisory', 'wrap', 'sma', 'uma', 'discretionary', 'portfolio', 'pms']],
  [
    'investment_account',
    [
      'brokerage',
      'investment',
      'individual',
      'joint',
      'jtwros',
      'tod',
      'taxable',
      'trust',
      'custodial',
      'utma',
      'ugma',
      '529',
      'mutual fund',
      'mutual funds',
      'cash management',
      'money market',
      'demat',
    ],
  ],
  ['financial_plan', ['financial plan', 'planning']],
  ['tax_service', ['tax preparation', 'tax return', 'tax service']],
  ['estate_service', ['estate plan', 'estate planning', 'will', 'wills']],
];

/**
 * The product kind an account type names, recognised from common spellings ("Roth IRA" and
 * "401(k)" are retirement accounts, "Brokerage" an investment account, "Fixed Annuity" an insurance
 * policy); null when none of its words is known.
 */
export function holdingKindOfAccountType(accountType: string): HoldingKind | null {
  const text = ` ${normaliseHeader(accountType)} `;
  for (const [kind, words] of kindWords) {
    if (words.some((word) => text.includes(` ${word} `))) return kind;
  }
  return null;
}
