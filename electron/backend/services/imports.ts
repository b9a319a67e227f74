import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { Handlers, ParsedIn } from '../../../shared/contract';
import { holdingKindOfAccountType } from '../../../shared/domain/import/account-types';
import { parseCsv } from '../../../shared/domain/import/parse';
import { normaliseHeader, suggestField } from '../../../shared/domain/import/suggest';
import { parseDay } from '../../../shared/domain/import/values';
import { amountRule, parseMoney } from '../../../shared/domain/money';
import { normalizeEmail, normalizeName, phoneDigits } from '../../../shared/domain/matching';
import { addMonths, cadenceMonths, lastHeldReviewOn } from '../../../shared/domain/review-cadence';
import { AppError } from '../../../shared/errors';
import {
  Holding,
  Id,
  importFields,
  Person,
  Settings,
  type Client,
  type DateOrder,
  type ImportDuplicate,
  type ImportFieldName,
  type ImportHouseholdsSummary,
  type ImportKind,
  type ImportMissingMember,
  type ImportPreview,
  type ImportRecord,
  type ImportRowError,
  type Interaction,
  type Review,
  type Survey,
  type Task,
  type TeamMember,
} from '../../../shared/model';
import { collectionNames, currentSchemaVersion, imageOfBook, putOp, recordSchemas, setSettingsOp, type Book, type Op } from '../store';
import { migrate } from '../store/migrations';
import { nodeFs } from '../store/store-fs';
import { describeInvalidRecord, unreadableBookFile } from '../store/validate';
import { invalid, today } from './checks';
import type { ServiceContext } from './context';
import { withValuation } from './holdings';
import { newId } from './ids';
import { appStatus } from './setup';
import { newTask } from './tasks';
import {
  clientStatusWords,
  clientTypeWords,
  holdingKindWords,
  holdingStatusWords,
  interactionKindWords,
  relationshipWords,
  surveyChannelWords,
  taskCategoryWords,
  taskPriorityWords,
  taskStatusWords,
  wordReader,
  yesNoWords,
} from './transfer-words';

type PreviewInput = ParsedIn<'imports:preview'>;
type MatchKind = ImportDuplicate['matchedOn'][number];

/** A preview is kept this long for its commit, and only the newest few: each can hold a whole file's records. */
const previewLifetimeMs = 30 * 60_000;
const previewsKept = 4;
const isoDayText = /^\s*\d{4}-/;
/** Errors listed in a preview; `errorCount` has them all. */
const errorsListed = 1000;

const readers = {
  type: wordReader(clientTypeWords),
  status: wordReader(clientStatusWords),
  relationship: wordReader(relationshipWords),
  holdingKind: wordReader(holdingKindWords),
  holdingStatus: wordReader(holdingStatusWords),
  interactionKind: wordReader(interactionKindWords),
  taskStatus: wordReader(taskStatusWords),
  priority: wordReader(taskPriorityWords),
  category: wordReader(taskCategoryWords),
  channel: wordReader(surveyChannelWords),
  yesNo: wordReader(yesNoWords),
};

/** One household of a households or contacts-and-accounts file: its rows' client fields, people and products. */
interface IncomingHousehold {
  key: string;
  rows: number[];
  client: Client;
  people: Person[];
  holdings: Holding[];
  /** A held review on the last-review date the file gives. */
  review: Review | null;
  reviewsFrom: keyof ImportHouseholdsSummary['reviewsFrom'];
  /** The household already in the book it looks like; the user decides. */
  existing: { id: string; matchedOn: MatchKind[] } | null;
}

/** A record of another kind; `replaces` is the stored record it updates (a holding found by account number). */
interface IncomingRecord {
  row: number;
  collection: 'holdings' | 'interactions' | 'tasks' | 'surveys';
  record: Holding | Interaction | Task | Survey;
  replaces: boolean;
}

/** A checked file waiting for its commit, in memory only. */
interface Prepared {
  preview: ImportPreview;
  madeAt: number;
  /** Normalised header → field, remembered at commit. */
  mappings: Record<string, ImportFieldName>;
  /** The date order the file's dates were read in, when it had any that needed one. */
  dateOrder: DateOrder | null;
  allErrors: ImportRowError[];
  badRows: number;
  households: IncomingHousehold[];
  records: IncomingRecord[];
  /** Team members the records name: each must still be there at commit. */
  memberIds: Set<string>;
}

/** The fields each kind cannot do without, as groups of which one must be mapped. */
const requiredFields: Record<ImportKind, { any: ImportFieldName[]; label: string }[]> = {
  contactsAccounts: [{ any: ['householdName', 'lastName', 'householdRef'], label: 'a household name or a last name' }],
  households: [{ any: ['householdName', 'lastName', 'householdRef'], label: 'a household name or a last name' }],
  holdings: [
    { any: ['householdName', 'householdRef'], label: 'the household' },
    { any: ['productName'], label: 'the product name' },
    { any: ['value'], label: 'the value' },
  ],
  interactions: [
    { any: ['householdName', 'householdRef'], label: 'the household' },
    { any: ['date'], label: 'the date' },
    { any: ['summary'], label: 'the summary' },
  ],
  tasks: [{ any: ['title'], label: 'the title' }],
  surveys: [
    { any: ['householdName', 'householdRef'], label: 'the household' },
    { any: ['date'], label: 'the date' },
    { any: ['nps', 'csat'], label: 'an NPS or a CSAT score' },
  ],
};

function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

function previewExpired(): AppError {
  return new AppError('NOT_FOUND', 'That preview is no longer kept. Preview the file again, then import it.', [
    { path: 'previewId', message: 'is not a current preview' },
  ]);
}

function bookChanged(detail: string): AppError {
  return new AppError('CONFLICT', `${detail} The book changed since the preview, so nothing was imported. Preview the file again.`);
}

/** The book's households and team, indexed once per preview so rows never scan the book. */
class BookIndex {
  readonly clientsByName = new Map<string, Client[]>();
  readonly peopleByName = new Map<string, Set<string>>();
  readonly peopleByEmail = new Map<string, Set<string>>();
  readonly peopleByPhone = new Map<string, Set<string>>();
  readonly members = new Map<string, TeamMember>();
  readonly holdingsByAccount = new Map<string, Holding>();

  constructor(
    private readonly ctx: ServiceContext,
    kind: ImportKind,
  ) {
    const { store } = ctx;
    for (const client of store.all('clients')) push(this.clientsByName, normalizeName(client.name), client);
    if (kind === 'households') {
      for (const person of store.all('people')) {
        add(this.peopleByName, normalizeName(person.name), person.clientId);
        if (person.email) add(this.peopleByEmail, normalizeEmail(person.email), person.clientId);
        const digits = person.phone ? phoneDigits(person.phone) : '';
        if (digits.length >= 7) add(this.peopleByPhone, digits, person.clientId);
      }
    }
    if (kind === 'holdings') {
      for (const holding of store.all('holdings')) {
        if (holding.accountNumber) this.holdingsByAccount.set(accountKey(holding.clientId, holding.accountNumber), holding);
      }
    }
    // Active members first, so a name shared with a colleague who left finds the one still here.
    const members = [...store.all('teamMembers')].sort((a, b) => Number(b.active) - Number(a.active));
    for (const member of members.reverse()) {
      this.members.set(normalizeName(member.name), member);
      this.members.set(normalizeEmail(member.email), member);
    }
  }

  member(text: string): TeamMember | undefined {
    return this.members.get(normalizeName(text)) ?? this.members.get(normalizeEmail(text));
  }

  /** The one active member who can manage households, when the firm has exactly one. */
  onlyManager(): TeamMember | undefined {
    const managers = [...this.ctx.store.all('teamMembers')].filter(
      (m) => m.active && (m.role === 'account_manager' || m.role === 'adviser'),
    );
    return managers.length === 1 ? managers[0] : undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
function accountKey(clientId: string, accountNumber: string): string {
  return `${clientId}:${accountNumber.replace(/[\s-]/g, '').toUpperCase()}`;
}

/** The column checks: refused before any row is read. */
function checkColumns(input: PreviewInput, headers: string[], rows: string[][]): void {
  if (rows.length === 0) {
    throw invalid('This file has no rows to import under its header. Check that you chose the right file.', 'text', 'has no data rows');
  }
  if (input.columns.length !== headers.length) {
    throw invalid(
      `The file has ${countNoun(headers.length, 'column')} but the mapping has ${input.columns.length}. Preview the file again.`,
      'columns',
      `must have ${headers.length} entries`,
    );
  }
  const mapped = input.columns.filter((field) => field !== null);
  if (headers.length === 1 && mapped.length >= 1 && requiredFields[input.kind].length > 1) {
    throw invalid(
      'This file does not look like CSV: it has only one column. Check the delimiter, or save the spreadsheet as CSV and choose it again.',
      'text',
      'has one column',
    );
  }
  const allowed = new Set<string>(importFields[input.kind]);
  const seen = new Map<string, string>();
  input.columns.forEach((field, index) => {
    if (field === null) return;
    const header = headers[index] || `column ${index + 1}`;
    if (!allowed.has(field)) {
      throw invalid(
        `Column “${header}” cannot be imported as ${field} in a ${input.kind} file. Choose another field or leave it out.`,
        `columns.${index}`,
        'is not a field of this kind',
      );
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      throw invalid(
        `Columns “${earlier}” and “${header}” are both mapped to ${field}. Map each field to one column.`,
        `columns.${index}`,
        'is mapped twice',
      );
    }
    seen.set(field, header);
  });
  const missing = requiredFields[input.kind].filter((group) => !group.any.some((field) => seen.has(field))).map((group) => group.label);
  if (missing.length > 0) {
    throw invalid(`Map a column to ${missing.join(', ')} before previewing.`, 'columns', `needs ${missing.join(', ')}`);
  }
}

/**
 * Reads one file's rows into checked records. Every problem becomes a row error naming the row
 * (the header is row 1) and column; records of rows without errors are kept for the commit.
 */
class RowChecker {
  readonly errors: ImportRowError[] = [];
  readonly badRows = new Set<number>();
  readonly memberIds = new Set<string>();
  /** Names the file gives for team members who are not on the team, by normalised name. */
  readonly missingMembers = new Map<string, ImportMissingMember>();
  private readonly columnOf = new Map<ImportFieldName, number>();
  private row = 0;
  private cells: string[] = [];
  /** Whether a date was read in the chosen day-month order (not ISO), so that order is worth remembering. */
  readDateOrder = false;
  readonly today: string;

  constructor(
    readonly ctx: ServiceContext,
    readonly book: BookIndex,
    private readonly headers: string[],
    columns: (ImportFieldName | null)[],
    private readonly dateOrder: DateOrder,
  ) {
    columns.forEach((field, index) => field !== null && this.columnOf.set(field, index));
    this.today = today(ctx);
  }

  at(row: number, cells: string[]): void {
    this.row = row;
    this.cells = cells;
    if (cells.length > this.headers.length)
      this.fail(null, `Row has ${cells.length} cells but the header has ${this.headers.length}; a value may hold an unquoted delimiter.`);
  }

  get ok(): boolean {
    return !this.badRows.has(this.row);
  }

  has(field: ImportFieldName): boolean {
    return this.columnOf.has(field);
  }

  header(field: ImportFieldName | null): string | null {
    if (field === null) return null;
    const index = this.columnOf.get(field);
    return index === undefined ? null : this.headers[index] || `Column ${index + 1}`;
  }

  text(field: ImportFieldName): string {
    const index = this.columnOf.get(field);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  fail(field: ImportFieldName | null, message: string): undefined {
    this.errors.push({ row: this.row, column: this.header(field), message });
    this.badRows.add(this.row);
    return undefined;
  }

  private label(field: ImportFieldName): string {
    return this.header(field) ?? field;
  }

  day(field: ImportFieldName): string | null | undefined {
    const value = this.text(field);
    const day = parseDay(value, this.dateOrder);
    if (day && !isoDayText.test(value)) this.readDateOrder = true;
    if (day !== undefined) return day;
    const form = this.dateOrder === 'mdy' ? 'MM/DD/YYYY' : 'DD/MM/YYYY';
    return this.fail(field, `${this.label(field)} “${value}” is not a date; write it as ${form} or YYYY-MM-DD.`);
  }

  money(field: ImportFieldName): { amountMinor: number; currency: string } | null | undefined {
    const value = this.text(field);
    const { currency } = this.ctx.store.settings;
    if (value === '') return null;
    const amount = parseMoney(value, currency);
    if (amount === null) return this.fail(field, `${this.label(field)} “${value}” ${amountRule}.`);
    if (amount < 0) return this.fail(field, `${this.label(field)} “${value}” cannot be negative.`);
    return { amountMinor: amount, currency };
  }

  word<T>(field: ImportFieldName, read: (text: string) => T | undefined, what: string): T | null | undefined {
    const value = this.text(field);
    if (value === '') return null;
    return read(value) ?? this.fail(field, `${this.label(field)} “${value}” is not a known ${what}.`);
  }

  whole(field: ImportFieldName, min: number, max: number): number | null | undefined {
    const value = this.text(field);
    if (value === '') return null;
    const number = Number(value);
    if (Number.isInteger(number) && number >= min && number <= max) return number;
    return this.fail(field, `${this.label(field)} “${value}” must be a whole number from ${min} to ${max}.`);
  }

  /** A team member by name or email; `active` members only for work still to do (managing, assigned tasks). */
  member(field: ImportFieldName, active: boolean): TeamMember | null | undefined {
    const value = this.text(field);
    if (value === '') return null;
    const member = this.book.member(value);
    if (!member) {
      const key = normalizeName(value);
      const missing = this.missingMembers.get(key) ?? { name: value, column: this.label(field), rows: [] };
      missing.rows.push(this.row);
      this.missingMembers.set(key, missing);
      return this.fail(field, `${this.label(field)} “${value}” is not a team member; add them to the team or fix the name.`);
    }
    if (active && !member.active) return this.fail(field, `${this.label(field)} “${value}” is no longer an active team member.`);
    this.memberIds.add(member.id);
    return member;
  }

  /** The household a row of another kind belongs to: by its id, else by its exact name (case and spacing ignored). */
  household(): Client | null | undefined {
    const ref = this.text('householdRef');
    if (ref !== '') {
      const client = this.ctx.store.get('clients', ref);
      return client ?? this.fail('householdRef', `${this.label('householdRef')} “${ref}” is not a household in the book.`);
    }
    const name = this.text('householdName');
    if (name === '') return null;
    const matches = this.book.clientsByName.get(normalizeName(name)) ?? [];
    if (matches.length === 1) return matches[0]!;
    if (matches.length === 0)
      return this.fail('householdName', `No household named “${name}” in the book; import the households file first or fix the name.`);
    return this.fail('householdName', `${matches.length} households are named “${name}”; add a Household ID column to say which.`);
  }

  /** Checks a finished record against the store's schema; a failing field is reported on its column. */
  valid<T>(
    schema: {
      safeParse(
        value: unknown,
      ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
    },
    record: T,
    fieldOf: Record<string, ImportFieldName>,
  ): T | undefined {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = fieldOf[String(issue.path[0])] ?? null;
      const value = field ? this.text(field) : '';
      const label = field ? this.label(field) : 'This row';
      this.fail(field && this.has(field) ? field : null, value ? `${label} “${value}” ${issue.message}.` : `${label} ${issue.message}.`);
    }
    return undefined;
  }
}

// ─── Households ──────────────────────────────────────────────────────────────

/** A person's fields as a row gives them, checked on their own so every problem of a row is found at once. */
const PersonFields = Person.pick({ name: true, relationship: true, dateOfBirth: true, email: true, phone: true, preferredContact: true });
type PersonFields = z.infer<typeof PersonFields>;
const ProductFields = Holding.pick({ name: true, provider: true, accountNumber: true });

/** The account a row of a contacts-and-accounts file describes. */
interface AccountRow {
  kind: Holding['kind'] | null;
  name: string;
  provider: string;
  accountNumber: string | null;
  value: Holding['value'];
  valuedOn: string;
  openedOn: string | null;
}

interface HouseholdRow {
  row: number;
  name: string;
  ref: string;
  fields: Partial<Pick<Client, 'type' | 'tier' | 'status' | 'clientSince' | 'notes' | 'tags'>> & {
    managerId?: string;
    lastReviewOn?: string;
    address?: Partial<Record<'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'country', string>>;
  };
  person: (PersonFields & { primary: boolean | null; relationshipGiven: boolean }) | null;
  account: AccountRow | null;
}

const addressFields = [
  ['addressLine1', 'line1'],
  ['addressLine2', 'line2'],
  ['city', 'city'],
  ['region', 'region'],
  ['postalCode', 'postalCode'],
  ['country', 'country'],
] as const;

const clientFieldOf: Record<string, ImportFieldName> = {
  name: 'householdName',
  clientSince: 'clientSince',
  notes: 'notes',
  tags: 'tags',
  address: 'addressLine1',
};
const personFieldOf: Record<string, ImportFieldName> = {
  name: 'personName',
  email: 'email',
  phone: 'phone',
  dateOfBirth: 'dateOfBirth',
};
const productFieldOf: Record<string, ImportFieldName> = {
  name: 'productName',
  provider: 'provider',
  accountNumber: 'accountNumber',
};

function tierReader(settings: Settings): (text: string) => Client['tier'] | undefined {
  const lookup = new Map<string, Client['tier']>();
  for (const tier of ['A', 'B', 'C'] as const) {
    for (const word of [tier, `tier ${tier}`, settings.tierNames[tier]]) lookup.set(normaliseHeader(word), tier);
  }
  return (text) => lookup.get(normaliseHeader(text));
}

/** A product kind from the words of a file: Clientbook's own (as exported), else an account type's common spellings. */
function readHoldingKind(text: string): Holding['kind'] | undefined {
  return readers.holdingKind(text) ?? holdingKindOfAccountType(text) ?? undefined;
}

/** The person a row names, every field checked; null when the row names nobody. */
function readPerson(check: RowChecker): HouseholdRow['person'] | undefined {
  const name = check.text('personName') || [check.text('firstName'), check.text('lastName')].filter(Boolean).join(' ');
  const relationship = check.word('relationship', readers.relationship, 'relationship');
  const primary = check.word('primaryContact', readers.yesNo, 'yes or no');
  const dateOfBirth = check.day('dateOfBirth');
  const email = check.text('email') || null;
  const phone = check.text('phone') || null;
  if (!name) {
    if (email || phone || dateOfBirth) check.fail('personName', 'Row has contact details but no person’s name.');
    return null;
  }
  const fields = check.valid(
    PersonFields,
    { name, relationship: relationship ?? 'other', dateOfBirth: dateOfBirth ?? null, email, phone, preferredContact: null },
    personFieldOf,
  );
  if (!fields || relationship === undefined || primary === undefined || dateOfBirth === undefined) return undefined;
  return { ...fields, primary: primary === null ? null : primary === 'yes', relationshipGiven: relationship !== null };
}

/**
 * The account a row of a contacts-and-accounts file holds, null when it holds none (a contact
 * without accounts). Without a product name column the name is the account type and its owner,
 * "Roth IRA (Jin Park)", so a couple's two IRAs tell apart.
 */
function readAccount(check: RowChecker, owner: string): AccountRow | null | undefined {
  const type = check.text('kind');
  const accountNumber = check.text('accountNumber') || null;
  const value = check.money('value');
  const valuedOn = check.day('valuedOn');
  const openedOn = check.day('openedOn');
  const given = check.text('productName');
  if (!type && !given && !accountNumber && value === null) return null;
  if (value === null) check.fail('value', `${check.header('value') ?? 'Market value'} is empty; every account needs its value.`);
  const kind = type ? (readHoldingKind(type) ?? null) : null;
  const base = given || type || check.text('provider') || 'Account';
  const name = given || !owner ? base : `${base} (${owner})`;
  const fields = check.valid(ProductFields, { name, provider: check.text('provider'), accountNumber }, productFieldOf);
  if (!fields || !value || valuedOn === undefined || openedOn === undefined) return undefined;
  return { kind, ...fields, value, valuedOn: valuedOn ?? check.today, openedOn };
}

function readHouseholdRow(check: RowChecker, readTier: (text: string) => Client['tier'] | undefined): HouseholdRow | undefined {
  const ref = check.text('householdRef');
  const last = check.text('lastName');
  const name = check.text('householdName') || (last ? `The ${last} Household` : '') || ref;
  if (!name) check.fail(null, 'Row needs a household name or a last name.');
  const fields: HouseholdRow['fields'] = {};
  const type = check.word('type', readers.type, 'household type');
  if (type) fields.type = type;
  const tier = check.word('tier', readTier, 'tier');
  if (tier) fields.tier = tier;
  const status = check.word('status', readers.status, 'status');
  if (status === 'former')
    check.fail(
      'status',
      `${check.header('status')} “${check.text('status')}”: former clients are marked from their page, with why they left; import them as active.`,
    );
  else if (status) fields.status = status;
  const manager = check.member('manager', true);
  if (manager) fields.managerId = manager.id;
  const since = check.day('clientSince');
  if (since) fields.clientSince = since;
  const lastReview = check.day('lastReviewOn');
  if (lastReview && lastReview > check.today)
    check.fail('lastReviewOn', `${check.header('lastReviewOn')} “${check.text('lastReviewOn')}” is in the future.`);
  else if (lastReview) fields.lastReviewOn = lastReview;
  const notes = check.text('notes');
  if (notes) fields.notes = notes;
  const tags = check.text('tags');
  if (tags)
    fields.tags = tags
      .split(/[;,|]/)
      .map((tag) => tag.trim())
      .filter(Boolean);
  for (const [field, part] of addressFields) {
    const value = check.text(field);
    if (value) (fields.address ??= {})[part] = value;
  }
  const person = readPerson(check);
  const account = readAccount(check, person?.name ?? '');
  if (!check.ok || person === undefined || account === undefined) return undefined;
  return { row: 0, name, ref, fields, person, account };
}

/**
 * Whether two rows of a household name the same person: the same name and, where both rows give
 * an email, a phone or a date of birth, at least one of them the same (two John Smiths born
 * years apart are two people; a row with only the name is the person the other rows describe).
 */
function samePerson(a: PersonFields, b: PersonFields): boolean {
  if (normalizeName(a.name) !== normalizeName(b.name)) return false;
  const compared = [
    [a.email && normalizeEmail(a.email), b.email && normalizeEmail(b.email)],
    [a.phone && phoneDigits(a.phone), b.phone && phoneDigits(b.phone)],
    [a.dateOfBirth, b.dateOfBirth],
  ].filter(([mine, theirs]) => mine && theirs);
  return compared.length === 0 || compared.some(([mine, theirs]) => mine === theirs);
}

/** The household's people, each once: a person on several rows takes the details any of them gives. */
function peopleOf(rows: HouseholdRow[]): NonNullable<HouseholdRow['person']>[] {
  const people: NonNullable<HouseholdRow['person']>[] = [];
  for (const { person } of rows) {
    if (!person) continue;
    const known = people.findIndex((candidate) => samePerson(candidate, person));
    if (known === -1) {
      people.push(person);
      continue;
    }
    const earlier = people[known]!;
    people[known] = {
      ...earlier,
      email: earlier.email ?? person.email,
      phone: earlier.phone ?? person.phone,
      dateOfBirth: earlier.dateOfBirth ?? person.dateOfBirth,
      relationship: earlier.relationshipGiven ? earlier.relationship : person.relationship,
      relationshipGiven: earlier.relationshipGiven || person.relationshipGiven,
      primary: earlier.primary ?? person.primary,
    };
  }
  return people;
}

/** The household's products, one per account: a joint account on both owners' rows is one product. */
function productsOf(rows: HouseholdRow[], clientId: string): Holding[] {
  const products: Holding[] = [];
  const accounts = new Set<string>();
  for (const { account } of rows) {
    if (!account) continue;
    if (account.accountNumber) {
      const key = accountKey(clientId, account.accountNumber);
      if (accounts.has(key)) continue;
      accounts.add(key);
    }
    const { kind, value, valuedOn, ...fields } = account;
    products.push({
      id: newId('ho'),
      clientId,
      kind: kind ?? 'other',
      ...fields,
      status: 'open',
      closedOn: null,
      value,
      valuedOn,
      valueHistory: [{ on: valuedOn, value }],
      annualFee: { amountMinor: 0, currency: value.currency },
      soldById: null,
    });
  }
  return products;
}

/**
 * When the household's first review here falls due: a held review on the file's last-review date,
 * else a cycle from client-since when that is still ahead, else a cycle from the import (a client
 * of years never reviewed here is not years overdue on the day it arrives).
 */
function firstReview(
  check: RowChecker,
  client: Client,
  lastReviewOn: string | undefined,
  fileName: string,
): { from: keyof ImportHouseholdsSummary['reviewsFrom']; reviewsFrom?: string; review: Review | null } {
  const at = check.ctx.now().toISOString();
  if (lastReviewOn) {
    const review: Review = {
      id: newId('rv'),
      clientId: client.id,
      status: 'held',
      managerId: client.primaryManagerId,
      scheduledOn: null,
      heldOn: lastReviewOn,
      agenda: [],
      attendees: [],
      notes: `Last review as given in ${fileName}.`.slice(0, 20_000),
      decisions: [],
      createdAt: at,
      updatedAt: at,
    };
    return { from: 'lastReview', review };
  }
  const cadence = cadenceMonths(client, check.ctx.store.settings.reviewCadenceMonths);
  if (client.clientSince && addMonths(client.clientSince, cadence) >= check.today) return { from: 'clientSince', review: null };
  return { from: 'importDay', reviewsFrom: check.today, review: null };
}

function prepareHouseholds(check: RowChecker, rows: string[][], rowNumbers: number[], fileName: string): IncomingHousehold[] {
  const { ctx, book } = check;
  const at = ctx.now().toISOString();
  const readTier = tierReader(ctx.store.settings);
  const groups = new Map<string, HouseholdRow[]>();
  rows.forEach((cells, index) => {
    check.at(rowNumbers[index]!, cells);
    const read = readHouseholdRow(check, readTier);
    if (!read) return;
    read.row = rowNumbers[index]!;
    push(groups, read.ref ? `ref:${read.ref}` : `name:${normalizeName(read.name)}`, read);
  });

  const fallbackManager = book.onlyManager();
  const usedIds = new Set<string>();
  const households: IncomingHousehold[] = [];
  // A bad row gives nothing to its household (no fields, no person, no account); a household with no good rows is not made.
  for (const [key, good] of groups) {
    // A household exported by Clientbook keeps its id, so the other files' Household ID columns find it.
    const ref = good[0]!.ref;
    const refUsable = ref !== '' && Id.safeParse(ref).success && !ctx.store.get('clients', ref) && !usedIds.has(ref);
    const id = refUsable ? ref : newId('cl');
    const first = good[0]!;
    check.at(first.row, []);
    const pick = <K extends keyof HouseholdRow['fields']>(field: K) => good.find((row) => row.fields[field] !== undefined)?.fields[field];
    const managerId = pick('managerId') ?? fallbackManager?.id;
    if (!managerId) {
      check.fail('manager', `Household “${first.name}” has no manager; fill in the Manager column (a team member’s name or email).`);
      continue;
    }
    const incomingPeople = peopleOf(good);
    // Every row's note is kept: a CRM export repeats the household on each account row, each with its own note.
    const notes = [...new Set(good.flatMap((row) => (row.fields.notes ? [row.fields.notes] : [])))].join('\n\n');
    const address = good.reduce<NonNullable<HouseholdRow['fields']['address']> | undefined>(
      (acc, row) => (row.fields.address ? { ...row.fields.address, ...acc } : acc),
      undefined,
    );
    const client = check.valid(
      recordSchemas.clients,
      {
        id,
        name: first.name,
        type: pick('type') ?? (incomingPeople.length > 1 ? 'household' : 'individual'),
        status: pick('status') ?? 'active',
        tier: pick('tier') ?? 'C',
        primaryManagerId: managerId,
        serviceTeamIds: [],
        clientSince: pick('clientSince') ?? null,
        source: '',
        address: address ? { line1: '', line2: '', city: '', region: '', postalCode: '', country: '', ...address } : null,
        preferredContact: null,
        reviewCadenceMonths: null,
        notes,
        tags: [...new Set(good.flatMap((row) => row.fields.tags ?? []))],
        lastContactAt: null,
        departure: null,
        archived: false,
        createdAt: at,
        updatedAt: at,
      },
      clientFieldOf,
    );
    if (!client) continue;
    usedIds.add(id);
    check.memberIds.add(managerId);
    // The first person is the primary contact, and "primary" their relationship, unless the file says otherwise.
    const explicitPrimary = incomingPeople.some((person) => person.primary === true);
    const people = incomingPeople.map(({ primary, relationshipGiven, ...fields }, index): Person => ({
      id: newId('pe'),
      clientId: id,
      ...fields,
      relationship: relationshipGiven ? fields.relationship : index === 0 ? 'primary' : 'other',
      isPrimaryContact: explicitPrimary ? primary === true : index === 0,
    }));
    const lastReviewOn = good.reduce<string | undefined>(
      (newest, row) => (row.fields.lastReviewOn && (!newest || row.fields.lastReviewOn > newest) ? row.fields.lastReviewOn : newest),
      undefined,
    );
    const review = firstReview(check, client, lastReviewOn, fileName);
    households.push({
      key,
      rows: good.map((row) => row.row),
      client: review.reviewsFrom ? { ...client, reviewsFrom: review.reviewsFrom } : client,
      people,
      holdings: productsOf(good, id),
      review: review.review,
      reviewsFrom: review.from,
      existing: existingHousehold(book, ctx, first.ref, client, people),
    });
  }
  return households;
}

/** The book's household this one most likely is: the same id, else the most of name, email and phone matched. */
function existingHousehold(
  book: BookIndex,
  ctx: ServiceContext,
  ref: string,
  client: Client,
  people: Person[],
): IncomingHousehold['existing'] {
  const byRef = ref ? ctx.store.get('clients', ref) : undefined;
  const found = new Map<string, Set<MatchKind>>();
  const note = (ids: Iterable<string | Client> | undefined, kind: MatchKind) => {
    for (const entry of ids ?? []) {
      const id = typeof entry === 'string' ? entry : entry.id;
      const set = found.get(id) ?? new Set<MatchKind>();
      set.add(kind);
      found.set(id, set);
    }
  };
  note(book.clientsByName.get(normalizeName(client.name)), 'name');
  for (const person of people) {
    note(book.peopleByName.get(normalizeName(person.name)), 'name');
    if (person.email) note(book.peopleByEmail.get(normalizeEmail(person.email)), 'email');
    const digits = person.phone ? phoneDigits(person.phone) : '';
    if (digits.length >= 7) note(book.peopleByPhone.get(digits), 'phone');
  }
  const order: MatchKind[] = ['name', 'email', 'phone'];
  const matchedOn = (id: string) => order.filter((kind) => found.get(id)?.has(kind));
  if (byRef) return { id: byRef.id, matchedOn: matchedOn(byRef.id) };
  let best: { id: string; matchedOn: MatchKind[] } | null = null;
  for (const id of found.keys()) {
    const candidate = { id, matchedOn: matchedOn(id) };
    if (!best || candidate.matchedOn.length > best.matchedOn.length) best = candidate;
  }
  return best;
}

// ─── Other kinds ─────────────────────────────────────────────────────────────

const holdingFieldOf: Record<string, ImportFieldName> = {
  name: 'productName',
  provider: 'provider',
  accountNumber: 'accountNumber',
  openedOn: 'openedOn',
};
const interactionFieldOf: Record<string, ImportFieldName> = { summary: 'summary', durationMinutes: 'durationMinutes' };
const taskFieldOf: Record<string, ImportFieldName> = { title: 'title', notes: 'notes', dueOn: 'dueOn' };
const surveyFieldOf: Record<string, ImportFieldName> = { comment: 'comment', on: 'date', nps: 'nps', csat: 'csat' };

function prepareRecords(
  kind: Exclude<ImportKind, 'households' | 'contactsAccounts'>,
  check: RowChecker,
  rows: string[][],
  rowNumbers: number[],
): IncomingRecord[] {
  const { ctx, book } = check;
  const at = ctx.now().toISOString();
  const records: IncomingRecord[] = [];
  const accountsInFile = new Map<string, number>();
  rows.forEach((cells, index) => {
    const row = rowNumbers[index]!;
    check.at(row, cells);
    const client = check.household();
    if (kind === 'holdings') {
      const value = check.money('value');
      const valuedOn = check.day('valuedOn');
      const annualFee = check.money('annualFee');
      const openedOn = check.day('openedOn');
      const holdingKind = check.word('kind', readHoldingKind, 'product type');
      const status = check.word('status', readers.holdingStatus, 'status');
      if (value === null) check.fail('value', `${check.header('value')} is empty; every product needs its value.`);
      if (!client || !value || valuedOn === undefined || annualFee === undefined || openedOn === undefined || !check.ok) return;
      const accountNumber = check.text('accountNumber') || null;
      const on = valuedOn ?? check.today;
      const key = accountNumber ? accountKey(client.id, accountNumber) : null;
      if (key && accountsInFile.has(key)) {
        check.fail(
          'accountNumber',
          `${check.header('accountNumber')} “${accountNumber}” is already on row ${accountsInFile.get(key)} for this household.`,
        );
        return;
      }
      if (key) accountsInFile.set(key, row);
      const current = key ? book.holdingsByAccount.get(key) : undefined;
      const fields = {
        kind: holdingKind ?? current?.kind ?? 'other',
        provider: check.text('provider') || current?.provider || '',
        name: check.text('productName'),
        accountNumber,
        status: status ?? current?.status ?? 'open',
        openedOn: openedOn ?? current?.openedOn ?? null,
        annualFee: annualFee ?? current?.annualFee ?? { amountMinor: 0, currency: value.currency },
      };
      // The same account again is a new valuation of the product already held, not a second product.
      const holding: Holding = current
        ? {
            ...current,
            ...fields,
            ...(current.valuedOn === null || on >= current.valuedOn ? { value, valuedOn: on } : {}),
            valueHistory: withValuation(current.valueHistory, { on, value }),
          }
        : {
            id: newId('ho'),
            clientId: client.id,
            ...fields,
            closedOn: null,
            value,
            valuedOn: on,
            valueHistory: [{ on, value }],
            soldById: null,
          };
      const checked = check.valid(recordSchemas.holdings, holding, holdingFieldOf);
      if (checked) records.push({ row, collection: 'holdings', record: checked, replaces: current !== undefined });
      return;
    }
    if (kind === 'interactions') {
      const date = check.day('date');
      const interactionKind = check.word('kind', readers.interactionKind, 'interaction type');
      const staff = check.member('staff', false);
      const duration = check.whole('durationMinutes', 0, 24 * 60);
      if (date === null) check.fail('date', `${check.header('date')} is empty; every interaction needs its date.`);
      if (date && date > check.today) check.fail('date', `${check.header('date')} “${check.text('date')}” is in the future.`);
      if (!client || !date || duration === undefined || !check.ok) return;
      const staffId = staff?.id ?? client.primaryManagerId;
      check.memberIds.add(staffId);
      const interaction = check.valid(
        recordSchemas.interactions,
        {
          id: newId('in'),
          clientId: client.id,
          kind: interactionKind ?? 'note',
          // Midday UTC: the same calendar day in every time zone a firm works in.
          at: `${date}T12:00:00.000Z`,
          durationMinutes: duration,
          staffId,
          personIds: [],
          summary: check.text('summary') || (check.fail('summary', `${check.header('summary')} is empty.`) ?? ''),
          followUpOn: null,
        },
        interactionFieldOf,
      );
      if (interaction && check.ok) records.push({ row, collection: 'interactions', record: interaction, replaces: false });
      return;
    }
    if (kind === 'tasks') {
      const dueOn = check.day('dueOn');
      const assignee = check.member('assignee', true);
      const status = check.word('status', readers.taskStatus, 'task status');
      const priority = check.word('priority', readers.priority, 'priority');
      const category = check.word('category', readers.category, 'task category');
      if (client === undefined || dueOn === undefined || !check.ok) return;
      const assigneeId = assignee?.id ?? client?.primaryManagerId;
      if (!assigneeId) {
        check.fail('assignee', 'Task has neither an assignee nor a household whose manager could take it.');
        return;
      }
      check.memberIds.add(assigneeId);
      const done = status === 'done';
      const task = check.valid(
        recordSchemas.tasks,
        {
          ...newTask(
            {
              clientId: client?.id ?? null,
              title: check.text('title'),
              assigneeId,
              dueOn,
              category: category ?? 'follow_up',
              createdById: assigneeId,
              notes: check.text('notes'),
              priority: priority ?? 'normal',
            },
            at,
          ),
          status: status ?? 'open',
          skipped: status === 'cancelled',
          completedById: done ? assigneeId : null,
          completedAt: done ? at : null,
        },
        taskFieldOf,
      );
      if (task) records.push({ row, collection: 'tasks', record: task, replaces: false });
      return;
    }
    const date = check.day('date');
    const nps = check.whole('nps', 0, 10);
    const csat = check.whole('csat', 1, 5);
    const channel = check.word('channel', readers.channel, 'survey channel');
    if (date === null) check.fail('date', `${check.header('date')} is empty; every response needs its date.`);
    if (date && date > check.today) check.fail('date', `${check.header('date')} “${check.text('date')}” is in the future.`);
    if (nps === null && csat === null) check.fail(check.has('nps') ? 'nps' : 'csat', 'Row has neither an NPS nor a CSAT score.');
    if (!client || !date || nps === undefined || csat === undefined || !check.ok) return;
    const personName = check.text('personName');
    const person = personName
      ? check.ctx.store.byIndex('people', 'clientId', client.id).find((p) => normalizeName(p.name) === normalizeName(personName))
      : undefined;
    if (personName && !person) {
      check.fail('personName', `${check.header('personName')} “${personName}” is not a person of ${client.name}.`);
      return;
    }
    check.memberIds.add(client.primaryManagerId);
    const survey = check.valid(
      recordSchemas.surveys,
      {
        id: newId('su'),
        clientId: client.id,
        personId: person?.id ?? null,
        on: date,
        nps,
        csat,
        channel: channel ?? 'unknown',
        comment: check.text('comment'),
        recordedById: client.primaryManagerId,
        followUpTaskId: null,
      },
      surveyFieldOf,
    );
    if (survey) records.push({ row, collection: 'surveys', record: survey, replaces: false });
  });
  return records;
}

/** What the dry run says the file's households bring. */
function householdsSummary(households: IncomingHousehold[]): ImportHouseholdsSummary {
  const reviewsFrom = { lastReview: 0, clientSince: 0, importDay: 0 };
  for (const household of households) reviewsFrom[household.reviewsFrom] += 1;
  const products = households.flatMap((household) => household.holdings);
  return {
    people: households.reduce((sum, household) => sum + household.people.length, 0),
    products: products.length,
    productsOfUnknownKind: products.filter((holding) => holding.kind === 'other').length,
    reviewsFrom,
  };
}

// ─── Merge ───────────────────────────────────────────────────────────────────

/**
 * The incoming household added to the one in the book: new people and accounts added, empty
 * fields filled, nothing overwritten; the file's last review is added when the book has none as recent.
 */
function mergeOps(ctx: ServiceContext, existing: Client, incoming: IncomingHousehold, at: string): Op[] {
  const ops: Op[] = [];
  const { client } = incoming;
  const merged: Client = {
    ...existing,
    clientSince: existing.clientSince ?? client.clientSince,
    address: existing.address ?? client.address,
    notes: existing.notes || client.notes,
    tags: [...new Set([...existing.tags, ...client.tags])].slice(0, 30),
  };
  if (JSON.stringify(merged) !== JSON.stringify(existing)) ops.push(putOp('clients', { ...merged, updatedAt: at }));
  const people = new Map(ctx.store.byIndex('people', 'clientId', existing.id).map((person) => [normalizeName(person.name), person]));
  for (const person of incoming.people) {
    const known = people.get(normalizeName(person.name));
    if (!known) {
      // The household already has its primary contact.
      ops.push(putOp('people', { ...person, clientId: existing.id, isPrimaryContact: false }));
      continue;
    }
    const filled: Person = {
      ...known,
      email: known.email ?? person.email,
      phone: known.phone ?? person.phone,
      dateOfBirth: known.dateOfBirth ?? person.dateOfBirth,
    };
    if (JSON.stringify(filled) !== JSON.stringify(known)) ops.push(putOp('people', filled));
  }
  const held = new Set(
    ctx.store
      .byIndex('holdings', 'clientId', existing.id)
      .flatMap((holding) => (holding.accountNumber ? [accountKey(existing.id, holding.accountNumber)] : [])),
  );
  for (const holding of incoming.holdings) {
    if (holding.accountNumber && held.has(accountKey(existing.id, holding.accountNumber))) continue;
    ops.push(putOp('holdings', { ...holding, clientId: existing.id }));
  }
  const { review } = incoming;
  const lastHeld = lastHeldReviewOn(ctx.store.byIndex('reviews', 'clientId', existing.id));
  if (review && (lastHeld === null || lastHeld < review.heldOn!)) {
    ops.push(putOp('reviews', { ...review, clientId: existing.id, managerId: existing.primaryManagerId }));
  }
  return ops;
}

// ─── Whole book ──────────────────────────────────────────────────────────────

const notAnExport = (detail: string) =>
  invalid(
    `That file is not a Clientbook export (${detail}), so nothing was imported. Choose the clientbook-export.json file of an export.`,
    'file',
    'is not a Clientbook export',
  );

/** The records of a whole-book export, each checked against the store's schemas. */
async function readBookExport(file: string, now: string): Promise<Book> {
  if (!path.isAbsolute(file))
    throw invalid('Choose the file with its whole path, for example with Choose file.', 'file', 'must be an absolute path');
  const unreadable = await unreadableBookFile(file, nodeFs);
  if (unreadable?.missing) throw invalid('That file does not exist. Choose the export file again.', 'file', 'does not exist');
  if (unreadable) throw notAnExport(unreadable.problem);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw invalid('That file does not exist. Choose the export file again.', 'file', 'does not exist');
    throw notAnExport('it could not be read as JSON');
  }
  const data = parsed as { format?: unknown; version?: unknown; schemaVersion?: unknown; settings?: unknown; collections?: unknown } | null;
  if (
    !data ||
    data.format !== 'clientbook-export' ||
    data.version !== 1 ||
    typeof data.collections !== 'object' ||
    data.collections === null
  ) {
    throw notAnExport('its header is missing');
  }
  if (typeof data.schemaVersion !== 'number' || !Number.isInteger(data.schemaVersion)) throw notAnExport('its schema version is missing');
  if (data.schemaVersion > currentSchemaVersion) {
    throw invalid(
      'That export was made by a newer version of Clientbook. Update Clientbook, then import it.',
      'file',
      'is from a newer version',
    );
  }
  const collections = data.collections as Record<string, unknown>;
  // An export from an older version is brought up to date the way its data folder would be.
  const image = {
    schemaVersion: data.schemaVersion,
    seq: 0,
    savedAt: null,
    collections: Object.fromEntries(
      Object.entries(collections).map(([name, records]) => {
        if (!Array.isArray(records)) throw notAnExport(`${name} is not a list`);
        return [
          name,
          new Map(
            records.map((record: { id?: unknown }, index) => [typeof record?.id === 'string' ? record.id : `#${index}`, record as never]),
          ),
        ];
      }),
    ),
    singletons: { settings: data.settings, meta: { initializedAt: now, origin: 'import' } },
  };
  migrate(image);
  const settings = Settings.safeParse(image.singletons.settings);
  if (!settings.success) throw notAnExport('its settings do not check');
  const book = { settings: settings.data, meta: { initializedAt: now, origin: 'import' } } as Book;
  for (const name of collectionNames) {
    const checked = [];
    // Keyed by id, or by `#position` for a record without one.
    for (const [id, record] of image.collections[name] ?? []) {
      const result = recordSchemas[name].safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw notAnExport(
          `it holds a record Clientbook cannot use: ${describeInvalidRecord({ collection: name, id, field: issue.path.map(String).join('.'), problem: issue.message })}`,
        );
      }
      checked.push(result.data);
    }
    (book as unknown as Record<string, unknown[]>)[name] = checked;
  }
  return book;
}

// ─── Handlers ────────────────────────────────────────────────────────────────

export function importHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'imports:suggest' | 'imports:preview' | 'imports:commit' | 'imports:list' | 'imports:undo' | 'imports:book'> {
  const { store } = ctx;
  const previews = new Map<string, Prepared>();

  function forgetOld(): void {
    const cutoff = ctx.now().getTime() - previewLifetimeMs;
    for (const [id, prepared] of previews) if (prepared.madeAt < cutoff) previews.delete(id);
    // Oldest first in a Map: drop them until there is room for one more.
    for (const id of previews.keys()) if (previews.size >= previewsKept) previews.delete(id);
  }

  function requireRecord(id: string): ImportRecord {
    const record = store.get('imports', id);
    if (!record) {
      throw new AppError('NOT_FOUND', 'That import is no longer in the list. Refresh and try again.', [
        { path: 'id', message: 'is not a known import' },
      ]);
    }
    return record;
  }

  return {
    'imports:suggest': async ({ kind, headers }) => {
      const remembered = store.settings.importMappings[kind] ?? {};
      const allowed = new Set<string>(importFields[kind]);
      const taken = new Set<ImportFieldName>();
      return headers.map((header) => {
        const memory = remembered[normaliseHeader(header)];
        const field = memory && allowed.has(memory) ? memory : suggestField(kind, header);
        if (!field || taken.has(field)) return null;
        taken.add(field);
        return field;
      });
    },

    'imports:preview': async (input) => {
      const { headers, rows, rowNumbers } = parseCsv(input.text, input.delimiter);
      checkColumns(input, headers, rows);
      const book = new BookIndex(ctx, input.kind);
      const check = new RowChecker(ctx, book, headers, input.columns, input.dateOrder);
      const makesHouseholds = input.kind === 'households' || input.kind === 'contactsAccounts';
      const households = makesHouseholds ? prepareHouseholds(check, rows, rowNumbers, input.fileName) : [];
      const records =
        input.kind === 'households' || input.kind === 'contactsAccounts' ? [] : prepareRecords(input.kind, check, rows, rowNumbers);
      const allErrors = check.errors.sort((a, b) => a.row - b.row);
      const duplicates: ImportDuplicate[] = households.flatMap((household) =>
        household.existing
          ? [
              {
                key: household.key,
                rows: household.rows,
                incomingName: household.client.name,
                existingId: household.existing.id,
                existingName: store.get('clients', household.existing.id)!.name,
                matchedOn: household.existing.matchedOn,
              },
            ]
          : [],
      );
      const creating = makesHouseholds ? households.length - duplicates.length : records.filter((r) => !r.replaces).length;
      const updating = makesHouseholds ? duplicates.length : records.length - creating;
      forgetOld();
      const preview: ImportPreview = {
        id: newId('ip'),
        kind: input.kind,
        fileName: input.fileName,
        rows: rows.length,
        create: creating,
        update: updating,
        skip: check.badRows.size,
        errors: allErrors.slice(0, errorsListed),
        errorCount: allErrors.length,
        errorRows: check.badRows.size,
        duplicates,
        missingMembers: [...check.missingMembers.values()],
        households: makesHouseholds ? householdsSummary(households) : null,
      };
      const mappings: Record<string, ImportFieldName> = {};
      input.columns.forEach((field, index) => {
        if (field !== null && headers[index]) mappings[normaliseHeader(headers[index])] = field;
      });
      previews.set(preview.id, {
        preview,
        madeAt: ctx.now().getTime(),
        mappings,
        dateOrder: check.readDateOrder ? input.dateOrder : null,
        allErrors,
        badRows: check.badRows.size,
        households,
        records,
        memberIds: check.memberIds,
      });
      return preview;
    },

    'imports:commit': async ({ previewId, decisions, onlyGoodRows }, { actor }) => {
      const prepared = previews.get(previewId);
      if (!prepared || prepared.madeAt < ctx.now().getTime() - previewLifetimeMs) throw previewExpired();
      const { preview } = prepared;
      if (preview.errorCount > 0 && !onlyGoodRows) {
        throw invalid(
          `The file has errors in ${countNoun(prepared.badRows, 'row')}; fix the file or choose to import only the good rows.`,
          'onlyGoodRows',
          'rows have errors',
        );
      }
      for (const duplicate of preview.duplicates) {
        if (!decisions[duplicate.key]) {
          throw invalid(
            `The household “${duplicate.incomingName}” in the file looks like ${duplicate.existingName}, already in the book; choose to skip, merge or add it as new.`,
            `decisions.${duplicate.key}`,
            'needs a decision',
          );
        }
      }
      const record = await store.mutateUndoable(actor, 'pre-import', (undo) => {
        const at = ctx.now().toISOString();
        for (const id of prepared.memberIds) {
          const member = store.get('teamMembers', id);
          if (!member) throw bookChanged('A team member named in the file was removed.');
        }
        const ops: Op[] = [];
        let created = 0;
        let updated = 0;
        let skipped = prepared.badRows;
        for (const household of prepared.households) {
          const decision = household.existing ? decisions[household.key]! : 'create';
          if (decision === 'skip') {
            skipped += household.rows.length;
            continue;
          }
          if (decision === 'merge') {
            const existing = store.get('clients', household.existing!.id);
            if (!existing)
              throw bookChanged(
                `${preview.duplicates.find((d) => d.key === household.key)?.existingName ?? 'A household'} is no longer in the book.`,
              );
            ops.push(...mergeOps(ctx, existing, household, at));
            updated++;
            continue;
          }
          // Added as new beside one with the same id: it needs an id of its own.
          const client = store.get('clients', household.client.id) ? { ...household.client, id: newId('cl') } : household.client;
          const owned = <T extends { clientId: string }>(record: T): T => ({ ...record, clientId: client.id });
          ops.push(
            putOp('clients', client),
            ...household.people.map((person) => putOp('people', owned(person))),
            ...household.holdings.map((holding) => putOp('holdings', owned(holding))),
            ...(household.review ? [putOp('reviews', owned(household.review))] : []),
          );
          created++;
        }
        for (const incoming of prepared.records) {
          if (
            !store.get('clients', (incoming.record as { clientId: string | null }).clientId ?? '') &&
            (incoming.record as { clientId: string | null }).clientId !== null
          ) {
            throw bookChanged('A household the file names is no longer in the book.');
          }
          ops.push(putOp(incoming.collection, incoming.record as never));
          if (incoming.replaces) updated++;
          else created++;
        }
        const settings = store.settings;
        const importMappings = {
          ...settings.importMappings,
          [preview.kind]: { ...settings.importMappings[preview.kind], ...prepared.mappings },
          ...(prepared.dateOrder && { dateOrders: { ...settings.importMappings.dateOrders, [preview.kind]: prepared.dateOrder } }),
        };
        const imported: ImportRecord = {
          id: newId('im'),
          kind: preview.kind,
          fileName: preview.fileName,
          at,
          by: actor.account,
          ...(actor.member && { byMember: actor.member }),
          created,
          updated,
          skipped,
          backupFile: undo,
        };
        ops.push(putOp('imports', imported), setSettingsOp({ ...settings, importMappings }));
        return { ops, result: imported };
      });
      previews.delete(previewId);
      return record;
    },

    'imports:list': async () => [...store.all('imports')].sort((a, b) => b.at.localeCompare(a.at)),

    'imports:undo': async ({ id }, { actor }) => {
      const record = requireRecord(id);
      // On the local book a restore backs up first, so undoing the import can itself be undone.
      await store.takeBack(record.backupFile, actor);
      return appStatus(ctx);
    },

    'imports:book': async ({ file }, { actor }) => {
      const at = ctx.now().toISOString();
      const book = await readBookExport(file, at);
      const refuseFull = () => {
        if (store.count('clients') > 0) {
          throw new AppError(
            'CONFLICT',
            'Importing a whole book is for a new, empty book; to go back to a copy of your data, restore a backup. Nothing was imported.',
          );
        }
      };
      refuseFull();
      const created = collectionNames.reduce((sum, name) => sum + book[name].length, 0);
      return store.replaceBook('pre-import', actor, (backupFile) => {
        refuseFull();
        const imported: ImportRecord = {
          id: newId('im'),
          kind: 'book',
          fileName: path.basename(file),
          at,
          by: actor.account,
          ...(actor.member && { byMember: actor.member }),
          created,
          updated: 0,
          skipped: 0,
          backupFile,
        };
        const image = imageOfBook({ ...book, imports: [...book.imports, imported] });
        return { collections: image.collections, singletons: image.singletons, result: imported };
      });
    },
  };
}
