import type { z } from 'zod';
import { message } from '../../../../shared/messages';
import { normaliseHeader } from '../../../../shared/domain/import/suggest';
import { normalizeEmail, normalizeName, phoneDigits } from '../../../../shared/domain/matching';
import { addMonths, cadenceMonths } from '../../../../shared/domain/review-cadence';
import {
  Holding,
  Id,
  Person,
  type Client,
  type ImportFieldName,
  type ImportHouseholdsSummary,
  type Review,
  type Settings,
} from '../../../../shared/model';
import { recordSchemas } from '../../store';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { accountKey, push, type BookIndex } from './book-index';
import type { IncomingHousehold, MatchKind } from './incoming';
import { readers, readHoldingKind, type RowChecker } from './row-checker';

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

/** The person a row names, every field checked; null when the row names nobody. */
function readPerson(check: RowChecker): HouseholdRow['person'] | undefined {
  const name = check.text('personName') || [check.text('firstName'), check.text('lastName')].filter(Boolean).join(' ');
  const relationship = check.word('relationship', readers.relationship, 'relationship');
  const primary = check.word('primaryContact', readers.yesNo, 'yesOrNo');
  const dateOfBirth = check.day('dateOfBirth');
  const email = check.text('email') || null;
  const phone = check.text('phone') || null;
  if (!name) {
    if (email || phone || dateOfBirth) check.fail('personName', message('importRows.contactWithoutName'));
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
  if (value === null)
    check.fail('value', message('importRows.accountValueEmpty', { label: check.header('value') ?? message('importRows.marketValue') }));
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
  if (!name) check.fail(null, message('importRows.needsName'));
  const fields: HouseholdRow['fields'] = {};
  const type = check.word('type', readers.type, 'householdType');
  if (type) fields.type = type;
  const tier = check.word('tier', readTier, 'tier');
  if (tier) fields.tier = tier;
  const status = check.word('status', readers.status, 'status');
  if (status === 'former')
    check.fail('status', message('importRows.formerStatus', { label: check.header('status') ?? '', value: check.text('status') }));
  else if (status) fields.status = status;
  const manager = check.member('manager', true);
  if (manager) fields.managerId = manager.id;
  const since = check.day('clientSince');
  if (since) fields.clientSince = since;
  const lastReview = check.day('lastReviewOn');
  if (lastReview && lastReview > check.today)
    check.fail(
      'lastReviewOn',
      message('importRows.inFuture', { label: check.header('lastReviewOn') ?? '', value: check.text('lastReviewOn') }),
    );
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

export function prepareHouseholds(check: RowChecker, rows: string[][], rowNumbers: number[], fileName: string): IncomingHousehold[] {
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
      check.fail('manager', message('importRows.noManager', { name: first.name }));
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

/** What the dry run says the file's households bring. */
export function householdsSummary(households: IncomingHousehold[]): ImportHouseholdsSummary {
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
