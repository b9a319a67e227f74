import type { Handlers } from '../../../shared/contract';
import { addDays, firstOccurrence, nextOccurrence, recurrenceProblem, withExplicitDay } from '../../../shared/domain/recurrence';
import { compareNames } from '../../../shared/domain/collation';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import {
  openTaskStatuses,
  taskTitleMaxLength,
  waitingTaskStatuses,
  type Recurrence,
  type ServiceRequest,
  type Task,
  type TaskRow,
  type TaskStatus,
} from '../../../shared/model';
import { atOnce } from '../../../shared/steps';
import { putOp, type Op, type BookReader } from '../store';
import { invalid, requireActiveMember, requireClient, today } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { isRequestOpen, isRequestOverdue } from './requests';

const openStatuses = new Set<TaskStatus>(openTaskStatuses);
const waitingStatuses = new Set<TaskStatus>(waitingTaskStatuses);
const priorityRank: Record<Task['priority'], number> = { high: 0, normal: 1, low: 2 };

export function isTaskOpen(task: Task): boolean {
  return openStatuses.has(task.status);
}

/**
 * Where an open task sits in someone's day. A task waiting on the client or a colleague is only
 * "waiting", whatever its due date: it is not this person's move, so it is never counted overdue.
 */
type Bucket = 'overdue' | 'dueToday' | 'upcoming' | 'waiting' | 'later';

function bucketOf(task: Task, day: string, weekEnd: string): Bucket | null {
  if (!openStatuses.has(task.status)) return null;
  if (waitingStatuses.has(task.status)) return 'waiting';
  if (task.dueOn === null || task.dueOn > weekEnd) return 'later';
  if (task.dueOn < day) return 'overdue';
  return task.dueOn === day ? 'dueToday' : 'upcoming';
}

/** Earliest due first (undated last); on one day, timed tasks by time before untimed ones; then by priority. */
function byDue(a: Task, b: Task): number {
  if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
  const timeA = a.dueTime ?? '99:99';
  const timeB = b.dueTime ?? '99:99';
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  return priorityRank[a.priority] - priorityRank[b.priority];
}

/** A task with the names a list shows, flagged when it is work for a complaint. */
export function taskRow(store: BookReader, task: Task): TaskRow {
  const client = task.clientId === null ? undefined : store.get('clients', task.clientId);
  return {
    task,
    clientName: client?.name ?? null,
    assigneeName: store.get('teamMembers', task.assigneeId)?.name ?? 'Former colleague',
    complaint: task.requestId !== null && store.get('requests', task.requestId)?.type === 'complaint',
  };
}

/** What sets apart the tasks the app makes on someone's behalf: workflow steps, follow-ups, review decisions. */
export type TaskMade = Pick<Task, 'clientId' | 'title' | 'assigneeId' | 'dueOn' | 'category' | 'createdById'> &
  Partial<Pick<Task, 'priority' | 'notes' | 'workflowRunId' | 'showInPacket'>>;

/** `text` as a task title: cut to the longest title kept (whole characters, never half of one), marked with an ellipsis when cut. */
export function taskTitleOf(text: string): string {
  const characters = Array.from(text);
  return characters.length <= taskTitleMaxLength
    ? text
    : `${characters
        .slice(0, taskTitleMaxLength - 1)
        .join('')
        .trimEnd()}…`;
}

/** A new open one-off task made at `at`: no time of day, checklist or repeat rule. */
export function newTask(fields: TaskMade, at: string): Task {
  return {
    id: newId('ta'),
    dueTime: null,
    priority: 'normal',
    status: 'open',
    notes: '',
    checklist: [],
    recurrence: null,
    seriesId: null,
    occurrence: null,
    skipped: false,
    requestId: null,
    workflowRunId: null,
    createdAt: at,
    updatedAt: at,
    completedById: null,
    completedAt: null,
    ...fields,
  };
}

export function requireTask(ctx: ServiceContext, id: string, path = 'id'): Task {
  const task = ctx.store.get('tasks', id);
  if (!task) {
    throw new AppError('NOT_FOUND', message('gone.task'), [fieldIssue(path, message('issues.unknownTask'))]);
  }
  return task;
}

/**
 * The rule, refused when it could never fire, with its weekday or day of the month made explicit.
 * `prefix` is where the task's fields sit in the input (`changes.` for an update).
 */
function checkedRecurrence(rule: Recurrence, dueOn: string | null, prefix = ''): Recurrence {
  const problem = recurrenceProblem(rule, dueOn);
  if (problem) throw invalid(problem.sentence, prefix + problem.path, problem.issue);
  return withExplicitDay(rule, dueOn!);
}

function checkDueTime(task: Pick<Task, 'dueOn' | 'dueTime'>, prefix = ''): void {
  if (task.dueTime !== null && task.dueOn === null) {
    throw invalid(message('refused.timeNeedsDueDate'), `${prefix}dueTime`, message('issues.needsDueDate'));
  }
}

/** Counts of the given tasks and service requests, as the badge, dashboard tiles and team screen show them. */
export function countWork(ctx: ServiceContext, tasks: Iterable<Task>, requests: Iterable<ServiceRequest>) {
  return atOnce(countWorkSteps(ctx, tasks, requests));
}

/** `countWork` in steps, one per task and request: the firm's dashboard paces them. */
export function* countWorkSteps(ctx: ServiceContext, tasks: Iterable<Task>, requests: Iterable<ServiceRequest>) {
  const day = today(ctx);
  const weekEnd = addDays(day, 7);
  const counts = { open: 0, overdue: 0, dueToday: 0, waiting: 0, openRequests: 0, overdueRequests: 0 };
  for (const task of tasks) {
    yield;
    const bucket = bucketOf(task, day, weekEnd);
    if (bucket === null) continue;
    counts.open += 1;
    if (bucket === 'overdue' || bucket === 'dueToday' || bucket === 'waiting') counts[bucket] += 1;
  }
  const nowMs = ctx.now().getTime();
  for (const request of requests) {
    yield;
    if (!isRequestOpen(request)) continue;
    counts.openRequests += 1;
    if (isRequestOverdue(request, nowMs)) counts.overdueRequests += 1;
  }
  return counts;
}

/** One member's work: the tasks assigned to them and the requests they own. */
export function workload(ctx: ServiceContext, memberId: string) {
  return atOnce(workloadSteps(ctx, memberId));
}

export function workloadSteps(ctx: ServiceContext, memberId: string) {
  return countWorkSteps(ctx, ctx.store.byIndex('tasks', 'assigneeId', memberId), ctx.store.byIndex('requests', 'ownerId', memberId));
}

/** Open tasks per member: workflows hand role steps to whoever has the fewest. */
export function openTaskCount(ctx: ServiceContext, memberId: string): number {
  let count = 0;
  for (const task of ctx.store.byIndex('tasks', 'assigneeId', memberId)) if (openStatuses.has(task.status)) count++;
  return count;
}

export function taskHandlers(
  ctx: ServiceContext,
): Pick<
  Handlers,
  | 'tasks:myDay'
  | 'tasks:list'
  | 'tasks:counts'
  | 'tasks:teamLoad'
  | 'tasks:create'
  | 'tasks:update'
  | 'tasks:complete'
  | 'tasks:skip'
  | 'tasks:reopen'
  | 'tasks:bulk'
> {
  const { store } = ctx;
  const stamp = () => ctx.now().toISOString();

  function requireMember(id: string, path: string) {
    const member = store.get('teamMembers', id);
    if (!member) {
      throw new AppError('NOT_FOUND', message('gone.teamMember'), [fieldIssue(path, message('issues.unknownTeamMember'))]);
    }
    return member;
  }

  /**
   * The next occurrence of a repeating task, due by its rule from this occurrence's due date, or
   * null when the series has ended. One that already exists (the task was reopened and finished
   * again) is not made twice.
   */
  function nextInSeries(task: Task, byId: string, at: string): { next: Task | null; created: boolean } {
    if (task.recurrence === null || task.dueOn === null) return { next: null, created: false };
    const seriesId = task.seriesId ?? task.id;
    const occurrence = (task.occurrence ?? 1) + 1;
    const existing = store.byIndex('tasks', 'clientId', task.clientId).find((t) => t.seriesId === seriesId && t.occurrence === occurrence);
    if (existing) return { next: existing, created: false };
    const dueOn = nextOccurrence(task.recurrence, task.dueOn, occurrence - 1);
    if (dueOn === null) return { next: null, created: false };
    const next: Task = {
      ...task,
      id: newId('ta'),
      dueOn,
      status: 'open',
      checklist: task.checklist.map((item) => ({ ...item, done: false })),
      seriesId,
      occurrence,
      skipped: false,
      createdById: byId,
      createdAt: at,
      updatedAt: at,
      completedById: null,
      completedAt: null,
    };
    return { next, created: true };
  }

  /** Completes or skips an open task; the ops include a repeating task's next occurrence. */
  function finish(
    task: Task,
    byId: string,
    how: 'complete' | 'skip',
    at: string,
  ): { ops: Op[]; result: { task: Task; next: Task | null } } {
    const closed: Task =
      how === 'complete'
        ? { ...task, status: 'done', skipped: false, completedById: byId, completedAt: at, updatedAt: at }
        : { ...task, status: 'cancelled', skipped: true, updatedAt: at };
    const { next, created } = nextInSeries(task, byId, at);
    const ops = [putOp('tasks', closed)];
    if (next && created) ops.push(putOp('tasks', next));
    return { ops, result: { task: closed, next } };
  }

  function requireOpen(task: Task, path = 'id'): void {
    if (isTaskOpen(task)) return;
    const state = message(task.status === 'done' ? 'tasks.alreadyDone' : 'tasks.cancelled');
    throw new AppError('CONFLICT', message('tasks.finished', { state }), [fieldIssue(path, message('issues.taskState', { state }))]);
  }

  return {
    'tasks:myDay': async ({ assigneeId }) => {
      requireMember(assigneeId, 'assigneeId');
      const day = today(ctx);
      const weekEnd = addDays(day, 7);
      const groups: Record<Bucket, Task[]> = { overdue: [], dueToday: [], upcoming: [], waiting: [], later: [] };
      for (const task of store.byIndex('tasks', 'assigneeId', assigneeId)) {
        const bucket = bucketOf(task, day, weekEnd);
        if (bucket !== null) groups[bucket].push(task);
      }
      const rows = (tasks: Task[]) => tasks.sort(byDue).map((task) => taskRow(store, task));
      return {
        today: day,
        overdue: rows(groups.overdue),
        dueToday: rows(groups.dueToday),
        upcoming: rows(groups.upcoming),
        waiting: rows(groups.waiting),
      };
    },

    'tasks:list': async (query) => {
      let candidates: Iterable<Task>;
      if (query.workflowRunId !== undefined) {
        const run = store.get('workflowRuns', query.workflowRunId);
        candidates = (run?.taskIds ?? []).flatMap((id) => store.get('tasks', id) ?? []);
      } else if (query.assigneeId !== undefined) {
        candidates = store.byIndex('tasks', 'assigneeId', query.assigneeId);
      } else if (query.clientId !== undefined) {
        candidates = store.byIndex('tasks', 'clientId', query.clientId);
      } else {
        candidates = store.all('tasks');
      }
      const day = today(ctx);
      const weekEnd = addDays(day, 7);
      const kept: Task[] = [];
      for (const task of candidates) {
        if (query.assigneeId !== undefined && task.assigneeId !== query.assigneeId) continue;
        if (query.clientId !== undefined && task.clientId !== query.clientId) continue;
        if (query.category !== undefined && task.category !== query.category) continue;
        if (query.status === 'open_any' ? !isTaskOpen(task) : query.status !== undefined && task.status !== query.status) continue;
        if (query.overdue !== undefined && (bucketOf(task, day, weekEnd) === 'overdue') !== query.overdue) continue;
        kept.push(task);
      }
      return kept
        .sort(byDue)
        .slice(0, query.limit)
        .map((task) => taskRow(store, task));
    },

    'tasks:counts': async ({ memberId }) => {
      requireMember(memberId, 'memberId');
      const { overdue, dueToday, openRequests, overdueRequests } = workload(ctx, memberId);
      return { overdue, dueToday, openRequests, overdueRequests };
    },

    'tasks:teamLoad': async () =>
      [...store.all('teamMembers')]
        .sort((a, b) => Number(b.active) - Number(a.active) || compareNames(store.settings.locale)(a.name, b.name))
        .map((member) => {
          const { open, overdue, dueToday, waiting, openRequests } = workload(ctx, member.id);
          return {
            memberId: member.id,
            name: member.name,
            role: member.role,
            active: member.active,
            open,
            overdue,
            dueToday,
            waiting,
            openRequests,
          };
        }),

    'tasks:create': (draft, { actor }) =>
      store.mutate(actor, () => {
        requireActiveMember(ctx, draft.byId, 'byId', message('chosenAs.addingTask'));
        requireActiveMember(ctx, draft.assigneeId, 'assigneeId', message('chosenAs.assignee'));
        let clientId = draft.clientId;
        if (draft.requestId !== null) {
          const request = store.get('requests', draft.requestId);
          if (!request) throw invalid(message('refused.serviceRequestGone'), 'requestId', message('issues.unknownServiceRequest'));
          if (clientId !== null && clientId !== request.clientId) {
            throw invalid(message('refused.requestTaskHousehold'), 'clientId', message('issues.requestHousehold'));
          }
          clientId = request.clientId;
        }
        if (clientId !== null) requireClient(ctx, clientId, 'clientId');
        checkDueTime(draft);
        let { dueOn } = draft;
        let recurrence: Recurrence | null = null;
        if (draft.recurrence !== null) {
          // The first occurrence is the first day from the chosen date that fits the rule.
          checkedRecurrence(draft.recurrence, dueOn);
          dueOn = firstOccurrence(draft.recurrence, dueOn!);
          recurrence = withExplicitDay(draft.recurrence, dueOn!);
        }
        const at = stamp();
        const id = newId('ta');
        const done = draft.status === 'done';
        const task: Task = {
          id,
          clientId,
          title: draft.title,
          assigneeId: draft.assigneeId,
          dueOn,
          dueTime: draft.dueTime,
          priority: draft.priority,
          status: draft.status,
          category: draft.category,
          notes: draft.notes,
          checklist: draft.checklist.map((item) => ({ id: newId('ck'), text: item.text, done: item.done })),
          recurrence,
          seriesId: recurrence ? id : null,
          occurrence: recurrence ? 1 : null,
          skipped: false,
          requestId: draft.requestId,
          workflowRunId: null,
          showInPacket: draft.showInPacket,
          createdById: draft.byId,
          createdAt: at,
          updatedAt: at,
          // Logging work already done: it is complete as of now.
          completedById: done ? draft.byId : null,
          completedAt: done ? at : null,
        };
        return { ops: [putOp('tasks', task)], result: task };
      }),

    'tasks:update': ({ id, byId, changes }, { actor }) =>
      store.mutate(actor, () => {
        const current = requireTask(ctx, id);
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.makingChange'));
        if (changes.assigneeId !== undefined && changes.assigneeId !== current.assigneeId) {
          requireActiveMember(ctx, changes.assigneeId, 'changes.assigneeId', message('chosenAs.assignee'));
        }
        if (changes.clientId) requireClient(ctx, changes.clientId, 'changes.clientId');
        const next: Task = { ...current, ...changes, updatedAt: stamp() };
        checkDueTime(next, 'changes.');
        if (next.recurrence !== null && (changes.recurrence !== undefined || changes.dueOn !== undefined)) {
          next.recurrence = checkedRecurrence(next.recurrence, next.dueOn, 'changes.');
          next.seriesId ??= current.id;
          next.occurrence ??= 1;
        }
        if (changes.status !== undefined && !isTaskOpen(current) && isTaskOpen(next)) {
          // Setting a finished task back to work undoes its completion, as `tasks:reopen` does.
          Object.assign(next, { skipped: false, completedById: null, completedAt: null });
        }
        return { ops: [putOp('tasks', next)], result: next };
      }),

    'tasks:complete': ({ id, byId }, { actor }) =>
      store.mutate(actor, () => {
        const task = requireTask(ctx, id);
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.completingTask'));
        requireOpen(task);
        return finish(task, byId, 'complete', stamp());
      }),

    'tasks:skip': ({ id, byId }, { actor }) =>
      store.mutate(actor, () => {
        const task = requireTask(ctx, id);
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.skippingTask'));
        requireOpen(task);
        if (task.recurrence === null) {
          throw invalid(message('refused.onlyRepeatingSkipped'), 'id', message('issues.notRepeating'));
        }
        return finish(task, byId, 'skip', stamp());
      }),

    'tasks:reopen': ({ id, byId }, { actor }) =>
      store.mutate(actor, () => {
        const task = requireTask(ctx, id);
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.reopeningTask'));
        if (isTaskOpen(task)) throw new AppError('CONFLICT', message('tasks.stillOpen'), [fieldIssue('id', message('issues.stillOpen'))]);
        // The next occurrence of a repeating task, if one was made, stays: it is its own task now.
        const reopened: Task = { ...task, status: 'open', skipped: false, completedById: null, completedAt: null, updatedAt: stamp() };
        return { ops: [putOp('tasks', reopened)], result: reopened };
      }),

    'tasks:bulk': ({ ids, action, byId }, { actor }) =>
      store.mutate(actor, () => {
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.makingChange'));
        if (action.kind === 'reassign') requireActiveMember(ctx, action.assigneeId, 'action.assigneeId', message('chosenAs.newAssignee'));
        // Every task is checked before any change is built: one bad id changes nothing.
        const tasks = [...new Set(ids)].map((id) => requireTask(ctx, id, `ids.${ids.indexOf(id)}`));
        const at = stamp();
        const ops: Op[] = [];
        let changed = 0;
        // Finished tasks are left as they are: there is nothing left to complete, reassign or move.
        for (const task of tasks.filter(isTaskOpen)) {
          if (action.kind === 'complete') {
            ops.push(...finish(task, byId, 'complete', at).ops);
          } else if (action.kind === 'reassign') {
            if (task.assigneeId === action.assigneeId) continue;
            ops.push(putOp('tasks', { ...task, assigneeId: action.assigneeId, updatedAt: at }));
          } else {
            if (task.dueOn === action.dueOn) continue;
            ops.push(putOp('tasks', { ...task, dueOn: action.dueOn, updatedAt: at }));
          }
          changed += 1;
        }
        return { ops, result: { changed } };
      }),
  };
}
