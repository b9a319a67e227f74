import { importFields, type ImportFieldName, type ImportKind } from '../../model/data-transfer';

/** "First Name", "first_name" and "FIRST-NAME" all read "first name": what headers are compared by. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Header names common CRMs and spreadsheets use for each field, normalised. A header listed for
 * two fields of one kind goes to the one listed first; fields outside the kind are never offered.
 * Clientbook's own export headers are among them, so an exported CSV maps itself on import.
 */
const headerNames: readonly (readonly [ImportFieldName, readonly string[]])[] = [
  ['householdRef', ['household id', 'household ref', 'household reference', 'client id', 'account id', 'household number']],
  ['householdName', ['household', 'household name', 'account name', 'family', 'family name', 'client', 'client name', 'account']],
  ['firstName', ['first name', 'firstname', 'given name', 'forename', 'first']],
  ['lastName', ['last name', 'lastname', 'surname', 'family surname', 'last']],
  ['personName', ['name', 'full name', 'person', 'person name', 'contact', 'contact name', 'member', 'respondent']],
  ['relationship', ['relationship', 'relation', 'role in household', 'household role']],
  ['email', ['email', 'e mail', 'email address', 'e mail address', 'mail']],
  ['phone', ['phone', 'mobile', 'telephone', 'phone number', 'cell', 'mobile phone', 'home phone', 'tel']],
  ['dateOfBirth', ['dob', 'date of birth', 'birth date', 'birthdate', 'birthday']],
  ['primaryContact', ['primary contact', 'primary', 'is primary', 'main contact']],
  ['tier', ['tier', 'segment', 'service tier', 'client tier', 'class']],
  [
    'manager',
    [
      'manager',
      'account manager',
      'advisor',
      'adviser',
      'rep',
      'owner',
      'relationship manager',
      'primary advisor',
      'primary adviser',
      'servicing advisor',
      'servicing adviser',
      'servicing rep',
      'servicing representative',
    ],
  ],
  ['staff', ['staff', 'advisor', 'adviser', 'owner', 'by', 'recorded by', 'rep', 'user', 'team member']],
  ['assignee', ['assignee', 'assigned to', 'owner', 'advisor', 'adviser', 'staff']],
  ['clientSince', ['client since', 'since', 'start date', 'joined', 'inception date']],
  ['lastReviewOn', ['last review', 'last review date', 'last reviewed', 'last reviewed on', 'last annual review', 'last review meeting']],
  ['addressLine1', ['address line 1', 'address 1', 'address', 'street', 'mailing street', 'street address']],
  ['addressLine2', ['address line 2', 'address 2', 'suite', 'apartment']],
  ['city', ['city', 'town', 'mailing city']],
  ['region', ['region', 'state', 'province', 'county', 'mailing state']],
  ['postalCode', ['postal code', 'zip', 'zip code', 'postcode', 'pin code', 'pin', 'mailing zip']],
  ['country', ['country', 'mailing country']],
  ['tags', ['tags', 'labels', 'tag']],
  ['productName', ['product', 'product name', 'account title', 'plan', 'policy', 'holding', 'holding name', 'investment']],
  [
    'kind',
    [
      'account type',
      'product type',
      'registration',
      'registration type',
      'account registration',
      'type',
      'kind',
      'interaction type',
      'activity type',
      'category',
    ],
  ],
  ['type', ['type', 'household type', 'client type']],
  ['provider', ['provider', 'custodian', 'company', 'carrier', 'institution', 'sponsor']],
  ['accountNumber', ['account number', 'acct', 'acct no', 'acct number', 'account no', 'policy number', 'account']],
  ['value', ['value', 'market value', 'balance', 'current value', 'amount', 'valuation', 'aum']],
  ['valuedOn', ['as of', 'valued on', 'valuation date', 'value date', 'as of date', 'balance date']],
  ['annualFee', ['fee', 'annual fee', 'fees', 'yearly fee', 'advisory fee']],
  ['openedOn', ['opened on', 'open date', 'opened', 'date opened', 'start date']],
  ['date', ['date', 'activity date', 'interaction date', 'survey date', 'response date', 'completed on', 'when']],
  ['summary', ['summary', 'subject', 'description', 'details', 'notes', 'note', 'comments']],
  ['durationMinutes', ['duration', 'duration minutes', 'minutes', 'length']],
  ['title', ['title', 'task', 'subject', 'task name', 'name']],
  ['dueOn', ['due', 'due date', 'due on', 'deadline', 'due by']],
  ['priority', ['priority', 'importance']],
  ['category', ['category', 'task type', 'type']],
  ['status', ['status', 'state', 'client status', 'account status', 'task status']],
  ['nps', ['nps', 'likelihood to recommend', 'nps score', 'recommend', 'net promoter score', 'how likely to recommend']],
  ['csat', ['csat', 'satisfaction', 'csat score', 'satisfaction score', 'overall satisfaction']],
  ['comment', ['comment', 'comments', 'feedback', 'verbatim', 'remarks']],
  ['channel', ['channel', 'method', 'via', 'source']],
  ['notes', ['notes', 'note', 'comments', 'description']],
];

/** Per kind: normalised header → field, first listed wins. Built once. */
const byKind = new Map<ImportKind, Map<string, ImportFieldName>>(
  (Object.keys(importFields) as ImportKind[]).map((kind) => {
    const allowed = new Set<string>(importFields[kind]);
    const map = new Map<string, ImportFieldName>();
    for (const [field, names] of headerNames) {
      if (!allowed.has(field)) continue;
      for (const name of names) if (!map.has(name)) map.set(name, field);
    }
    return [kind, map];
  }),
);

/** The field of `kind` a header most likely holds, from names common CRMs use; null when it does not look like any. */
export function suggestField(kind: ImportKind, header: string): ImportFieldName | null {
  return byKind.get(kind)!.get(normaliseHeader(header)) ?? null;
}
