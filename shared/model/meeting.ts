import { z } from 'zod';
import { rule } from '../messages';
import { Id, Name, Phone } from './common';

/** How long a meeting lasts, in minutes: 5 minutes to 12 hours. */
export const MeetingMinutes = z
  .number()
  .int(rule('wholeMinutes'))
  .min(5, rule('atLeastMinutes', { count: 5 }))
  .max(720, rule('atMostHours', { count: 12 }));

/** A meeting without a length given lasts an hour. */
export const defaultMeetingMinutes = 60;

const knownTimeZones = new Map<string, boolean>();

/** Whether this computer's time zone data knows `name` (cached: stored records are checked at every open). */
function isKnownTimeZone(name: string): boolean {
  let known = knownTimeZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    knownTimeZones.set(name, known);
  }
  return known;
}

/** An IANA time zone name, e.g. "Europe/London" or "America/New_York". */
export const TimeZone = z
  .string()
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, rule('timeZoneLikeLondon'))
  .refine(isKnownTimeZone, rule('timeZoneLikeLondon'));

/** A web address for a video call: http or https only, so a calendar never holds a script or file link. */
export const MeetingLink = z.httpUrl({ error: rule('webLink') }).max(2000, rule('atMostCharacters', { count: 2000 }));

export const meetingPlaceKinds = ['office', 'phone', 'video'] as const;

/** Where a meeting happens: at an office (its address, when given), on the phone (the number to call), or on a video call (its link). */
export const MeetingPlace = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('office'),
    address: z
      .string()
      .trim()
      .max(300, rule('atMostCharacters', { count: 300 })),
  }),
  z.strictObject({ kind: z.literal('phone'), phone: Phone }),
  z.strictObject({ kind: z.literal('video'), link: MeetingLink }),
]);
export type MeetingPlace = z.infer<typeof MeetingPlace>;

/** Someone invited to a meeting, as they were when invited: one of the household's people or a team member. */
export const MeetingInvitee = z.strictObject({
  kind: z.enum(['person', 'member']),
  id: Id,
  name: Name(200),
  /** Null when none is on file; a calendar can only invite people with one. */
  email: z.string().max(254).nullable(),
});
export type MeetingInvitee = z.infer<typeof MeetingInvitee>;

/** A calendar month, `YYYY-MM`. */
export const IsoMonth = z.string().regex(/^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])$/, rule('monthLike'));

/** What a calendar file holds: one scheduled review, one task with a due date, or every review scheduled in a month. */
export const CalendarQuery = z.discriminatedUnion('of', [
  z.strictObject({ of: z.literal('review'), id: Id }),
  z.strictObject({ of: z.literal('task'), id: Id }),
  /** The month's scheduled reviews, only those run by `managerId` when given. */
  z.strictObject({ of: z.literal('month'), month: IsoMonth, managerId: Id.optional() }),
]);
export type CalendarQuery = z.input<typeof CalendarQuery>;

/** An iCalendar (RFC 5545) file, as text, with the name offered when saving it. */
export const CalendarFile = z.strictObject({
  fileName: z.string(),
  text: z.string(),
  /** How many events it holds. */
  events: z.number().int().nonnegative(),
});
export type CalendarFile = z.infer<typeof CalendarFile>;
