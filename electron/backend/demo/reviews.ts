import { nextReviewOn } from '../../../shared/domain/review-cadence';
import type { Review, ReviewDecision, Settings } from '../../../shared/model';
import { parseIsoDay, type Calendar } from './calendar';
import type { Household } from './households';
import { IdSequence, numberInTimeOrder } from './ids';
import { fill, type Phrasebook } from './phrases';
import type { Rng } from './rng';

/** How far ahead reviews are booked. */
const bookedWithinDays = 42;

/** The decisions of one review: none to two, each owned by the manager or the paraplanner, due a few weeks on. */
function decisionsAt(rng: Rng, household: Household, day: number, cal: Calendar, reviewDecisions: readonly string[]): ReviewDecision[] {
  const { pod } = household;
  return Array.from({ length: rng.int(0, 2) }, () => ({
    id: '',
    text: rng.pick(reviewDecisions),
    ownerId: (rng.chance(0.7) ? pod.manager : pod.paraplanner).id,
    dueOn: cal.day(day + rng.int(14, 45)),
    // Decisions in the demo stay decisions: the task list is generated on its own.
    taskId: null,
  }));
}

/**
 * Every review held in the two years (one per review day of each household, as its meetings
 * are), and a review booked in the next six weeks for current clients whose next one falls due
 * around now: about one client in five. Returned in the order they were entered.
 */
export function generateReviews(
  households: readonly Household[],
  settings: Pick<Settings, 'reviewCadenceMonths' | 'timeZone' | 'packets'>,
  phrasebook: Phrasebook,
  cal: Calendar,
  rng: Rng,
): Review[] {
  const { agendaTemplate: agenda } = settings.packets;
  const records: Review[] = [];
  const times: number[] = [];
  const add = (review: Review, enteredDay: number, minute: number) => {
    records.push(review);
    times.push(enteredDay * 1440 + minute);
  };

  for (const household of households) {
    const { client, pod, contacts } = household;
    for (const day of household.reviews) {
      const heldOn = cal.day(day);
      const [primary, second] = contacts;
      const attendees = [primary, second && rng.chance(0.6) ? second : undefined].flatMap((contact) =>
        contact ? [contact.person.name] : [],
      );
      // Booked a few weeks ahead, recorded the evening it was held.
      const bookedDay = Math.max(household.start, day - rng.int(7, 35));
      const bookedMinute = rng.int(9 * 60, 17 * 60);
      add(
        {
          id: '',
          clientId: client.id,
          status: 'held',
          managerId: pod.manager.id,
          scheduledOn: heldOn,
          heldOn,
          agenda,
          attendees: [...attendees, pod.manager.name],
          notes: fill(rng.pick(phrasebook.reviewNotes), { name: primary?.first ?? '', manager: pod.managerFirst, year: cal.year(day) }),
          decisions: decisionsAt(rng, household, day, cal, phrasebook.reviewDecisions),
          createdAt: cal.instant(bookedDay, bookedMinute),
          updatedAt: cal.instant(day, 17 * 60 + rng.int(0, 90)),
        },
        bookedDay,
        bookedMinute,
      );
    }

    if (client.status !== 'active' || client.archived || household.drifting) continue;
    const lastHeld = household.reviews.at(-1);
    const dueOn = nextReviewOn(client, lastHeld === undefined ? null : cal.day(lastHeld), settings);
    const due = dueOn === null ? null : parseIsoDay(dueOn);
    const dueAroundNow = due !== null && due >= cal.today - 45 && due <= cal.today + 60;
    if (!rng.chance(dueAroundNow ? 0.55 : 0.05)) continue;
    const first = cal.today + 1;
    const last = cal.today + bookedWithinDays;
    const target = Math.min(last, Math.max(first, (due ?? cal.today) - rng.int(0, 10)));
    const bookedDay = Math.max(household.start, cal.yesterday - rng.int(0, 20));
    const bookedMinute = rng.int(9 * 60, 17 * 60);
    const bookedAt = cal.instant(bookedDay, bookedMinute);
    add(
      {
        id: '',
        clientId: client.id,
        status: 'scheduled',
        managerId: pod.manager.id,
        scheduledOn: cal.day(cal.workdayNear(rng, target, first, last)),
        heldOn: null,
        agenda,
        attendees: [],
        notes: '',
        decisions: [],
        createdAt: bookedAt,
        updatedAt: bookedAt,
      },
      bookedDay,
      bookedMinute,
    );
  }

  const reviews = numberInTimeOrder(records, times, new IdSequence('rv', 6));
  const decisionIds = new IdSequence('rd', 6);
  for (const review of reviews) for (const decision of review.decisions) decision.id = decisionIds.next();
  return reviews;
}
