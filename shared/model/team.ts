import { z } from 'zod';
import { Email, Id, IsoInstant, Name } from './common';

export const teamRoles = ['account_manager', 'adviser', 'paraplanner', 'operations', 'sales', 'support'] as const;
export const TeamRole = z.enum(teamRoles);
export type TeamRole = z.infer<typeof TeamRole>;

export const TeamMember = z.strictObject({
  id: Id,
  name: Name(120),
  role: TeamRole,
  email: Email,
  active: z.boolean(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type TeamMember = z.infer<typeof TeamMember>;

export const TeamMemberDraft = z.strictObject({
  name: Name(120),
  role: TeamRole,
  email: Email,
});
export type TeamMemberDraft = z.infer<typeof TeamMemberDraft>;

export const TeamMemberUpdate = z.strictObject({
  id: Id,
  changes: z
    .strictObject({
      name: Name(120),
      role: TeamRole,
      email: Email,
      active: z.boolean(),
    })
    .partial()
    .refine((c) => Object.keys(c).length > 0, 'must change at least one field'),
});
export type TeamMemberUpdate = z.infer<typeof TeamMemberUpdate>;
