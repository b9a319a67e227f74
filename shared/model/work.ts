import { z } from 'zod';
import { rule } from '../messages';
import { Id, IsoDay, IsoInstant, LongText, Name, PlanDay } from './common';
import { TeamRole } from './team';

// ─── Tasks ───────────────────────────────────────────────────────────────────

export const taskStatuses = ['open', 'in_progress', 'waiting_client', 'waiting_colleague', 'done', 'cancelled'] as const;
export const TaskStatus = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof TaskStatus>;
/** Statuses of work still to do. */
export const openTaskStatuses: readonly TaskStatus[] = ['open', 'in_progress', 'waiting_client', 'waiting_colleague'];
export const waitingTaskStatuses: readonly TaskStatus[] = ['waiting_client', 'waiting_colleague'];

export const taskCategories = ['follow_up', 'service_request', 'review_preparation', 'onboarding', 'compliance', 'admin'] as const;
export const TaskCategory = z.enum(taskCategories);
export type TaskCategory = z.infer<typeof TaskCategory>;

export const taskPriorities = ['low', 'normal', 'high'] as const;
export const TaskPriority = z.enum(taskPriorities);
export type TaskPriority = z.infer<typeof TaskPriority>;

/** A wall-clock time of day, `HH:MM` (24-hour). Kept apart from the day so a daylight-saving change never moves it. */
export const TimeOfDay = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, rule('timeLike'));

export const ChecklistItem = z.strictObject({
  id: Id,
  text: Name(300),
  done: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const recurrenceFrequencies = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const RecurrenceFrequency = z.enum(recurrenceFrequencies);
export type RecurrenceFrequency = z.infer<typeof RecurrenceFrequency>;

/** Monday = 1 … Sunday = 7 (ISO 8601). */
export const Weekday = z.number().int().min(1, rule('isoWeekday')).max(7, rule('isoWeekday'));

/**
 * How a task repeats: every `interval` days, weeks, months, quarters or years. Weekly repeats may
 * name the weekday; monthly, quarterly and yearly ones the day of the month (29–31 fall back to the
 * month's last day when it is shorter). Without either, the first due date's weekday or day is used.
 * It ends never, after a date (`until`, inclusive), or after `count` occurrences in all.
 */
export const Recurrence = z.strictObject({
  frequency: RecurrenceFrequency,
  interval: z
    .number()
    .int()
    .min(1, rule('atLeast', { min: 1 }))
    .max(99, rule('atMost', { max: 99 })),
  weekday: Weekday.nullable().default(null),
  dayOfMonth: z.number().int().min(1, rule('dayOfMonth')).max(31, rule('dayOfMonth')).nullable().default(null),
  until: IsoDay.nullable().default(null),
  count: z
    .number()
    .int()
    .min(1, rule('atLeast', { min: 1 }))
    .max(1000, rule('atMost', { max: 1000 }))
    .nullable()
    .default(null),
});
export type Recurrence = z.infer<typeof Recurrence>;
export type RecurrenceInput = z.input<typeof Recurrence>;

/** A rule as a person enters it: its end within the years a plan may name. */
const EnteredRecurrence = Recurrence.extend({ until: PlanDay.nullable().default(null) });

/** The longest task title the book keeps; titles the app writes are cut to it (`taskTitleOf`). */
export const taskTitleMaxLength = 200;

export const Task = z.strictObject({
  id: Id,
  clientId: Id.nullable(),
  title: Name(taskTitleMaxLength),
  assigneeId: Id,
  dueOn: IsoDay.nullable(),
  dueTime: TimeOfDay.nullable(),
  priority: TaskPriority,
  status: TaskStatus,
  category: TaskCategory,
  notes: LongText,
  checklist: z.array(ChecklistItem).max(100),
  /** How the task repeats; every occurrence carries the rule, and completing or skipping one creates the next. */
  recurrence: Recurrence.nullable(),
  /** The occurrences of one recurring task share a series id (the first occurrence's id). */
  seriesId: Id.nullable(),
  /** 1 for the first occurrence of a series; counts toward `recurrence.count`. */
  occurrence: z.number().int().min(1).nullable(),
  /** Set when the task was skipped rather than done (status `cancelled`). */
  skipped: z.boolean(),
  /**
   * The logged contact (a call, a meeting…) this task follows up: set on the task made when the
   * contact was logged with a follow-up date, absent on every other task.
   */
  interactionId: Id.optional(),
  /** The service request or workflow run this task belongs to, if any. */
  requestId: Id.nullable(),
  workflowRunId: Id.nullable(),
  /**
   * Listed among the action items of the client's review packet. Absent on tasks made before the
   * flag existed: those made from a review decision are shown, others (internal follow-ups) never.
   */
  showInPacket: z.boolean().optional(),
  createdById: Id,
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  completedById: Id.nullable(),
  completedAt: IsoInstant.nullable(),
});
export type Task = z.infer<typeof Task>;

export const TaskDraft = z.strictObject({
  title: Task.shape.title,
  clientId: Id.nullable().default(null),
  assigneeId: Id,
  dueOn: PlanDay.nullable().default(null),
  dueTime: TimeOfDay.nullable().default(null),
  priority: TaskPriority.default('normal'),
  status: TaskStatus.default('open'),
  category: TaskCategory.default('follow_up'),
  notes: LongText.default(''),
  checklist: z
    .array(z.strictObject({ text: ChecklistItem.shape.text, done: z.boolean().default(false) }))
    .max(100)
    .default([]),
  /** A repeating task needs a due date: the first occurrence. */
  recurrence: EnteredRecurrence.nullable().default(null),
  /** The service request the task is work for; the task then belongs to the request's household. */
  requestId: Id.nullable().default(null),
  /** Work the client should see: listed among the action items of their review packet. */
  showInPacket: z.boolean().default(false),
  /** Who is adding it (the current user). */
  byId: Id,
});
export type TaskDraft = z.input<typeof TaskDraft>;

export const TaskUpdate = z.strictObject({
  id: Id,
  byId: Id,
  changes: z
    .strictObject({
      title: Task.shape.title,
      clientId: Id.nullable(),
      assigneeId: Id,
      dueOn: PlanDay.nullable(),
      dueTime: TimeOfDay.nullable(),
      priority: TaskPriority,
      /** To finish a task use `tasks:complete` (it creates a repeating task's next occurrence). */
      status: z.enum(['open', 'in_progress', 'waiting_client', 'waiting_colleague', 'cancelled']),
      category: TaskCategory,
      notes: LongText,
      checklist: z.array(ChecklistItem).max(100),
      recurrence: EnteredRecurrence.nullable(),
      showInPacket: z.boolean(),
    })
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, rule('changeOneField')),
});
export type TaskUpdate = z.input<typeof TaskUpdate>;

/** Completing or skipping one task; for a repeating task the answer carries the next occurrence. */
export const TaskStep = z.strictObject({ id: Id, byId: Id });
export const TaskStepResult = z.strictObject({ task: Task, next: Task.nullable() });
export type TaskStepResult = z.infer<typeof TaskStepResult>;

export const TaskBulkAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('complete') }),
  z.strictObject({ kind: z.literal('reassign'), assigneeId: Id }),
  z.strictObject({ kind: z.literal('reschedule'), dueOn: PlanDay }),
]);
export const TaskBulk = z.strictObject({
  ids: z.array(Id).min(1, rule('chooseTask')).max(5000),
  action: TaskBulkAction,
  byId: Id,
});
export type TaskBulk = z.input<typeof TaskBulk>;

/** A task as lists show it: with the names the screen would otherwise look up. */
export const TaskRow = z.strictObject({
  task: Task,
  clientName: z.string().nullable(),
  assigneeName: z.string(),
  /** Set when the task belongs to a complaint: flagged wherever it appears. */
  complaint: z.boolean(),
});
export type TaskRow = z.infer<typeof TaskRow>;

/** One person's day, by the workstation's calendar day. */
export const MyDayQuery = z.strictObject({ assigneeId: Id });
export const MyDay = z.strictObject({
  today: IsoDay,
  overdue: z.array(TaskRow),
  dueToday: z.array(TaskRow),
  /** Due in the next 7 days after today. */
  upcoming: z.array(TaskRow),
  /** Waiting on the client or a colleague, whatever the due date. */
  waiting: z.array(TaskRow),
});
export type MyDay = z.infer<typeof MyDay>;

export const TaskQuery = z
  .strictObject({
    assigneeId: Id.optional(),
    clientId: Id.optional(),
    category: TaskCategory.optional(),
    /** `open_any` means any status of work still to do. */
    status: z.union([TaskStatus, z.literal('open_any')]).optional(),
    overdue: z.boolean().optional(),
    workflowRunId: Id.optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .default({ limit: 500 });
export type TaskQuery = z.input<typeof TaskQuery>;

/** Counts for the navigation badge and the dashboard tiles. */
export const WorkCounts = z.strictObject({
  overdue: z.number().int(),
  dueToday: z.number().int(),
  /** Service requests this person owns that are not resolved or closed. */
  openRequests: z.number().int(),
  overdueRequests: z.number().int(),
});
export type WorkCounts = z.infer<typeof WorkCounts>;

/** The team tasks screen: each member's load. */
export const TeamLoad = z.strictObject({
  memberId: Id,
  name: z.string(),
  role: TeamRole,
  active: z.boolean(),
  open: z.number().int(),
  overdue: z.number().int(),
  dueToday: z.number().int(),
  waiting: z.number().int(),
  openRequests: z.number().int(),
});
export type TeamLoad = z.infer<typeof TeamLoad>;

// ─── Service requests ────────────────────────────────────────────────────────

export const requestTypes = [
  'contact_change',
  'money_movement',
  'document_request',
  'account_opening',
  'account_closing',
  'technical_help',
  'complaint',
  'other',
] as const;
export const RequestType = z.enum(requestTypes);
export type RequestType = z.infer<typeof RequestType>;

export const requestChannels = ['phone', 'email', 'meeting', 'letter', 'message', 'portal'] as const;
export const RequestChannel = z.enum(requestChannels);
export type RequestChannel = z.infer<typeof RequestChannel>;

export const requestStatuses = ['received', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export const RequestStatus = z.enum(requestStatuses);
export type RequestStatus = z.infer<typeof RequestStatus>;
export const openRequestStatuses: readonly RequestStatus[] = ['received', 'in_progress', 'waiting'];

/** One entry of a request's history: a status change, a hand-off, or a note. Never edited. */
export const RequestEvent = z.strictObject({
  at: IsoInstant,
  byId: Id,
  kind: z.enum(['received', 'status', 'handoff', 'note']),
  status: RequestStatus.nullable(),
  fromId: Id.nullable(),
  toId: Id.nullable(),
  note: z.string().max(4000),
});
export type RequestEvent = z.infer<typeof RequestEvent>;

export const ServiceRequest = z.strictObject({
  id: Id,
  clientId: Id,
  type: RequestType,
  channel: RequestChannel,
  description: z
    .string()
    .trim()
    .min(1, rule('required'))
    .max(20_000, rule('atMostCharacters', { count: 20_000 })),
  status: RequestStatus,
  ownerId: Id,
  receivedAt: IsoInstant,
  /** From the response-time target for the type in Settings, at the time it was received. */
  dueBy: IsoInstant,
  /** Required to resolve or close a complaint. */
  resolution: z.string().max(20_000),
  resolvedAt: IsoInstant.nullable(),
  closedAt: IsoInstant.nullable(),
  history: z.array(RequestEvent),
  createdById: Id,
  updatedAt: IsoInstant,
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

export const RequestDraft = z.strictObject({
  clientId: Id,
  type: RequestType,
  channel: RequestChannel,
  description: ServiceRequest.shape.description,
  /** Defaults to the client's primary manager. */
  ownerId: Id.nullable().default(null),
  /** When the client asked; defaults to now. Cannot be in the future. */
  receivedAt: IsoInstant.nullable().default(null),
  byId: Id,
});
export type RequestDraft = z.input<typeof RequestDraft>;

export const RequestStatusChange = z.strictObject({
  id: Id,
  status: RequestStatus,
  note: z.string().trim().max(4000).default(''),
  /** Required (non-blank) to resolve or close a complaint. */
  resolution: z.string().trim().max(20_000).optional(),
  byId: Id,
});
export type RequestStatusChange = z.input<typeof RequestStatusChange>;

export const RequestHandOff = z.strictObject({
  id: Id,
  toId: Id,
  note: z.string().trim().min(1, rule('sayWhatToDo')).max(4000),
  byId: Id,
});
export type RequestHandOff = z.input<typeof RequestHandOff>;

export const RequestQuery = z
  .strictObject({
    status: z.union([RequestStatus, z.literal('open_any')]).optional(),
    ownerId: Id.optional(),
    clientId: Id.optional(),
    type: RequestType.optional(),
    overdue: z.boolean().optional(),
    limit: z.number().int().min(1).max(5000).default(1000),
  })
  .default({ limit: 1000 });
export type RequestQuery = z.input<typeof RequestQuery>;

export const RequestRow = z.strictObject({
  request: ServiceRequest,
  clientName: z.string(),
  ownerName: z.string(),
  overdue: z.boolean(),
});
export type RequestRow = z.infer<typeof RequestRow>;

// ─── Workflows ───────────────────────────────────────────────────────────────

/** Who a step goes to: the client's primary manager, someone with a role, or a named person. */
export const StepAssignee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('manager') }),
  z.strictObject({ kind: z.literal('role'), role: TeamRole }),
  z.strictObject({ kind: z.literal('person'), memberId: Id }),
]);
export type StepAssignee = z.infer<typeof StepAssignee>;

export const WorkflowStep = z.strictObject({
  title: Name(200),
  category: TaskCategory,
  assignee: StepAssignee,
  /** Days after the start (or after the step named in `afterStep`) that the step is due. */
  days: z
    .number()
    .int()
    .min(0, rule('notNegative'))
    .max(365, rule('atMost', { max: 365 })),
  /** 1-based number of an earlier step this one follows; its due date counts from that step's. */
  afterStep: z.number().int().min(1).nullable(),
});
export type WorkflowStep = z.infer<typeof WorkflowStep>;

export const WorkflowTemplate = z.strictObject({
  id: Id,
  name: Name(120),
  description: z.string().max(2000),
  steps: z.array(WorkflowStep).min(1, rule('oneStepOrMore')).max(50),
  active: z.boolean(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type WorkflowTemplate = z.infer<typeof WorkflowTemplate>;

/** Creating (no id) or replacing (with id) a template; step references are checked in main. */
export const WorkflowTemplateSave = z.strictObject({
  id: Id.optional(),
  name: WorkflowTemplate.shape.name,
  description: WorkflowTemplate.shape.description.default(''),
  steps: WorkflowTemplate.shape.steps,
  active: z.boolean().default(true),
});
export type WorkflowTemplateSave = z.input<typeof WorkflowTemplateSave>;

/** One workflow started for one client: its tasks, one per step. */
export const WorkflowRun = z.strictObject({
  id: Id,
  templateId: Id,
  /** The template's name when started (a renamed template does not rename past runs). */
  name: z.string(),
  clientId: Id,
  startedOn: IsoDay,
  startedById: Id,
  startedAt: IsoInstant,
  /** The task created for each step, in step order. */
  taskIds: z.array(Id),
});
export type WorkflowRun = z.infer<typeof WorkflowRun>;

export const WorkflowStart = z.strictObject({
  templateId: Id,
  clientId: Id,
  /** Defaults to today. */
  startOn: PlanDay.nullable().default(null),
  byId: Id,
});
export type WorkflowStart = z.input<typeof WorkflowStart>;

export const WorkflowProgress = z.strictObject({
  run: WorkflowRun,
  done: z.number().int(),
  total: z.number().int(),
  /** The first step not yet done, or null when all are. */
  nextTask: TaskRow.nullable(),
});
export type WorkflowProgress = z.infer<typeof WorkflowProgress>;

// ─── Surveys ─────────────────────────────────────────────────────────────────

/** `unknown`: how the answer was given is not known (an imported answer without a channel). */
export const surveyChannels = ['meeting', 'phone', 'email', 'paper', 'unknown'] as const;

/** One satisfaction response: NPS 0–10 and/or CSAT 1–5. */
export const Survey = z.strictObject({
  id: Id,
  clientId: Id,
  personId: Id.nullable(),
  on: IsoDay,
  nps: z.number().int().min(0).max(10).nullable(),
  csat: z.number().int().min(1).max(5).nullable(),
  channel: z.enum(surveyChannels),
  comment: LongText,
  recordedById: Id,
  /** The follow-up task made for this response (`surveys:followUp`), so a second click finds it. */
  followUpTaskId: Id.nullable(),
});
export type Survey = z.infer<typeof Survey>;
