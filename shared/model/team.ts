import { z } from 'zod';
import { rule } from '../messages';
import { Email, Id, IsoInstant, Money, Name, updateOf } from './common';
import { interfaceLanguages } from './language-values';

export const teamRoles = ['account_manager', 'adviser', 'paraplanner', 'operations', 'sales', 'support'] as const;
export const TeamRole = z.enum(teamRoles);
export type TeamRole = z.infer<typeof TeamRole>;

export const InterfaceLanguage = z.enum(interfaceLanguages);
export type InterfaceLanguage = z.infer<typeof InterfaceLanguage>;

export const TeamMember = z.strictObject({
  id: Id,
  name: Name(120),
  role: TeamRole,
  email: Email,
  active: z.boolean(),
  /** The most households this member wants in their book; null when not set. */
  capacity: z
    .number()
    .int()
    .min(1, rule('atLeast', { min: 1 }))
    .max(5000, rule('atMost', { max: 5000 }))
    .nullable(),
  /** The language this member reads the interface in; null follows the computer's own. */
  language: InterfaceLanguage.nullable(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type TeamMember = z.infer<typeof TeamMember>;

/**
 * A team member's own sign-in to the office database. `one-time-password`: given, not yet replaced
 * by their own (the password works until `oneTimePasswordUntil`); `revoked`: can no longer sign in.
 */
export const MemberAccess = z.strictObject({
  memberId: Id,
  login: z.string(),
  admin: z.boolean(),
  state: z.enum(['one-time-password', 'active', 'revoked']),
  oneTimePasswordUntil: IsoInstant.nullable(),
});
export type MemberAccess = z.infer<typeof MemberAccess>;

/** A sign-in just given: the one-time password is shown once, to the admin who gave it. */
export const GivenAccess = z.strictObject({ login: z.string(), password: z.string(), validUntil: IsoInstant });
export type GivenAccess = z.infer<typeof GivenAccess>;

/** A password a person chooses for their own sign-in. */
export const NewPassword = z
  .string()
  .min(12, rule('atLeastCharacters', { count: 12 }))
  .max(200, rule('atMostCharacters', { count: 200 }))
  .refine((password) => password.trim() === password, rule('noOuterSpace'));

/** A team member as a change records them: who it was, by the name they had then. */
export const MemberRef = z.strictObject({ id: Id, name: z.string().max(120) });
export type MemberRef = z.infer<typeof MemberRef>;

export const TeamMemberDraft = z.strictObject({
  name: Name(120),
  role: TeamRole,
  email: Email,
  capacity: TeamMember.shape.capacity.default(null),
  language: TeamMember.shape.language.default(null),
});
export type TeamMemberDraft = z.infer<typeof TeamMemberDraft>;

export const TeamMemberUpdate = updateOf({
  name: Name(120),
  role: TeamRole,
  email: Email,
  active: z.boolean(),
  capacity: TeamMember.shape.capacity,
  language: TeamMember.shape.language,
});
export type TeamMemberUpdate = z.infer<typeof TeamMemberUpdate>;

/** A member's book: the households they manage (not archived, not former) and their figures. */
export const TeamBook = z.strictObject({
  memberId: Id,
  name: z.string(),
  role: TeamRole,
  active: z.boolean(),
  capacity: z.number().int().nullable(),
  households: z.number().int(),
  byTier: z.strictObject({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
  assets: Money,
  annualRevenue: Money,
});
export type TeamBook = z.infer<typeof TeamBook>;
