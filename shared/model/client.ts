import { z } from 'zod';
import { Email, Id, IsoDay, IsoInstant, LongText, Money, Name } from './common';

export const clientTypes = ['individual', 'household', 'business', 'trust'] as const;
export const clientStatuses = ['prospect', 'active', 'former'] as const;
export const tiers = ['A', 'B', 'C'] as const;

export const ClientType = z.enum(clientTypes);
export const ClientStatus = z.enum(clientStatuses);
export const Tier = z.enum(tiers);
export type ClientType = z.infer<typeof ClientType>;
export type ClientStatus = z.infer<typeof ClientStatus>;
export type Tier = z.infer<typeof Tier>;

const Tag = z.string().trim().min(1).max(40);

/** A household or organisation in a manager's book. Never hard-deleted: `archived` hides it. */
export const Client = z.strictObject({
  id: Id,
  name: Name(160),
  type: ClientType,
  status: ClientStatus,
  tier: Tier,
  primaryManagerId: Id,
  clientSince: IsoDay.nullable(),
  tags: z.array(Tag).max(30),
  lastContactAt: IsoInstant.nullable(),
  archived: z.boolean(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type Client = z.infer<typeof Client>;

export const ClientDraft = z.strictObject({
  name: Name(160),
  type: ClientType.default('household'),
  status: ClientStatus.default('active'),
  tier: Tier,
  primaryManagerId: Id,
  clientSince: IsoDay.nullable().default(null),
  tags: z.array(Tag).max(30).default([]),
});
export type ClientDraft = z.input<typeof ClientDraft>;

export const ClientQuery = z
  .strictObject({
    search: z.string().max(200).optional(),
    managerId: Id.optional(),
    tier: Tier.optional(),
    status: ClientStatus.optional(),
    includeArchived: z.boolean().optional(),
  })
  .default({});
export type ClientQuery = z.input<typeof ClientQuery>;

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
  assets: Money,
  peopleCount: z.number().int(),
});
export type ClientRow = z.infer<typeof ClientRow>;

export const relationships = ['primary', 'spouse_partner', 'child', 'parent', 'trustee', 'other'] as const;
export const contactMethods = ['phone', 'email', 'post', 'meeting', 'message'] as const;

/** A person in a household. */
export const Person = z.strictObject({
  id: Id,
  clientId: Id,
  name: Name(120),
  relationship: z.enum(relationships),
  dateOfBirth: IsoDay.nullable(),
  email: Email.nullable(),
  phone: z.string().max(40).nullable(),
  preferredContact: z.enum(contactMethods).nullable(),
  isPrimaryContact: z.boolean(),
});
export type Person = z.infer<typeof Person>;

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

/** A product or service a client holds. */
export const Holding = z.strictObject({
  id: Id,
  clientId: Id,
  kind: z.enum(holdingKinds),
  provider: z.string().max(120),
  name: Name(160),
  accountNumber: z.string().max(40).nullable(),
  status: z.enum(['open', 'closed']),
  openedOn: IsoDay.nullable(),
  closedOn: IsoDay.nullable(),
  value: Money,
  valuedOn: IsoDay.nullable(),
  annualFee: Money,
  soldById: Id.nullable(),
});
export type Holding = z.infer<typeof Holding>;

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
