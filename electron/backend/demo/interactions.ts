import type { Interaction, TeamMember } from '../../../shared/model';
import { activityWeights, apportion } from './allocate';
import { LATEST_LOCAL_MINUTE, type Calendar } from './calendar';
import { pickContact, type Household, type Mood } from './households';
import { IdSequence, numberInTimeOrder } from './ids';
import { fill, type Phrasebook } from './phrases';
import { clamp, weightTable, type Rng, type WeightTable } from './rng';

type Kind = Interaction['kind'];
type ProspectKind = Exclude<Kind, 'complaint'>;

/** Unhappy households complain far more often; happy ones almost never. */
const clientKinds = (complaints: number) =>
  weightTable<Kind>([
    ['email', 34],
    ['call', 30],
    ['message', 12],
    ['note', 12],
    ['meeting', 10],
    ['complaint', complaints],
  ]);
const clientKindsByMood: Record<Mood, WeightTable<Kind>> = {
  happy: clientKinds(0.3),
  neutral: clientKinds(1.2),
  unhappy: clientKinds(5),
};
const prospectKinds = weightTable<ProspectKind>([
  ['email', 35],
  ['call', 30],
  ['meeting', 15],
  ['note', 15],
  ['message', 5],
]);

const writtenKinds = ['email', 'message', 'note'] as const;

/** Tier A households hear from the firm about three times as often as tier C. */
const contactPerTier = { A: 2, B: 1, C: 0.6 };

/** Local time of day by kind: meetings on the half hour, calls in office hours, email any time until evening. */
function minuteOf(rng: Rng, kind: Kind): number {
  switch (kind) {
    case 'meeting':
      return 9 * 60 + 30 * rng.int(0, 14);
    case 'call':
    case 'complaint':
      return 5 * rng.int(102, 215);
    case 'email':
    case 'message':
      return rng.int(7 * 60 + 30, LATEST_LOCAL_MINUTE);
    case 'note':
      return rng.int(9 * 60, 18 * 60);
  }
}

function durationOf(rng: Rng, kind: Kind): number | null {
  switch (kind) {
    case 'call':
      return Math.round(clamp(rng.logNormal(12, 0.6), 3, 60));
    case 'meeting':
      return rng.pick([30, 45, 60, 60, 90]);
    case 'complaint':
      return rng.int(10, 40);
    default:
      return null;
  }
}

/** Who on the household's team handles a routine contact that the manager did not. */
function colleagueFor(rng: Rng, household: Household, kind: Kind): TeamMember {
  const { pod } = household;
  switch (kind) {
    case 'meeting':
      return rng.chance(0.5) ? pod.adviser : pod.paraplanner;
    case 'note':
      return rng.chance(0.5) ? pod.paraplanner : pod.operations;
    case 'complaint':
      return pod.manager;
    default:
      return rng.chance(0.5) ? pod.operations : pod.support;
  }
}

/**
 * Two years of contact: each household's share of `total` (more for tier A), made of its
 * scheduled reviews, onboarding and departure, and day-to-day calls, emails, notes and complaints.
 * Returns the interactions in time order and, per client, the instant of the newest one.
 */
export function generateInteractions(
  households: readonly Household[],
  total: number,
  phrasebook: Phrasebook,
  cal: Calendar,
  rng: Rng,
): { interactions: Interaction[]; lastContact: Map<string, string> } {
  const { clientContact, businessContact, prospectContact, reviewMeetings, reviewCalls, onboardingMeeting } = phrasebook;
  // Every household has been in touch at least once, or it would not be in the book.
  const counts = apportion(total, activityWeights(households, contactPerTier, rng), 1);
  const records: Interaction[] = [];
  const times: number[] = [];

  households.forEach((household, index) => {
    const { client, pod, start, end, since, left } = household;
    const add = (
      kind: Kind,
      day: number,
      staff: TeamMember,
      personIds: string[],
      summary: string,
      durationMinutes: number | null,
      followUpIn: number | null,
    ) => {
      const minute = minuteOf(rng, kind);
      const firstName = household.contacts.find((c) => c.person.id === personIds[0])?.first ?? household.contacts[0]?.first ?? '';
      records.push({
        id: '',
        clientId: client.id,
        kind,
        at: cal.instant(day, minute),
        durationMinutes,
        staffId: staff.id,
        personIds,
        summary: fill(summary, { name: firstName, manager: pod.managerFirst, year: cal.year(day) }),
        followUpOn: followUpIn === null ? null : cal.day(day + followUpIn),
      });
      times.push(day * 1440 + minute);
    };
    const meetingAttendees = () => {
      const [primary, second] = household.contacts;
      return [primary, second && rng.chance(0.6) ? second : undefined].flatMap((c) => (c ? [c.person.id] : []));
    };

    let budget = counts[index] ?? 0;
    // Milestones first: they are what a reader of the history looks for.
    if (since !== null && since >= start && budget > 0) {
      add('meeting', cal.workdayNear(rng, since, start, end), pod.manager, meetingAttendees(), onboardingMeeting, 60, null);
      budget--;
    }
    if (left !== null && client.departure !== null && budget > 0) {
      add('note', left, pod.manager, [], client.departure.detail, null, null);
      budget--;
    }
    for (const day of household.reviews) {
      if (budget === 0) break;
      // Smaller households often have their review by phone.
      const byPhone = client.tier === 'C' && rng.chance(0.5);
      add(
        byPhone ? 'call' : 'meeting',
        day,
        pod.manager,
        meetingAttendees(),
        rng.pick(byPhone ? reviewCalls : reviewMeetings),
        byPhone ? rng.int(20, 40) : rng.pick([60, 75, 90]),
        rng.chance(0.6) ? rng.int(7, 21) : null,
      );
      budget--;
    }

    for (; budget > 0; budget--) {
      // Most contact happens in the working week; what little happens at weekends is written.
      const day = rng.chance(0.9) ? cal.randomWorkday(rng, start, end) : rng.int(start, end);
      const courting = since === null || day < since;
      const kind: Kind = cal.isWeekend(day)
        ? rng.pick(writtenKinds)
        : courting
          ? rng.draw(prospectKinds)
          : rng.draw(clientKindsByMood[household.mood]);
      const staff = courting
        ? rng.chance(0.65)
          ? pod.manager
          : pod.sales
        : rng.chance(0.75)
          ? pod.manager
          : colleagueFor(rng, household, kind);
      const personIds =
        kind === 'meeting' ? meetingAttendees() : kind === 'note' && rng.chance(0.4) ? [] : [pickContact(rng, household).person.id];
      const phrases =
        kind !== 'complaint' && courting
          ? prospectContact[kind]
          : ((client.type === 'business' ? businessContact[kind] : undefined) ?? clientContact[kind]);
      const followUpIn =
        kind === 'complaint'
          ? rng.chance(0.8)
            ? rng.int(2, 7)
            : null
          : rng.chance(kind === 'call' || kind === 'meeting' ? 0.2 : 0.05)
            ? rng.int(3, 21)
            : null;
      add(kind, day, staff, personIds, rng.pick(phrases), durationOf(rng, kind), followUpIn);
    }
  });

  const interactions = numberInTimeOrder(records, times, new IdSequence('in', 7));
  const lastContact = new Map<string, string>();
  // In time order, so the last one seen for a client is its newest.
  for (const interaction of interactions) lastContact.set(interaction.clientId, interaction.at);
  return { interactions, lastContact };
}
