import { normaliseHeader } from '../../../shared/domain/import/suggest';
import type {
  clientStatuses,
  clientTypes,
  holdingKinds,
  interactionKinds,
  relationships,
  surveyChannels,
  taskCategories,
  taskPriorities,
  taskStatuses,
} from '../../../shared/model';

/**
 * The words exports write for each stored value (the first) and the other words imports accept for
 * it, as CRMs and spreadsheets write them. One table serves both, so an export reads back.
 */
type Words<T extends string> = Record<T, readonly [string, ...string[]]>;

export const clientTypeWords: Words<(typeof clientTypes)[number]> = {
  individual: ['Individual', 'person', 'single'],
  household: ['Household', 'family', 'couple'],
  business: ['Business', 'company', 'organisation', 'organization', 'corporate'],
  trust: ['Trust', 'estate'],
};
export const clientStatusWords: Words<(typeof clientStatuses)[number]> = {
  prospect: ['Prospect', 'lead', 'potential'],
  active: ['Active', 'client', 'current', 'customer'],
  former: ['Former', 'inactive', 'lost', 'closed'],
};
export const relationshipWords: Words<(typeof relationships)[number]> = {
  primary: ['Primary', 'head', 'self', 'client', 'main', 'head of household'],
  spouse_partner: ['Spouse/partner', 'spouse', 'partner', 'husband', 'wife', 'co client', 'domestic partner'],
  child: ['Child', 'son', 'daughter', 'kid', 'dependent', 'dependant', 'minor child', 'stepchild'],
  grandchild: ['Grandchild', 'grandson', 'granddaughter'],
  parent: ['Parent', 'mother', 'father', 'mom', 'dad', 'mum'],
  sibling: ['Sibling', 'brother', 'sister'],
  trustee: ['Trustee', 'co trustee', 'successor trustee', 'grantor'],
  beneficiary: ['Beneficiary', 'contingent beneficiary', 'primary beneficiary'],
  power_of_attorney: ['Power of attorney', 'poa', 'attorney in fact', 'agent'],
  other: ['Other', 'relative'],
};
export const holdingKindWords: Words<(typeof holdingKinds)[number]> = {
  investment_account: [
    'Investment account',
    'investment',
    'brokerage',
    'brokerage account',
    'taxable',
    'demat',
    'mutual fund',
    'mutual funds',
  ],
  retirement_account: ['Retirement account', 'retirement', 'ira', 'roth ira', '401k', '401 k', '403b', 'pension', 'sipp', 'ppf', 'nps'],
  insurance_policy: ['Insurance policy', 'insurance', 'life insurance', 'policy', 'annuity'],
  financial_plan: ['Financial plan', 'plan', 'financial planning', 'planning'],
  managed_portfolio: ['Managed portfolio', 'managed account', 'portfolio', 'pms', 'discretionary'],
  tax_service: ['Tax service', 'tax', 'tax preparation', 'tax return'],
  estate_service: ['Estate service', 'estate', 'estate planning', 'will', 'wills'],
  other: ['Other'],
};
export const holdingStatusWords: Words<'open' | 'closed'> = {
  open: ['Open', 'active', 'in force', 'current'],
  closed: ['Closed', 'inactive', 'lapsed', 'surrendered', 'terminated'],
};
export const interactionKindWords: Words<(typeof interactionKinds)[number]> = {
  call: ['Call', 'phone', 'phone call', 'telephone'],
  meeting: ['Meeting', 'review', 'visit', 'appointment', 'video call'],
  email: ['Email', 'e mail', 'mail'],
  message: ['Message', 'text', 'sms', 'whatsapp', 'chat'],
  note: ['Note', 'notes', 'memo'],
  complaint: ['Complaint', 'grievance'],
};
export const taskStatusWords: Words<(typeof taskStatuses)[number]> = {
  open: ['Open', 'not started', 'to do', 'todo', 'new', 'pending'],
  in_progress: ['In progress', 'started', 'doing', 'working'],
  waiting_client: ['Waiting on client', 'waiting', 'waiting client', 'on hold'],
  waiting_colleague: ['Waiting on colleague', 'waiting colleague', 'waiting on team'],
  done: ['Done', 'completed', 'complete', 'closed', 'finished'],
  cancelled: ['Cancelled', 'canceled', 'skipped', 'dropped'],
};
export const taskPriorityWords: Words<(typeof taskPriorities)[number]> = {
  low: ['Low'],
  normal: ['Normal', 'medium', 'standard'],
  high: ['High', 'urgent', 'important'],
};
export const taskCategoryWords: Words<(typeof taskCategories)[number]> = {
  follow_up: ['Follow-up', 'follow up', 'followup', 'call back'],
  service_request: ['Service request', 'service', 'request'],
  review_preparation: ['Review preparation', 'review', 'review prep'],
  onboarding: ['Onboarding', 'new client'],
  compliance: ['Compliance', 'kyc', 'regulatory'],
  admin: ['Admin', 'administration', 'paperwork'],
};
export const surveyChannelWords: Words<(typeof surveyChannels)[number]> = {
  meeting: ['Meeting', 'in person'],
  phone: ['Phone', 'call', 'telephone'],
  email: ['Email', 'e mail', 'online', 'web'],
  paper: ['Paper', 'post', 'mail', 'letter'],
  unknown: ['Unknown', 'not known'],
};
export const yesNoWords: Words<'yes' | 'no'> = {
  yes: ['Yes', 'y', 'true', '1', 'x', 'primary'],
  no: ['No', 'n', 'false', '0'],
};

/** The word an export writes for `value`. */
export function wordFor<T extends string>(words: Words<T>, value: T): string {
  return words[value][0];
}

/** Normalised word → value, the value itself included ("spouse_partner" reads "spouse partner"). */
export function wordReader<T extends string>(words: Words<T>): (text: string) => T | undefined {
  const lookup = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    for (const word of [value, ...list]) lookup.set(normaliseHeader(word), value);
  }
  return (text) => lookup.get(normaliseHeader(text));
}
