import { z } from 'zod';
import { rule } from '../messages';
import { Id } from './common';
import { MemberRef, NewPassword } from './team';

/** Minutes without keyboard or mouse use after which a workstation that requires sign-in locks. */
export const IdleMinutes = z
  .number()
  .int()
  .min(5, rule('atLeastMinutes', { count: 5 }))
  .max(240, rule('atMostMinutes', { count: 240 }));
export { defaultIdleMinutes } from './workstation-values';

/** A password typed to prove who you are (not a new one: any length the form allows). */
export const TypedPassword = z.string().max(200, rule('atMostCharacters', { count: 200 }));

/**
 * Sign-in at a workstation with the book on this computer (the office book has logins of its own:
 * `available: false`). `open`: sign-in is not required, "You are" is a choice; `signed-out`:
 * required and nobody signed in yet; `locked`: `member` was signed in and the workstation locked
 * (idle, or by hand); `signed-in`: `member` is at work. `members` are the active team members, with
 * whether each has set a password: the sign-in screen's list. Never a password or its hash.
 */
export const WorkstationStatus = z.strictObject({
  available: z.boolean(),
  required: z.boolean(),
  idleMinutes: IdleMinutes,
  state: z.enum(['open', 'signed-out', 'locked', 'signed-in']),
  member: MemberRef.nullable(),
  members: z.array(z.strictObject({ id: Id, name: z.string(), hasPassword: z.boolean() })),
});
export type WorkstationStatus = z.infer<typeof WorkstationStatus>;

export const WorkstationSignIn = z.strictObject({ memberId: Id, password: TypedPassword.min(1, rule('required')) });
export type WorkstationSignIn = z.infer<typeof WorkstationSignIn>;

/** A member without a password chooses one at their first sign-in. */
export const WorkstationFirstPassword = z.strictObject({ memberId: Id, password: NewPassword });

/** The person at this workstation sets or changes their own password; `currentPassword` when they have one. */
export const WorkstationSetPassword = z.strictObject({ currentPassword: TypedPassword.nullable(), password: NewPassword });

/**
 * Turning sign-in on or off, or changing the idle time. `password` is the signed-in member's (or,
 * to turn it on, that of the member chosen with "You are"); not needed while it stays off.
 */
export const WorkstationConfigure = z.strictObject({ required: z.boolean(), idleMinutes: IdleMinutes, password: TypedPassword });
export type WorkstationConfigure = z.infer<typeof WorkstationConfigure>;

/** A colleague forgot their password: cleared, confirmed with your own; they choose a new one at their next sign-in. */
export const WorkstationClearPassword = z.strictObject({ memberId: Id, password: TypedPassword.min(1, rule('required')) });
