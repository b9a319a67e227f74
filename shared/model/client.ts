import { z } from 'zod';
import { rule } from '../messages';
import {
  Email,
  Id,
  IsoDay,
  IsoInstant,
  LongText,
  Money,
  Name,
  NonNegativeMoney,
  PastDay,
  Phone,
  PlanDay,
  RecordVersion,
  updateOf,
} from './common';
import { clientStatuses, clientTypes, tiers } from './client-values';

export const ClientType = z.enum(clientTypes);
export const ClientStatus = z.enum(clientStatuses);
export const Tier = z.enum(tiers);
export type ClientType = z.infer<typeof ClientType>;
export type ClientStatus = z.infer<typeof ClientStatus>;
export type Tier = z.infer<typeof Tier>;

const Tag = z.string().trim().min(1).max(40);

export const contactMethods = ['phone', 'email', 'post', 'meeting', 'message'] as const;
export const ContactMethod = z.enum(contactMethods);

export const Address = z.strictObject({
  line1: z.string().trim().max(120),
  line2: z.string().trim().max(120),
  city: z.string().trim().max(80),
  region: z.string().trim().max(80),
  postalCode: z.string().trim().max(20),
  country: z.string().trim().max(80),
});
export type Address = z.infer<typeof Address>;

export const departureReasons = ['fees', 'performance', 'service', 'moved', 'deceased', 'merged_household', 'other'] as const;

/** Why and when a former client left, and the assets that left with them. */
export const Departure = z.strictObject({
  on: IsoDay,
  reason: z.enum(departureReasons),
  detail: z.string().trim().max(2000),
  assetsLeft: NonNegativeMoney,
});
export type Departure = z.infer<typeof Departure>;

/** Months between reviews: 1 to 36. */
export const CadenceMonths = z
  .number()
  .int()
  .min(1, rule('atLeastMonths', { count: 1 }))
  .max(36, rule('atMostMonths', { count: 36 }));

/** A household or organisation in a manager's book. Never hard-deleted: `archived` hides it. */
export const Client = z.strictObject({
  id: Id,
  name: Name(160),
  type: ClientType,
  status: ClientStatus,
  tier: Tier,
  primaryManagerId: Id,
  /** Other staff who work the account. */
  serviceTeamIds: z.array(Id).max(20),
  clientSince: IsoDay.nullable(),
  /** Where the client came from or who referred them. */
  source: z.string().trim().max(200),
  address: Address.nullable(),
  preferredContact: ContactMethod.nullable(),
  /** Overrides the tier's review cadence when set. */
  reviewCadenceMonths: CadenceMonths.nullable(),
  /**
   * Until a review is held, the day the first one counts from instead of client-since: an imported
   * household long a client but never reviewed here is due a cycle after its import, not years ago.
   */
  reviewsFrom: IsoDay.optional(),
  notes: LongText,
  tags: z.array(Tag).max(30),
  lastContactAt: IsoInstant.nullable(),
  /** Set when the client became former. */
  departure: Departure.nullable(),
  archived: z.boolean(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type Client = z.infer<typeof Client>;

/** The fields a person edits on a client; status "former" and the manager change through their own channels. */
const clientEditable = {
  ...Client.pick({
    name: true,
    type: true,
    tier: true,
    serviceTeamIds: true,
    source: true,
    address: true,
    preferredContact: true,
    reviewCadenceMonths: true,
    notes: true,
    tags: true,
  }).shape,
  clientSince: PastDay.nullable(),
  status: z.enum(['prospect', 'active']),
};

export const ClientDraft = z.strictObject({
  name: clientEditable.name,
  type: clientEditable.type.default('household'),
  status: clientEditable.status.default('active'),
  tier: Tier,
  primaryManagerId: Id,
  serviceTeamIds: clientEditable.serviceTeamIds.default([]),
  clientSince: clientEditable.clientSince.default(null),
  source: clientEditable.source.default(''),
  address: Address.nullable().default(null),
  preferredContact: ContactMethod.nullable().default(null),
  reviewCadenceMonths: CadenceMonths.nullable().default(null),
  notes: LongText.default(''),
  tags: clientEditable.tags.default([]),
});
export type ClientDraft = z.input<typeof ClientDraft>;

export const ClientUpdate = updateOf(clientEditable);
export type ClientUpdate = z.input<typeof ClientUpdate>;

export const ClientMarkFormer = z.strictObject({
  id: Id,
  departure: Departure.extend({ on: PastDay }),
  /** The team member recording it (the current user); the timeline note is theirs. */
  staffId: Id,
});

export const ClientArchive = z.strictObject({ id: Id, archived: z.boolean() });

export const ClientReassign = z.strictObject({
  clientIds: z.array(Id).min(1, rule('chooseHousehold')).max(10_000),
  toManagerId: Id,
  /** The team member doing it (the current user); the timeline note is theirs. */
  staffId: Id,
  note: z.string().trim().max(2000).default(''),
});

/** The clients table's filters; also what a saved view stores. */
export const ClientFilters = z.strictObject({
  search: z.string().max(200).optional(),
  managerId: Id.optional(),
  tier: Tier.optional(),
  status: ClientStatus.optional(),
  tag: Tag.optional(),
  /** Only clients with no contact for more than this many days (or never contacted). */
  noContactDays: z.number().int().min(0).max(3650).optional(),
  includeArchived: z.boolean().optional(),
});
export type ClientFilters = z.infer<typeof ClientFilters>;

export const ClientQuery = ClientFilters.default({});
export type ClientQuery = z.input<typeof ClientQuery>;

/**
 * The same filters with a search term required: answered with matching ids only, for a screen
 * that already holds the rows (typing must not ship the same rows again on every key).
 */
export const ClientMatchQuery = ClientFilters.extend({ search: z.string().trim().min(1).max(200) });
export type ClientMatchQuery = z.input<typeof ClientMatchQuery>;

/** One line of the clients table: the client plus figures computed from its other records. */
export const ClientRow = z.strictObject({
  id: Id,
  name: z.string(),
  type: ClientType,
  status: ClientStatus,
  tier: Tier,
  primaryManagerId: Id,
  primaryManagerName: z.string(),
  tags: z.array(z.string()),
  lastContactAt: IsoInstant.nullable(),
  nextReviewOn: IsoDay.nullable(),
  assets: Money,
  annualRevenue: Money,
  peopleCount: z.number().int(),
  archived: z.boolean(),
});
export type ClientRow = z.infer<typeof ClientRow>;

export const DuplicateQuery = z.strictObject({
  name: z.string().trim().min(1).max(160),
  email: z.string().trim().max(254).optional(),
  phone: z.string().trim().max(40).optional(),
  /** Leave this client out (editing an existing one). */
  excludeClientId: Id.optional(),
});

/** An existing household or person that a new one may duplicate. */
export const DuplicateMatch = z.strictObject({
  clientId: Id,
  clientName: z.string(),
  personName: z.string().nullable(),
  matchedOn: z.array(z.enum(['name', 'email', 'phone'])),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;

export const relationships = [
  'primary',
  'spouse_partner',
  'child',
  'grandchild',
  'parent',
  'sibling',
  'trustee',
  'beneficiary',
  'power_of_attorney',
  'other',
] as const;
/** A person in a household. */
export const Person = z.strictObject({
  id: Id,
  clientId: Id,
  name: Name(120),
  relationship: z.enum(relationships),
  dateOfBirth: IsoDay.nullable(),
  email: Email.nullable(),
  phone: Phone.nullable(),
  preferredContact: ContactMethod.nullable(),
  isPrimaryContact: z.boolean(),
});
export type Person = z.infer<typeof Person>;

/** A person's editable fields. Making one person primary makes the household's others not primary, in the same change. */
const personEditable = {
  ...Person.pick({
    name: true,
    relationship: true,
    email: true,
    phone: true,
    preferredContact: true,
    isPrimaryContact: true,
  }).shape,
  dateOfBirth: PastDay.nullable(),
};

export const PersonDraft = z.strictObject({
  clientId: Id,
  ...personEditable,
  dateOfBirth: personEditable.dateOfBirth.default(null),
  email: personEditable.email.default(null),
  phone: personEditable.phone.default(null),
  preferredContact: personEditable.preferredContact.default(null),
  isPrimaryContact: personEditable.isPrimaryContact.default(false),
});
export type PersonDraft = z.input<typeof PersonDraft>;

export const PersonUpdate = updateOf(personEditable);

export const holdingKinds = [
  'investment_account',
  'retirement_account',
  'insurance_policy',
  'financial_plan',
  'managed_portfolio',
  'tax_service',
  'estate_service',
  'other',
] as const;

/** One valuation of a holding. */
export const Valuation = z.strictObject({ on: IsoDay, value: NonNegativeMoney });
export type Valuation = z.infer<typeof Valuation>;

const AccountNumber = z
  .string()
  .trim()
  .max(40)
  .regex(/^[A-Za-z0-9 -]*$/, rule('accountNumber'));

/** A product or service a client holds. `value`/`valuedOn` repeat the newest entry of `valueHistory`. */
export const Holding = z.strictObject({
  id: Id,
  clientId: Id,
  kind: z.enum(holdingKinds),
  provider: z.string().trim().max(120),
  name: Name(160),
  /** Stored whole; screens show only the last 4 characters. */
  accountNumber: AccountNumber.nullable(),
  status: z.enum(['open', 'closed']),
  openedOn: IsoDay.nullable(),
  closedOn: IsoDay.nullable(),
  value: NonNegativeMoney,
  valuedOn: IsoDay.nullable(),
  /** Every valuation, oldest first. */
  valueHistory: z.array(Valuation).max(5000),
  annualFee: NonNegativeMoney,
  /** The sales or adviser team member who sold it. */
  soldById: Id.nullable(),
});
export type Holding = z.infer<typeof Holding>;

/** A holding's editable fields; its value changes through recorded valuations. */
const holdingEditable = {
  ...Holding.pick({
    kind: true,
    provider: true,
    name: true,
    accountNumber: true,
    status: true,
    annualFee: true,
    soldById: true,
  }).shape,
  openedOn: PastDay.nullable(),
  closedOn: PastDay.nullable(),
};

/** A new holding; its first valuation is `value` on `valuedOn`. */
export const HoldingDraft = z.strictObject({
  clientId: Id,
  ...holdingEditable,
  provider: holdingEditable.provider.default(''),
  accountNumber: holdingEditable.accountNumber.default(null),
  status: holdingEditable.status.default('open'),
  openedOn: holdingEditable.openedOn.default(null),
  closedOn: holdingEditable.closedOn.default(null),
  soldById: holdingEditable.soldById.default(null),
  value: NonNegativeMoney,
  valuedOn: PastDay,
});
export type HoldingDraft = z.input<typeof HoldingDraft>;

export const HoldingUpdate = updateOf(holdingEditable);

/** Records a valuation; it becomes the current value when it is the newest. */
export const HoldingValuation = z.strictObject({ id: Id, on: PastDay, value: NonNegativeMoney });

/**
 * Removes a holding's valuation of one day, recorded by mistake; the newest left becomes the current
 * value. Any day, so a wrong one from before the ranges (2099-12-31) can go too.
 */
export const HoldingValuationRemoval = z.strictObject({ id: Id, on: IsoDay, expectedVersion: RecordVersion.optional() });

export const interactionKinds = ['call', 'meeting', 'email', 'message', 'note', 'complaint'] as const;

export const Interaction = z.strictObject({
  id: Id,
  clientId: Id,
  kind: z.enum(interactionKinds),
  at: IsoInstant,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable(),
  staffId: Id,
  personIds: z.array(Id),
  summary: LongText,
  followUpOn: IsoDay.nullable(),
});
export type Interaction = z.infer<typeof Interaction>;

export const InteractionDraft = z.strictObject({
  clientId: Id,
  kind: z.enum(interactionKinds),
  at: IsoInstant,
  durationMinutes: Interaction.shape.durationMinutes.default(null),
  staffId: Id,
  personIds: z.array(Id).max(20).default([]),
  summary: z.string().trim().min(1, rule('required')).max(20_000),
  followUpOn: PlanDay.nullable().default(null),
});
export type InteractionDraft = z.input<typeof InteractionDraft>;

export const InteractionQuery = z.strictObject({
  clientId: Id,
  kinds: z.array(z.enum(interactionKinds)).max(6).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});

/** Everything the client page shows at once, with figures computed from the other records. */
export const ClientDetail = z.strictObject({
  client: Client,
  people: z.array(Person),
  holdings: z.array(Holding),
  primaryManagerName: z.string(),
  serviceTeam: z.array(z.strictObject({ id: Id, name: z.string(), role: z.string() })),
  assets: Money,
  annualRevenue: Money,
  cadenceMonths: z.number().int(),
  nextReviewOn: IsoDay.nullable(),
  /** The version of the household and of each of its people and products, by id, for the forms that edit them. */
  versions: z.record(Id, RecordVersion),
});
export type ClientDetail = z.infer<typeof ClientDetail>;
