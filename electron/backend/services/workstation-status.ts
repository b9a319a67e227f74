import { compareNames } from '../../../shared/domain/collation';
import type { MemberRef, TeamMember, WorkstationStatus } from '../../../shared/model';
import { defaultIdleMinutes } from '../../../shared/model/workstation-values';

// Apart from sign-in-file.ts and its schema: the first screen is answered from these before zod is loaded (first-screen-file.ts).

/**
 * `sign-in.json` in the data folder: whether this workstation requires sign-in, its idle time, and
 * each member's password hash by member id. Kept beside the book, never in it, so no export,
 * backup, journal line or audit entry carries a hash, and restoring an old backup can neither turn
 * sign-in off nor bring back an old password.
 */
export const signInFileName = 'sign-in.json';

/** What the open status reads of the sign-in settings (sign-in-file.ts has their schema). */
export interface OpenSignIn {
  required: boolean;
  idleMinutes: number;
  /** By member id. */
  passwords: Record<string, unknown>;
}

/** No file yet: sign-in is not required. */
export const notRequired = { version: 1, required: false, idleMinutes: defaultIdleMinutes, passwords: {} } as const;

/**
 * What `workstation:status` answers with the book on this computer while nobody is held back by
 * sign-in: its settings, who can sign in (the active members, by name) and whether each has a
 * password, and `chosen`, the "You are" member. Also the answer before anything is done at a fresh start.
 * `locale` is the firm's: the sign-in list is in its alphabetical order, as the team screen is.
 */
export function openWorkstationStatus(
  settings: OpenSignIn,
  team: Iterable<TeamMember>,
  chosen: MemberRef | null,
  locale: string,
): WorkstationStatus {
  const byName = compareNames(locale);
  const members = [...team]
    .filter((m) => m.active)
    .sort((a, b) => byName(a.name, b.name))
    .map((m) => ({ id: m.id, name: m.name, hasPassword: Object.hasOwn(settings.passwords, m.id) }));
  return { available: true, required: settings.required, idleMinutes: settings.idleMinutes, state: 'open', member: chosen, members };
}
