import { firstOccurrence, nextOccurrence, withExplicitDay } from '../../../shared/domain/recurrence';
import { stepDueDays } from '../../../shared/domain/workflow-steps';
import type {
  ClientStatus,
  Recurrence,
  ServiceRequest,
  StepAssignee,
  Task,
  TeamMember,
  WorkflowRun,
  WorkflowTemplate,
} from '../../../shared/model';
import { activityWeights, apportion } from './allocate';
import { parseIsoDay, type Calendar } from './calendar';
import type { Household } from './households';
import { IdSequence, numberInTimeOrder } from './ids';
import { fill, type FirmTaskCategory, type Phrasebook, type Slots } from './phrases';
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
const firmCategories = weightTable<FirmTaskCategory>([
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
/** Times people give a task that must happen at a set hour: a call back, a cut-off. */
const dueTimes = ['09:00', '09:30', '10:00', '11:00', '13:30', '14:00', '15:00', '16:30'];
const requestTaskTitles: Record<ServiceRequest['type'], string> = {
  contact_change: 'Update contact details on all accounts',
  money_movement: 'Process the money movement',
  document_request: 'Send the requested documents',
  account_opening: 'Open the new account',
  account_closing: 'Close the account and move the balance',
  technical_help: 'Sort out the portal access problem',
  complaint: 'Investigate and answer the complaint',
  other: 'Deal with the client request',
};
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

/** Plain fields of a new task; the generator fills in the rest. */
function baseTask(
  fields: Pick<Task, 'clientId' | 'title' | 'assigneeId' | 'dueOn' | 'priority' | 'status' | 'category' | 'createdById' | 'createdAt'>,
): Task {
  return {
    id: '',
    dueTime: null,
    notes: '',
    checklist: [],
    recurrence: null,
    seriesId: null,
    occurrence: null,
    skipped: false,
    requestId: null,
    workflowRunId: null,
    updatedAt: fields.createdAt,
    completedById: null,
    completedAt: null,
    ...fields,
  };
}

export interface WorkExtras {
  /** Open requests get a task for their owner. */
  requests: readonly ServiceRequest[];
  templates: readonly WorkflowTemplate[];
  /** The region's titles and notes for client and firm tasks. */
  phrases: Phrasebook;
}

/**
 * Tasks for every household (their share of `total`, more for tier A) plus a few firm-wide ones,
 * repeating series (monthly firm compliance checks, quarterly review preparation for some tier A
 * households), a task for each open service request, and a few workflows under way. Tasks are
 * returned in order of creation; all of them count toward `total`.
 */
export function generateTasks(
  households: readonly Household[],
  team: Team,
  total: number,
  cal: Calendar,
  rng: Rng,
  extras: WorkExtras,
): { tasks: Task[]; runs: WorkflowRun[] } {
  const records: Task[] = [];
  const times: number[] = [];
  const push = (task: Task, createdDay: number, createdMinute: number) => {
    records.push(task);
    times.push(createdDay * 1440 + createdMinute);
  };

  const series = generateSeries(households, team, cal, rng, push);
  for (const request of extras.requests) {
    if (request.status === 'resolved' || request.status === 'closed') continue;
    const createdAt = request.history.at(-1)!.at;
    const task = baseTask({
      clientId: request.clientId,
      title: requestTaskTitles[request.type],
      assigneeId: request.ownerId,
      dueOn: request.dueBy.slice(0, 10),
      priority: request.type === 'complaint' ? 'high' : 'normal',
      status: request.status === 'waiting' ? 'waiting_client' : request.status === 'in_progress' ? 'in_progress' : 'open',
      category: 'service_request',
      createdById: request.ownerId,
      createdAt,
    });
    task.requestId = request.id;
    const createdMs = Date.parse(createdAt);
    push(task, Math.floor(createdMs / 86_400_000), Math.floor((createdMs % 86_400_000) / 60_000));
  }
  const runs = generateRuns(households, extras.templates, cal, rng, push);

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
    const createdAt = cal.instant(created, createdMinute);
    const task = baseTask({
      clientId: plan.clientId,
      title: fill(plan.title, { ...plan.names, year: cal.year(created) }),
      assigneeId: plan.assignee.id,
      dueOn: due === null ? null : cal.day(due),
      priority: plan.category === 'compliance' && rng.chance(0.3) ? 'high' : rng.draw(priorities),
      status: plan.outcome === 'pending' ? rng.draw(pendingStatuses) : plan.outcome,
      category: plan.category,
      createdById: plan.creator.id,
      createdAt,
    });
    task.notes = rng.chance(0.25) ? rng.pick(extras.phrases.taskNotes) : '';
    if (pending && due !== null && rng.chance(0.15)) task.dueTime = rng.pick(dueTimes);
    task.completedById = completedById;
    task.completedAt = completedAt;
    task.updatedAt = completedAt ?? createdAt;
    push(task, created, createdMinute);
  };

  // The per-household and firm tasks share what the series, requests and workflows left.
  const remaining = total - records.length;
  const firmCount = Math.round(remaining * FIRM_TASK_SHARE);
  const counts = apportion(remaining - firmCount, activityWeights(households, tasksPerTier, rng));

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
        title: rng.pick(extras.phrases.taskTitles[category]),
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
      title: rng.pick(extras.phrases.firmTaskTitles[category]),
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

  const tasks = numberInTimeOrder(records, times, new IdSequence('ta', 6));
  // Ids exist only now: a series is known by its first occurrence's id, a run by its tasks'.
  for (const occurrences of series) for (const task of occurrences) task.seriesId = occurrences[0]!.id;
  for (const { run, tasks: steps } of runs) run.taskIds = steps.map((task) => task.id);
  return { tasks, runs: runs.map(({ run }) => run) };
}

type Push = (task: Task, createdDay: number, createdMinute: number) => void;

/**
 * A repeating task's history: every occurrence from `firstDue` until the first one not yet a few
 * days past, done on or soon after its due day (a few skipped), and that last one still open.
 * Each occurrence is created when the one before it was finished, as the app does.
 */
function addSeries(first: Task, firstDue: number, rule: Recurrence, cal: Calendar, rng: Rng, push: Push): Task[] {
  const occurrences: Task[] = [];
  const recurrence = withExplicitDay(rule, cal.day(firstDue));
  let due: string | null = cal.day(firstDue);
  let createdDay = firstDue - 14;
  let createdMinute = 9 * 60;
  while (due !== null) {
    const dueDay = parseIsoDay(due)!;
    const occurrence = occurrences.length + 1;
    const task: Task = { ...first, dueOn: due, recurrence, occurrence, createdAt: cal.instant(createdDay, createdMinute) };
    task.updatedAt = task.createdAt;
    push(task, createdDay, createdMinute);
    occurrences.push(task);
    if (dueDay >= cal.today - 3) break;
    const finished = Math.min(cal.yesterday, dueDay + rng.int(0, 3));
    const minute = finished === createdDay ? Math.min(createdMinute + 30, 18 * 60) : rng.int(9 * 60, 17 * 60);
    if (rng.chance(0.08)) {
      Object.assign(task, { status: 'cancelled', skipped: true, updatedAt: cal.instant(finished, minute) });
    } else {
      const completedAt = cal.instant(finished, minute);
      Object.assign(task, { status: 'done', completedById: task.assigneeId, completedAt, updatedAt: completedAt });
    }
    createdDay = finished;
    createdMinute = minute;
    due = nextOccurrence(recurrence, due, occurrence);
  }
  return occurrences;
}

/** Monthly month-end compliance checks for operations, and quarterly review preparation for some tier A households. */
function generateSeries(households: readonly Household[], team: Team, cal: Calendar, rng: Rng, push: Push): Task[][] {
  const series: Task[][] = [];
  const operations = team.members.filter((member) => member.role === 'operations');
  const monthEnds: Recurrence = { frequency: 'monthly', interval: 1, weekday: null, dayOfMonth: 31, until: null, count: null };
  for (const member of operations) {
    const firstDue = parseIsoDay(firstOccurrence(monthEnds, cal.day(cal.today - 365 + rng.int(0, 30)))!)!;
    const first = baseTask({
      clientId: null,
      title: 'Month-end compliance check: trade exceptions and complaints log',
      assigneeId: member.id,
      dueOn: null,
      priority: 'high',
      status: 'open',
      category: 'compliance',
      createdById: member.id,
      createdAt: '',
    });
    first.dueTime = '16:00';
    series.push(addSeries(first, firstDue, monthEnds, cal, rng, push));
  }
  const tierA = households.filter(
    (household) => household.client.tier === 'A' && household.client.status === 'active' && household.since !== null,
  );
  const wanted = Math.max(3, Math.round(households.length / 40));
  for (const household of tierA.slice(0, wanted)) {
    const firstDue = Math.max(household.since! + 30, cal.today - 360 + rng.int(0, 60));
    const first = baseTask({
      clientId: household.client.id,
      title: 'Prepare the quarterly review pack',
      assigneeId: household.pod.paraplanner.id,
      dueOn: null,
      priority: 'normal',
      status: 'open',
      category: 'review_preparation',
      createdById: household.pod.manager.id,
      createdAt: '',
    });
    first.checklist = [
      { id: 'ck_1', text: 'Valuation and performance report', done: false },
      { id: 'ck_2', text: 'Fee summary for the quarter', done: false },
      { id: 'ck_3', text: 'Notes from the last meeting', done: false },
    ];
    series.push(
      addSeries(
        first,
        firstDue,
        { frequency: 'quarterly', interval: 1, weekday: null, dayOfMonth: null, until: null, count: null },
        cal,
        rng,
        push,
      ),
    );
  }
  return series;
}

/** The pod member a workflow step goes to. */
function podMember(assignee: StepAssignee, household: Household): TeamMember {
  const { pod } = household;
  if (assignee.kind !== 'role') return pod.manager;
  switch (assignee.role) {
    case 'operations':
      return pod.operations;
    case 'paraplanner':
      return pod.paraplanner;
    case 'adviser':
      return pod.adviser;
    case 'support':
      return pod.support;
    case 'sales':
      return pod.sales;
    case 'account_manager':
      return pod.manager;
  }
}

/**
 * A few workflows under way: onboarding for the newest clients and annual review preparation for
 * tier A households, started in the last six weeks; steps due a few days ago or more are done.
 */
function generateRuns(households: readonly Household[], templates: readonly WorkflowTemplate[], cal: Calendar, rng: Rng, push: Push) {
  const runs: { run: WorkflowRun; tasks: Task[] }[] = [];
  const runIds = new IdSequence('wr', 4);
  const onboarding = templates.find((template) => template.id === 'wf_onboarding');
  const review = templates.find((template) => template.id === 'wf_annual_review');
  const wanted = Math.max(4, Math.round(households.length / 100));
  const newest = households
    .filter((household) => household.client.status === 'active' && household.since !== null && household.since > cal.today - 45)
    .slice(0, Math.ceil(wanted / 2));
  const tierA = households
    .filter((household) => household.client.status === 'active' && household.client.tier === 'A')
    .slice(0, wanted - newest.length);
  const plans = [
    ...newest.map((household) => ({ household, template: onboarding })),
    ...tierA.map((household) => ({ household, template: review })),
  ];
  for (const { household, template } of plans) {
    if (!template) continue;
    const startDay = Math.min(cal.yesterday, template === onboarding ? household.since! : cal.today - rng.int(5, 40));
    const startMinute = rng.int(9 * 60, 16 * 60);
    const startedAt = cal.instant(startDay, startMinute);
    const run: WorkflowRun = {
      id: runIds.next(),
      templateId: template.id,
      name: template.name,
      clientId: household.client.id,
      startedOn: cal.day(startDay),
      startedById: household.pod.manager.id,
      startedAt,
      taskIds: [],
    };
    const dueDays = stepDueDays(template.steps, run.startedOn);
    const tasks = template.steps.map((step, index) => {
      const dueOn = dueDays[index]!;
      const assignee = podMember(step.assignee, household);
      const task = baseTask({
        clientId: household.client.id,
        title: step.title,
        assigneeId: assignee.id,
        dueOn,
        priority: 'normal',
        status: 'open',
        category: step.category,
        createdById: run.startedById,
        createdAt: startedAt,
      });
      task.workflowRunId = run.id;
      const dueDay = parseIsoDay(dueOn)!;
      if (dueDay < cal.today - 2 && dueDay > startDay) {
        const completedAt = cal.instant(dueDay, 17 * 60);
        Object.assign(task, { status: 'done', completedById: assignee.id, completedAt, updatedAt: completedAt });
      }
      push(task, startDay, startMinute);
      return task;
    });
    runs.push({ run, tasks });
  }
  return runs;
}
