import { z } from 'zod';
import { AppError, fieldIssue, listIssues, type AppErrorShape, type FieldIssue, type Result } from './errors';
import { message, ruleOf } from './messages';
import { outputsCheckedByDefault } from './check-outputs';
import { AppStatus, BackupInfo, DesktopFileKind, LoadDemo, OfficeConnect, OfficeConnectionForm } from './model/app';
import { AppBoot, AppBootQuery } from './model/boot';
import { ActivityPage, ActivityQuery, AuditVerdict } from './model/audit';
import {
  Client,
  ClientArchive,
  ClientDetail,
  ClientDraft,
  ClientMarkFormer,
  ClientMatchQuery,
  ClientQuery,
  ClientReassign,
  ClientRow,
  ClientUpdate,
  DuplicateMatch,
  DuplicateQuery,
  Holding,
  HoldingDraft,
  HoldingUpdate,
  HoldingValuation,
  HoldingValuationRemoval,
  Interaction,
  InteractionDraft,
  InteractionQuery,
  Person,
  PersonDraft,
  PersonUpdate,
} from './model/client';
import { Id } from './model/common';
import { CalendarFile, CalendarQuery } from './model/meeting';
import {
  BookExport,
  ExportResult,
  FolderPath,
  ImportCommit,
  ImportField,
  ImportPreview,
  ImportPreviewInput,
  ImportRecord,
  ImportSuggestQuery,
} from './model/data-transfer';
import { SearchQuery, SearchResult } from './model/search';
import { Settings, SettingsUpdate, StartEmpty } from './model/settings';
import { GivenAccess, MemberAccess, MemberRef, NewPassword, TeamBook, TeamMember, TeamMemberDraft, TeamMemberUpdate } from './model/team';
import {
  Dashboard,
  DashboardQuery,
  HealthQuery,
  HealthReport,
  HealthRow,
  SurveyDraft,
  SurveyQuery,
  SurveyRecorded,
  SurveyRequest,
  SurveyRequestDraft,
  SurveyRow,
  TrendQuery,
  TrendSeries,
} from './model/satisfaction';
import {
  IssuedPacket,
  PacketBatchStart,
  PacketBatchStatus,
  PacketData,
  PacketQuery,
  Review,
  ReviewAgendaUpdate,
  ReviewDueQuery,
  ReviewDueRow,
  ReviewRecord,
  ReviewSchedule,
} from './model/reviews';
import { SavedView, SavedViewDraft } from './model/views';
import {
  WorkstationClearPassword,
  WorkstationConfigure,
  WorkstationFirstPassword,
  WorkstationSetPassword,
  WorkstationSignIn,
  WorkstationStatus,
} from './model/workstation';
import {
  MyDay,
  MyDayQuery,
  RequestDraft,
  RequestHandOff,
  RequestQuery,
  RequestRow,
  RequestStatusChange,
  ServiceRequest,
  Task,
  TaskBulk,
  TaskDraft,
  TaskQuery,
  TaskRow,
  TaskStep,
  TaskStepResult,
  TaskUpdate,
  TeamLoad,
  WorkCounts,
  WorkflowProgress,
  WorkflowRun,
  WorkflowStart,
  WorkflowTemplate,
  WorkflowTemplateSave,
} from './model/work';

/** Input of a channel that takes nothing: `undefined` or `{}`. */
const NoInput = z.strictObject({}).default({});

/**
 * A file Clientbook wrote, named by what the backend knows it by, never by a path: an issued
 * packet's id, a backup's file name in the backups folder, a batch's id (its folder and combined
 * PDF), an export's id (its folder, as written this session). The desktop app resolves the place itself, so the renderer cannot have it open anything else.
 */
export const WrittenFile = z.strictObject({
  kind: z.enum(['packet', 'backup', 'batch', 'export']),
  id: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'must be an id or a backup file name')
    .max(200),
});
export type WrittenFile = z.infer<typeof WrittenFile>;

/** Whether this computer updates Clientbook itself (desktop only). */
export const UpdatesSetting = z.strictObject({
  /** Checked for, downloaded and offered automatically. */
  automatic: z.boolean(),
  /** Who decides instead of the person at this computer: the IT provider's policy, or a developer run; null when they do. */
  decidedBy: z.enum(['policy', 'developer-run']).nullable(),
});
export type UpdatesSetting = z.infer<typeof UpdatesSetting>;

/**
 * Every IPC channel: its input schema (checked at run time in main) and its output type.
 * Names are `domain:verb`.
 */
export const contract = {
  'app:status': { input: NoInput, output: AppStatus },
  /** The first screen's data in one answer (status, settings, team, sign-in, the clients it shows), before the whole book is read. */
  'app:boot': { input: AppBootQuery, output: AppBoot },
  'setup:loadDemo': { input: LoadDemo, output: AppStatus },
  'setup:startEmpty': { input: StartEmpty, output: AppStatus },
  'team:list': {
    input: z.strictObject({ includeInactive: z.boolean().default(true) }).default({ includeInactive: true }),
    output: z.array(TeamMember),
  },
  'team:create': { input: TeamMemberDraft, output: TeamMember },
  'team:update': { input: TeamMemberUpdate, output: TeamMember },
  'team:books': { input: NoInput, output: z.array(TeamBook) },
  'clients:list': { input: ClientQuery, output: z.array(ClientRow) },
  'clients:match': { input: ClientMatchQuery, output: z.array(Id) },
  'clients:get': { input: z.strictObject({ id: Id }), output: ClientDetail },
  'clients:create': { input: ClientDraft, output: Client },
  'clients:update': { input: ClientUpdate, output: Client },
  'clients:archive': { input: ClientArchive, output: Client },
  'clients:markFormer': { input: ClientMarkFormer, output: Client },
  'clients:reassign': { input: ClientReassign, output: z.strictObject({ moved: z.number().int() }) },
  'clients:findDuplicates': { input: DuplicateQuery, output: z.array(DuplicateMatch) },
  /** The search box on every screen: clients by name, person, email, phone or account ending, as it is typed. */
  'search:clients': { input: SearchQuery, output: SearchResult },
  'people:create': { input: PersonDraft, output: Person },
  'people:update': { input: PersonUpdate, output: Person },
  'holdings:create': { input: HoldingDraft, output: Holding },
  'holdings:update': { input: HoldingUpdate, output: Holding },
  'holdings:recordValue': { input: HoldingValuation, output: Holding },
  'holdings:removeValue': { input: HoldingValuationRemoval, output: Holding },
  'interactions:list': { input: InteractionQuery, output: z.array(Interaction) },
  'interactions:log': { input: InteractionDraft, output: Interaction },
  'tasks:myDay': { input: MyDayQuery, output: MyDay },
  'tasks:list': { input: TaskQuery, output: z.array(TaskRow) },
  'tasks:counts': { input: z.strictObject({ memberId: Id }), output: WorkCounts },
  'tasks:teamLoad': { input: NoInput, output: z.array(TeamLoad) },
  'tasks:create': { input: TaskDraft, output: Task },
  'tasks:update': { input: TaskUpdate, output: Task },
  'tasks:complete': { input: TaskStep, output: TaskStepResult },
  'tasks:skip': { input: TaskStep, output: TaskStepResult },
  'tasks:reopen': { input: TaskStep, output: Task },
  'tasks:bulk': { input: TaskBulk, output: z.strictObject({ changed: z.number().int() }) },
  'requests:list': { input: RequestQuery, output: z.array(RequestRow) },
  'requests:get': { input: z.strictObject({ id: Id }), output: RequestRow },
  'requests:create': { input: RequestDraft, output: ServiceRequest },
  'requests:setStatus': { input: RequestStatusChange, output: ServiceRequest },
  'requests:handOff': { input: RequestHandOff, output: ServiceRequest },
  'workflows:templates': {
    input: z.strictObject({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }),
    output: z.array(WorkflowTemplate),
  },
  'workflows:saveTemplate': { input: WorkflowTemplateSave, output: WorkflowTemplate },
  'workflows:start': { input: WorkflowStart, output: WorkflowRun },
  'workflows:progress': { input: z.strictObject({ clientId: Id }), output: z.array(WorkflowProgress) },
  'surveys:record': { input: SurveyDraft, output: SurveyRecorded },
  'surveys:list': { input: SurveyQuery, output: z.array(SurveyRow) },
  'surveys:followUp': { input: z.strictObject({ surveyId: Id, byId: Id }), output: Task },
  'surveys:requestSent': { input: SurveyRequestDraft, output: SurveyRequest },
  'satisfaction:trends': { input: TrendQuery, output: z.array(TrendSeries) },
  'health:client': { input: z.strictObject({ clientId: Id }), output: HealthReport },
  'health:list': { input: HealthQuery, output: z.array(HealthRow) },
  'dashboard:get': { input: DashboardQuery, output: Dashboard },
  'reviews:due': { input: ReviewDueQuery, output: z.array(ReviewDueRow) },
  'reviews:forClient': { input: z.strictObject({ clientId: Id }), output: z.array(Review) },
  'reviews:schedule': { input: ReviewSchedule, output: Review },
  'reviews:setAgenda': { input: ReviewAgendaUpdate, output: Review },
  'reviews:record': { input: ReviewRecord, output: Review },
  'reviews:cancel': { input: z.strictObject({ id: Id }), output: Review },
  /** An iCalendar (.ics) file of a scheduled review, a task with a due date, or a month of scheduled reviews, for the browser to download. */
  'calendar:file': { input: CalendarQuery, output: CalendarFile },
  /** Desktop only: that file saved where the user chooses (save dialog); null when cancelled. */
  'calendar:save': { input: CalendarQuery, output: z.strictObject({ savedTo: z.string().nullable() }) },
  'packets:data': { input: PacketQuery, output: PacketData },
  'packets:issue': { input: PacketQuery, output: IssuedPacket },
  'packets:list': { input: z.strictObject({ clientId: Id }), output: z.array(IssuedPacket) },
  /** The PDF of an issued packet, base64, for the browser to show or download. */
  'packets:read': { input: z.strictObject({ id: Id }), output: z.strictObject({ fileName: z.string(), base64: z.string() }) },
  /** Desktop only: a copy of an issued packet where the user chooses (save dialog); null when cancelled. */
  'packets:saveCopy': { input: z.strictObject({ id: Id }), output: z.strictObject({ savedTo: z.string().nullable() }) },
  /** Desktop only: the system print dialog for a packet. */
  'packets:print': { input: PacketQuery, output: z.strictObject({ printed: z.boolean() }) },
  'packets:batchStart': { input: PacketBatchStart, output: PacketBatchStatus },
  'packets:batchStatus': { input: z.strictObject({ id: Id }), output: PacketBatchStatus },
  'packets:batchCancel': { input: z.strictObject({ id: Id }), output: PacketBatchStatus },
  /** Where batches go unless the user chooses: a folder beside the data. */
  'packets:defaultFolder': { input: NoInput, output: z.strictObject({ folder: z.string() }) },
  /** Desktop only: a folder chosen in the system dialog; null when cancelled. */
  'desktop:chooseFolder': { input: NoInput, output: z.strictObject({ folder: z.string().nullable() }) },
  'desktop:chooseFile': { input: z.strictObject({ kind: DesktopFileKind }), output: z.strictObject({ file: z.string().nullable() }) },
  /** Desktop only: opens a file Clientbook wrote with the system's app for it (a batch: its folder). */
  'files:open': { input: WrittenFile, output: z.strictObject({ opened: z.literal(true) }) },
  /** Desktop only: shows a file Clientbook wrote, selected, in the system's file manager. */
  'files:showInFolder': { input: WrittenFile, output: z.strictObject({ shown: z.literal(true) }) },
  /** Desktop only: whether this computer updates Clientbook automatically, and whether its IT provider decides that. */
  'updates:setting': { input: NoInput, output: UpdatesSetting },
  /** Desktop only: turns automatic updates on or off for this computer; refused where the IT provider decides. */
  'updates:configure': { input: z.strictObject({ automatic: z.boolean() }), output: UpdatesSetting },
  'imports:suggest': { input: ImportSuggestQuery, output: z.array(ImportField.nullable()) },
  /** Reads and checks a file against the book without changing anything; kept in memory for `imports:commit`. */
  'imports:preview': { input: ImportPreviewInput, output: ImportPreview },
  /** Lands a previewed import as one change, after a backup; all or nothing. */
  'imports:commit': { input: ImportCommit, output: ImportRecord },
  'imports:list': { input: NoInput, output: z.array(ImportRecord) },
  /** Restores the backup taken before the import (itself undoable: the restore backs up first). */
  'imports:undo': { input: z.strictObject({ id: Id }), output: AppStatus },
  /** A whole-book JSON export read back into a book that has no clients yet. */
  'imports:book': { input: z.strictObject({ file: FolderPath }), output: ImportRecord },
  'exports:book': { input: BookExport, output: ExportResult },
  /** Everything held about one client, for a data request: JSON, CSVs and its issued packets. */
  'exports:client': { input: z.strictObject({ clientId: Id, folder: FolderPath }), output: ExportResult },
  'exports:defaultFolder': { input: NoInput, output: z.strictObject({ folder: z.string() }) },
  /** A fresh backup, verified, copied into a folder of the user's (a USB or network drive). */
  /** A fresh verified backup and a copy of the audit trail, both written into a folder of the user's. */
  'backups:copyTo': { input: z.strictObject({ folder: FolderPath }), output: z.strictObject({ file: z.string(), auditFile: z.string() }) },
  /** Restores a backup file from anywhere, verified first; the data before is backed up, so it can be undone. */
  'backups:restoreFile': { input: z.strictObject({ file: FolderPath }), output: AppStatus },
  /** Office book, admins: every team member's sign-in. */
  'access:list': { input: NoInput, output: z.array(MemberAccess) },
  /** Office book, admins: gives a team member a sign-in with a one-time password (shown once), as a member or an admin. */
  'access:give': { input: z.strictObject({ memberId: Id, admin: z.boolean() }), output: GivenAccess },
  /** Office book, admins: takes a team member's sign-in away, at once. */
  'access:revoke': { input: z.strictObject({ memberId: Id }), output: z.array(MemberAccess) },
  /** Which book this workstation opens (answered by the workstation, above the book): the saved office connection, never its password. */
  'office:connection': { input: NoInput, output: OfficeConnectionForm },
  /** Opens the office book with these sign-in details and makes it this workstation's book; the one open before is closed. */
  'office:connect': { input: OfficeConnect, output: AppStatus },
  /** Goes back to the book kept on this computer; the office connection (and any remembered password) is forgotten here. */
  'office:useLocalBook': { input: NoInput, output: AppStatus },
  /** Office book: replaces the signed-in person's password with one of their own (required after a one-time password). */
  'session:setPassword': { input: z.strictObject({ password: NewPassword }), output: AppStatus },
  /** Who is at this workstation (the "You are" choice): recorded with every change made from here; null for nobody. */
  'session:member': { input: z.strictObject({ memberId: Id.nullable() }), output: z.strictObject({ member: MemberRef.nullable() }) },
  /** Book on this computer: whether sign-in is required here, who is signed in, and who may sign in (never a password or hash). */
  'workstation:status': { input: NoInput, output: WorkstationStatus },
  /** Signs in, or unlocks, as a member with their password; a short growing wait after 5 wrong ones in a row. */
  'workstation:signIn': { input: WorkstationSignIn, output: WorkstationStatus },
  /** First sign-in of a member who has no password yet: sets it and signs them in. */
  'workstation:setFirstPassword': { input: WorkstationFirstPassword, output: WorkstationStatus },
  /** The person at this workstation sets or changes their own password. */
  'workstation:setPassword': { input: WorkstationSetPassword, output: WorkstationStatus },
  /** Requires sign-in here or stops requiring it, and the idle time; off or changed only with the signed-in member's password. */
  'workstation:configure': { input: WorkstationConfigure, output: WorkstationStatus },
  /** Clears a colleague's forgotten password, confirmed with your own; they choose a new one at their next sign-in. */
  'workstation:clearPassword': { input: WorkstationClearPassword, output: WorkstationStatus },
  /** Locks now (idle, or by hand): every other call is refused until someone signs in. */
  'workstation:lock': { input: NoInput, output: WorkstationStatus },
  /** The screen was used (sent at most once a minute): main locks by itself when these stop for longer than the idle time. */
  'workstation:activity': { input: NoInput, output: WorkstationStatus },
  /** After a damaged start: makes the recovered book (app:status `recovery`) the data; the damaged files stay in quarantine. */
  'recovery:accept': { input: NoInput, output: AppStatus },
  'settings:get': { input: NoInput, output: Settings },
  'settings:update': { input: SettingsUpdate, output: Settings },
  'views:list': { input: z.strictObject({ ownerId: Id }), output: z.array(SavedView) },
  'views:save': { input: SavedViewDraft, output: SavedView },
  'views:delete': { input: z.strictObject({ id: Id }), output: z.strictObject({ deleted: z.boolean() }) },
  /** The audit trail, newest first: one household's, or the whole firm's. */
  'audit:list': { input: ActivityQuery, output: ActivityPage },
  /** Reads the whole trail and checks its chain: finds an edited, removed or added entry. */
  'audit:verify': { input: NoInput, output: AuditVerdict },
  'backups:list': { input: NoInput, output: z.array(BackupInfo) },
  'backups:create': { input: NoInput, output: BackupInfo },
  'backups:restore': {
    input: z.strictObject({
      file: z
        .string()
        .regex(/^[A-Za-z0-9._-]+$/, 'must be a backup file name')
        .max(200),
    }),
    output: AppStatus,
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type In<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedIn<C extends Channel> = z.output<Contract[C]['input']>;
export type Out<C extends Channel> = z.output<Contract[C]['output']>;

/** Who is calling, as a transport knows it: the computer account the app runs under. */
export interface Ctx {
  actor: string;
}

/** Who makes a change, as it is recorded: the computer account, and the team member chosen at that workstation. */
export interface Actor {
  account: string;
  member: MemberRef | null;
}

/** What a transport calls: `dispatch` and the backend's outward handlers. */
export type TransportHandlers = { [C in Channel]: (input: ParsedIn<C>, ctx: Ctx) => Promise<Out<C>> };

/** Channels that choose which book this workstation opens, answered above the book (electron/backend/workstation.ts). */
export const bookSwitchChannels = ['office:connection', 'office:connect', 'office:useLocalBook'] as const;
export type BookSwitchChannel = (typeof bookSwitchChannels)[number];
/** Channels a book's backend answers. */
export type BookChannel = Exclude<Channel, BookSwitchChannel>;

/** The backend's handlers as transports call them (the workstation adds its own). */
export type BookTransportHandlers = { [C in BookChannel]: TransportHandlers[C] };

/** What services implement: the backend adds the chosen team member to the transport's account. */
export type Handlers = { [C in BookChannel]: (input: ParsedIn<C>, ctx: { actor: Actor }) => Promise<Out<C>> };

/** Events main pushes to the renderer. */
export interface Events {
  'data:changed': { collections: string[] };
  /** While the book is read in the background after the first screen: the share done, 0 to 1. */
  'book:opening': { done: number };
}
export type EventName = keyof Events;
/** Every event; `satisfies` makes adding one to `Events` a compile error here until it is listed, so both transports forward it. */
export const eventNames = Object.keys({ 'data:changed': true, 'book:opening': true } satisfies Record<EventName, true>) as EventName[];

export const channels = Object.keys(contract) as Channel[];
/** Every channel a book's backend answers (all but the workstation's own). */
export const bookChannels = channels.filter((name): name is BookChannel => !(bookSwitchChannels as readonly string[]).includes(name));

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/**
 * Each failed check by a catalogue key, so a screen words it in the reader's language: the rule the
 * schema states, else zod's own check as not valid; a key the input should not have is an issue of its own.
 * The English beside it is the schema's (or zod's), which names no value the person typed.
 */
function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((name) => fieldIssue([...issue.path, name].map(String).join('.'), message('rules.unknownField')));
    }
    return [{ path: issue.path.map(String).join('.'), message: issue.message, ...(ruleOf(issue.message) ?? message('rules.notValid')) }];
  });
}

export interface DispatchOptions {
  /** Called with unexpected (non-AppError) failures, for the log. */
  onInternalError?: (channel: string, error: unknown) => void;
  /**
   * Checks each answer against the channel's output schema, which the renderer trusts without
   * parsing. On by default where `CLIENTBOOK_CHECK_OUTPUTS` is `1` (the test runs set it); off in
   * the app, where parsing every answer (a whole clients list) would slow each call.
   */
  checkOutput?: boolean;
}

/** A handler answered outside its channel's output schema: a bug in the backend, answered as INTERNAL and logged. */
export class ContractBreachError extends Error {
  override readonly name = 'ContractBreachError';
  /** Read by the hosts' logs (describeError), which leave messages out. */
  readonly code = 'CONTRACT_BREACH';

  constructor(
    readonly channel: Channel,
    /** Where the answer is wrong; the values themselves are left out (they may be a client's details). */
    readonly paths: string[],
  ) {
    super(`${channel} answered outside its contract at ${paths.map((at) => at || '(the answer)').join(', ')}.`);
  }
}

/** Throws a ContractBreachError when `value` is outside `channel`'s output schema. */
export function checkAnswer(channel: Channel, value: unknown): void {
  const checked = contract[channel].output.safeParse(value);
  if (!checked.success)
    throw new ContractBreachError(
      channel,
      toIssues(checked.error).map((issue) => issue.path),
    );
}

/**
 * The single path from a transport to a handler, used by Electron IPC and the HTTP host alike:
 * rejects unknown channels, parses input strictly, runs the handler, checks its answer (where
 * `checkOutput` is on), and turns failures into a typed error envelope. Never throws.
 */
export async function dispatch(
  handlers: Partial<TransportHandlers>,
  channel: string,
  raw: unknown,
  ctx: Ctx,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  // A channel this transport does not serve (a book's backend alone has no workstation channels) is as unknown as any other.
  if (!isChannel(channel) || !Object.hasOwn(handlers, channel)) {
    return fail(new AppError('UNKNOWN_CHANNEL', message('dispatch.unknownChannel', { channel: String(channel).slice(0, 80) })).toShape());
  }
  const parsed = contract[channel].input.safeParse(raw);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    return fail(
      new AppError(
        'INVALID_INPUT',
        message('dispatch.invalidInput', { details: listIssues(issues, (issue) => issue.message) }),
        issues,
      ).toShape(),
    );
  }
  try {
    const handler = handlers[channel] as (input: unknown, ctx: Ctx) => Promise<unknown>;
    const value = await handler(parsed.data, ctx);
    if (options.checkOutput ?? outputsCheckedByDefault()) checkAnswer(channel, value);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return fail(error.toShape());
    options.onInternalError?.(channel, error);
    return fail(new AppError('INTERNAL', message('dispatch.unexpected')).toShape());
  }
}

function fail(error: AppErrorShape): Result<never> {
  return { ok: false, error };
}
