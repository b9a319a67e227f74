import type { ClientStatus, Task, TeamMember } from '../../../shared/model';
import { activityWeights, apportion } from './allocate';
import type { Calendar } from './calendar';
import type { Household } from './households';
import { IdSequence, numberInTimeOrder } from './ids';
import { fill, firmTaskTitles, taskNotes, taskTitles, type Slots } from './phrases';
import { clamp, weightTable, type Rng, type WeightTable } from './rng';
import type { Pod, Team } from './team';

type Category = Task['category'];
type Outcome = 'done' | 'cancelled' | 'pending';

const routineCategories = weightTable<Category>([
  ['follow_up', 28],
  ['service_request', 26],
  ['review_preparation', 16],
  ['compliance', 12],
  ['admin', 10],
]);
const prospectCategories = weightTable<Category>([
  ['onboarding', 55],
  ['follow_up', 45],
]);
const firmCategories = weightTable<keyof typeof firmTaskTitles>([
  ['compliance', 60],
  ['admin', 40],
]);
const pendingStatuses = weightTable<Task['status']>([
  ['open', 50],
  ['in_progress', 25],
  ['waiting_client', 15],
  ['waiting_colleague', 10],
]);
const priorities = weightTable<Task['priority']>([
  ['normal', 68],
  ['low', 20],
  ['high', 12],
]);
/** Most of a book's tasks are history; former clients have nothing left to do. */
const outcomes: Record<ClientStatus, WeightTable<Outcome>> = {
  active: weightTable<Outcome>([
    ['done', 76],
    ['cancelled', 5],
    ['pending', 19],
  ]),
  prospect: weightTable<Outcome>([
    ['pending', 50],
    ['done', 45],
    ['cancelled', 5],
  ]),
  former: weightTable<Outcome>([
    ['done', 85],
    ['cancelled', 15],
  ]),
};
const tasksPerTier = { A: 1.4, B: 1, C: 0.75 };
/** Share of tasks that belong to the firm (compliance, admin) rather than to one client. */
const FIRM_TASK_SHARE = 0.03;

/**
 * When an unfinished task is due: a realistic list has some overdue, some due today or this week,
 * most further ahead, and a few with no date at all.
 */
function pendingDueDay(rng: Rng, cal: Calendar): number | null {
  const roll = rng.next();
  if (roll < 0.25) return cal.today - rng.int(1, 30);
  if (roll < 0.35) return cal.today;
  if (roll < 0.6) return cal.today + rng.int(1, 6);
  if (roll < 0.95) return cal.today + rng.int(7, 60);
  return null;
}

/** Who does the work: operations processes requests, paraplanners prepare reviews, managers follow up. */
function assigneeFor(rng: Rng, pod: Pod, category: Category): TeamMember {
  switch (category) {
    case 'follow_up':
      return rng.chance(0.85) ? pod.manager : pod.support;
    case 'service_request':
      return rng.chance(0.65) ? pod.operations : pod.manager;
    case 'review_preparation':
      return rng.chance(0.7) ? pod.paraplanner : pod.manager;
    case 'onboarding':
      return rng.chance(0.6) ? pod.operations : pod.manager;
    case 'compliance':
      return rng.chance(0.5) ? pod.manager : pod.operations;
    case 'admin':
      return rng.chance(0.7) ? pod.support : pod.operations;
  }
}

/** What a generator decides about one task; the rest follows from it in `TaskMaker.add`. */
interface TaskPlan {
  clientId: string | null;
  category: Category;
  title: string;
  outcome: Outcome;
  /** The days the task may have been created on. */
  from: number;
  to: number;
  /** A day the task was created for (the run-up to a review, signing day), if any. */
  anchor: number | null;
  assignee: TeamMember;
  creator: TeamMember;
  /** Who signs it off when the assignee does not. */
  finisher: TeamMember;
  /** Names for the title's slots; the year is the one the task was created in. */
  names: Omit<Slots, 'year'>;
}

/**
 * Tasks for every household (their share of `total`, more for tier A) plus a few firm-wide ones.
 * Returned in order of creation.
 */
export function generateTasks(households: readonly Household[], team: Team, total: number, cal: Calendar, rng: Rng): Task[] {
  const records: Task[] = [];
  const times: number[] = [];

  const add = (plan: TaskPlan) => {
    const pending = plan.outcome === 'pending';
    let created: number;
    let due: number | null;
    if (pending) {
      due = pendingDueDay(rng, cal);
      created = clamp((due ?? cal.today) - rng.int(2, 30), plan.from, cal.yesterday);
      // A task cannot fall due before it existed; push such a due date just past its creation.
      if (due !== null && due <= created) due = created + rng.int(1, 5);
    } else {
      created = clamp(plan.anchor ?? cal.randomWorkday(rng, plan.from, plan.to - 1), plan.from, plan.to - 1);
      due = created + rng.int(2, 21);
    }
    const createdMinute = rng.int(8 * 60 + 30, 17 * 60 + 30);
    let completedAt: string | null = null;
    let completedById: string | null = null;
    if (plan.outcome === 'done') {
      const finished = Math.min(plan.to, created + Math.round(rng.logNormal(3, 0.9)));
      const earliest = finished === created ? createdMinute + 15 : 8 * 60;
      completedAt = cal.instant(finished, rng.int(Math.min(earliest, 18 * 60), 18 * 60 + 30));
      completedById = (rng.chance(0.9) ? plan.assignee : plan.finisher).id;
    }
    records.push({
      id: '',
      clientId: plan.clientId,
      title: fill(plan.title, { ...plan.names, year: cal.year(created) }),
      assigneeId: plan.assignee.id,
      dueOn: due === null ? null : cal.day(due),
      priority: plan.category === 'compliance' && rng.chance(0.3) ? 'high' : rng.draw(priorities),
      status: plan.outcome === 'pending' ? rng.draw(pendingStatuses) : plan.outcome,
      category: plan.category,
      notes: rng.chance(0.25) ? rng.pick(taskNotes) : '',
      createdById: plan.creator.id,
      createdAt: cal.instant(created, createdMinute),
      completedById,
      completedAt,
    });
    times.push(created * 1440 + createdMinute);
  };

  const firmCount = Math.round(total * FIRM_TASK_SHARE);
  const counts = apportion(total - firmCount, activityWeights(households, tasksPerTier, rng));

  households.forEach((household, index) => {
    const { client, pod, start, end, since } = household;
    const joinedInHistory = since !== null && since >= start;
    const names = { name: household.contacts[0]?.first ?? '', manager: pod.managerFirst };
    for (let i = 0; i < (counts[index] ?? 0); i++) {
      const outcome = rng.draw(outcomes[client.status]);
      let category: Category;
      let anchor: number | null = null;
      if (client.status === 'prospect') {
        category = rng.draw(prospectCategories);
      } else if (joinedInHistory && outcome !== 'pending' && rng.chance(0.25)) {
        category = 'onboarding';
        anchor = since - rng.int(0, 10);
      } else {
        category = rng.draw(routineCategories);
        if (category === 'review_preparation' && outcome !== 'pending' && household.reviews.length > 0 && rng.chance(0.7)) {
          anchor = rng.pick(household.reviews) - rng.int(7, 21);
        }
      }
      const assignee = assigneeFor(rng, pod, category);
      add({
        clientId: client.id,
        category,
        title: rng.pick(taskTitles[category]),
        outcome,
        // Only onboarding starts before signing; the rest of the work is for clients.
        from: category === 'onboarding' ? start : Math.max(start, since ?? start),
        to: end,
        anchor,
        assignee,
        creator: rng.chance(0.7) ? pod.manager : assignee,
        finisher: pod.manager,
        names,
      });
    }
  });

  const firmStaff = team.members.filter((m) => m.role === 'operations' || m.role === 'account_manager' || m.role === 'adviser');
  for (let i = 0; i < firmCount; i++) {
    const assignee = rng.pick(firmStaff);
    const category = rng.draw(firmCategories);
    add({
      clientId: null,
      category,
      title: rng.pick(firmTaskTitles[category]),
      outcome: rng.draw(outcomes.active),
      from: cal.historyStart,
      to: cal.yesterday,
      anchor: null,
      assignee,
      creator: assignee,
      finisher: assignee,
      names: { name: '', manager: '' },
    });
  }

  return numberInTimeOrder(records, times, new IdSequence('ta', 6));
}
