import type { ParsedIn } from '../../../shared/contract';
import { zonedDayOf } from '../../../shared/domain/local-day';
import { addDays } from '../../../shared/domain/recurrence';
import { signsByDefault } from '../../../shared/domain/signers';
import { addMonths, lastHeldReviewOn, lastReviewOn, nextReviewOn } from '../../../shared/domain/review-cadence';
import { holdingTotals, openOn, valuationOn } from '../../../shared/domain/totals';
import { compareNames } from '../../../shared/domain/collation';
import {
  openRequestStatuses,
  type Client,
  type Holding,
  type Interaction,
  type Money,
  type PacketData,
  type Person,
  type RequestStatus,
  type Review,
  type ServiceRequest,
  type Task,
} from '../../../shared/model';
import type { BookReader } from '../store';
import { invalid, requireClient, today } from './checks';
import type { ServiceContext } from './context';
import { meetingOn } from './reviews';
import { isTaskOpen } from './tasks';
import { message } from '../../../shared/messages';

export type PacketRequest = ParsedIn<'packets:data'>;

/** What a packet is of, once checked: the client, the review it is for (if any), and whether it shows health. */
export interface PacketSubject {
  client: Client;
  review: Review | null;
  showHealth: boolean;
}

/** The people chosen to sign must be the household's own. */
function checkSigners(ctx: ServiceContext, client: Client, signerIds: readonly string[] | undefined): void {
  signerIds?.forEach((id, index) => {
    if (ctx.store.get('people', id)?.clientId !== client.id) {
      throw invalid(message('refused.signerFromHousehold', { name: client.name }), `signerIds.${index}`, message('issues.notOfHousehold'));
    }
  });
}

/**
 * The names on the client's signature lines: the people chosen, else those who sign by default
 * (the adults who are parties to the relationship), else the client's own name when none are recorded.
 */
function signersOf(client: Client, people: readonly Person[], asOf: string, signerIds: readonly string[] | undefined): string[] {
  if (signerIds !== undefined) {
    const chosen = new Set(signerIds);
    return people.filter((person) => chosen.has(person.id)).map((person) => person.name);
  }
  const parties = people.filter((person) => signsByDefault(person, asOf)).map((person) => person.name);
  return parties.length > 0 ? parties : [client.name];
}

/** A packet shows what was known by its day, so that day cannot be still to come. */
export function checkPacketDay(ctx: ServiceContext, asOf: string): void {
  if (asOf > today(ctx)) {
    throw invalid(message('refused.packetInFuture'), 'asOf', message('issues.inFuture'));
  }
}

/** The checks every packet channel makes before anything is computed or rendered. */
export function packetSubject(ctx: ServiceContext, query: PacketRequest): PacketSubject {
  const client = requireClient(ctx, query.clientId, 'clientId');
  checkPacketDay(ctx, query.asOf);
  const review = query.reviewId === null ? null : (ctx.store.get('reviews', query.reviewId) ?? null);
  if (query.reviewId !== null && review?.clientId !== client.id) {
    throw invalid(message('refused.reviewOfHousehold', { name: client.name }), 'reviewId', message('issues.notReviewOfHousehold'));
  }
  if (review?.status === 'cancelled') {
    throw invalid(message('refused.packetReviewCancelled'), 'reviewId', message('issues.cancelled'));
  }
  checkSigners(ctx, client, query.signerIds);
  return { client, review, showHealth: query.showHealth ?? ctx.store.settings.packets.showHealth };
}

/** "••6789": only the last four characters of an account number ever leave main. */
function accountEnding(accountNumber: string | null): string | null {
  const compact = accountNumber?.replace(/[\s-]/g, '') ?? '';
  return compact === '' ? null : `••${compact.slice(-4)}`;
}

const finishedStatuses = new Set<RequestStatus>(['resolved', 'closed']);
const openStatuses = new Set<RequestStatus>(openRequestStatuses);

/**
 * A request as it stood at the end of `day`, from its history: its status then, and the day it
 * was resolved if it was resolved then (the first day of its last resolved or closed stretch).
 * Null when it had not been received yet.
 */
function requestOn(
  request: ServiceRequest,
  day: string,
  dayOf: (instant: string) => string,
): { status: RequestStatus; resolvedOn: string | null } | null {
  let status: RequestStatus | null = null;
  let resolvedOn: string | null = null;
  for (const event of request.history) {
    const on = dayOf(event.at);
    if (on > day) break;
    if (event.status === null) continue;
    status = event.status;
    if (openStatuses.has(status)) resolvedOn = null;
    else if (finishedStatuses.has(status)) resolvedOn ??= on;
  }
  return status === null ? null : { status, resolvedOn };
}

/** Latest day first. */
const byDayDescending = (a: { on: string }, b: { on: string }) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0);

/** Earliest due first, undated last. */
const byDueDay = (a: { dueOn: string | null }, b: { dueOn: string | null }) =>
  a.dueOn === b.dueOn ? 0 : a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;

/** What a packet section needs to turn records into lines: the day, the period since the last review, names. */
interface Section {
  store: BookReader;
  clientId: string;
  asOf: string;
  /** The day of an instant in the firm's time zone, which the as-of day and the period are counted in. */
  dayOf: (instant: string) => string;
  /** Whether a day falls after the last review and by the as-of day. */
  inPeriod: (day: string) => boolean;
  memberName: (id: string) => string;
}

/** The holdings open on the as-of day with their values then and at the last review, their totals and mix. */
function holdingsSection(
  { store, clientId, asOf }: Section,
  lastReview: string | null,
  currency: string,
): Pick<PacketData, 'holdings' | 'totals' | 'mix'> {
  const records = store.byIndex('holdings', 'clientId', clientId);
  const holdings = records
    .filter((holding) => openOn(holding, asOf))
    .map((holding) => {
      const current = valuationOn(holding.valueHistory, asOf);
      return {
        id: holding.id,
        name: holding.name,
        kind: holding.kind,
        provider: holding.provider,
        accountEnding: accountEnding(holding.accountNumber),
        value: current?.value ?? null,
        valuedOn: current?.on ?? null,
        annualFee: holding.annualFee,
        valueAtLastReview: valuationOn(holding.valueHistory, lastReview)?.value ?? null,
      };
    })
    .sort((a, b) => (b.value?.amountMinor ?? -1) - (a.value?.amountMinor ?? -1) || compareNames(store.settings.locale)(a.name, b.name));
  // Amounts in another currency cannot be added without exchange rates: listed, not counted.
  const inCurrency = (money: Money | null) => (money?.currency === currency ? money.amountMinor : 0);
  const total = (amounts: number[]): Money => ({ amountMinor: amounts.reduce((sum, amount) => sum + amount, 0), currency });
  const byKind = new Map<Holding['kind'], number>();
  for (const holding of holdings) byKind.set(holding.kind, (byKind.get(holding.kind) ?? 0) + inCurrency(holding.value));
  const known = holdings.filter((holding) => holding.valueAtLastReview !== null);
  // Counted as the client page and the dashboard count them, on the packet's day.
  const { assets, annualRevenue } = holdingTotals(records, currency, asOf);
  return {
    holdings,
    totals: {
      value: assets,
      annualFees: annualRevenue,
      valueAtLastReview: known.length === 0 ? null : total(known.map((holding) => inCurrency(holding.valueAtLastReview))),
    },
    mix: [...byKind]
      .filter(([, amountMinor]) => amountMinor > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, amountMinor]) => ({ kind, value: { amountMinor, currency } })),
  };
}

/** Contact, requests and finished work since the last review, latest first. */
function sinceSection(
  { store, clientId, asOf, dayOf, inPeriod, memberName }: Section,
  interactions: readonly Interaction[],
): PacketData['since'] {
  const requestsOpened: PacketData['since']['requestsOpened'] = [];
  const requestsResolved: PacketData['since']['requestsResolved'] = [];
  for (const request of store.byIndex('requests', 'clientId', clientId)) {
    const then = requestOn(request, asOf, dayOf);
    if (then === null) continue;
    const receivedOn = dayOf(request.receivedAt);
    if (inPeriod(receivedOn)) {
      requestsOpened.push({ on: receivedOn, type: request.type, summary: request.description, status: then.status });
    }
    if (then.resolvedOn !== null && inPeriod(then.resolvedOn)) {
      requestsResolved.push({ on: then.resolvedOn, type: request.type, summary: request.description });
    }
  }
  return {
    interactions: interactions
      // Notes are the firm's own record, not contact with the client: they stay out of the client's packet.
      .filter((interaction) => interaction.kind !== 'note' && inPeriod(dayOf(interaction.at)))
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
      .map((interaction) => ({
        on: dayOf(interaction.at),
        kind: interaction.kind,
        summary: interaction.summary,
        byName: memberName(interaction.staffId),
      })),
    requestsOpened: requestsOpened.sort(byDayDescending),
    requestsResolved: requestsResolved.sort(byDayDescending),
    tasksCompleted: store
      .byIndex('tasks', 'clientId', clientId)
      .flatMap((task) =>
        task.status === 'done' && task.completedAt !== null && inPeriod(dayOf(task.completedAt))
          ? [{ on: dayOf(task.completedAt), title: task.title, byName: memberName(task.assigneeId) }]
          : [],
      )
      .sort(byDayDescending),
  };
}

/**
 * Whether a task is work the client should see: ticked "show in packet", or, on a task from before
 * the tick existed, made from a review decision. Internal follow-ups (a low score, paperwork) never are.
 */
function showsInPacket(task: Task, decisionTaskIds: ReadonlySet<string>): boolean {
  return task.showInPacket ?? decisionTaskIds.has(task.id);
}

/**
 * The client's open tasks marked for the client (made by the as-of day) and the decisions of
 * `decided` that did not become tasks, by due day.
 */
function actionItemsSection(
  { store, clientId, asOf, dayOf, memberName }: Section,
  reviews: readonly Review[],
  decided: Review | undefined,
): PacketData['actionItems'] {
  const decisionTaskIds = new Set(reviews.flatMap((review) => review.decisions.flatMap((decision) => decision.taskId ?? [])));
  const tasks = store
    .byIndex('tasks', 'clientId', clientId)
    .filter((task) => isTaskOpen(task) && dayOf(task.createdAt) <= asOf && showsInPacket(task, decisionTaskIds))
    .map((task) => ({ text: task.title, ownerName: memberName(task.assigneeId), dueOn: task.dueOn, source: 'task' as const }));
  const decisions = (decided?.decisions ?? [])
    .filter((decision) => decision.taskId === null)
    .map((decision) => ({
      text: decision.text,
      ownerName: decision.ownerId === null ? '' : memberName(decision.ownerId),
      dueOn: decision.dueOn,
      source: 'decision' as const,
    }));
  return [...tasks, ...decisions].sort(byDueDay);
}

/**
 * Everything one review packet prints, as known at the end of the firm's day `asOf`. "Since the
 * last review" runs from the day after the last review before `asOf` (the last 12 months when
 * there was none) to `asOf`. Money totals are in the firm's currency.
 */
export function packetData(ctx: ServiceContext, query: PacketRequest): PacketData {
  const { client, review, showHealth } = packetSubject(ctx, query);
  const { store } = ctx;
  const { settings } = store;
  const { asOf } = query;
  const reviews = store.byIndex('reviews', 'clientId', client.id);
  const interactions = store.byIndex('interactions', 'clientId', client.id);
  const lastReview = lastReviewOn(reviews, interactions, settings.timeZone, addDays(asOf, -1));
  const sinceDay = lastReview ?? addMonths(asOf, -12);
  const section: Section = {
    store,
    clientId: client.id,
    asOf,
    dayOf: (instant) => zonedDayOf(instant, settings.timeZone),
    inPeriod: (day) => day > sinceDay && day <= asOf,
    memberName: (id) => store.get('teamMembers', id)?.name ?? 'Former colleague',
  };
  const people = store
    .byIndex('people', 'clientId', client.id)
    .sort((a, b) => Number(b.isPrimaryContact) - Number(a.isPrimaryContact) || compareNames(store.settings.locale)(a.name, b.name));
  const manager = store.get('teamMembers', client.primaryManagerId);
  // The decisions still to act on: those of this packet's review, else of the last one held by its day.
  const lastHeld = lastHeldReviewOn(reviews, asOf);
  const decided = review ?? reviews.find((candidate) => candidate.status === 'held' && candidate.heldOn === lastHeld);

  return {
    asOf,
    firm: {
      name: settings.firmName,
      logo: settings.packets.logo,
      paper: settings.packets.paper,
      disclosure: settings.packets.disclosure,
      currency: settings.currency,
      locale: settings.locale,
    },
    client: {
      id: client.id,
      name: client.name,
      type: client.type,
      tier: client.tier,
      tierName: settings.tierNames[client.tier],
      clientSince: client.clientSince,
      address: client.address,
    },
    preparedFor: people.filter((person) => signsByDefault(person, asOf)).map((person) => person.name),
    signers: signersOf(client, people, asOf, query.signerIds),
    review: review && { id: review.id, meetingOn: meetingOn(review), agenda: review.agenda },
    agenda: review?.agenda ?? settings.packets.agendaTemplate,
    manager: { name: manager?.name ?? 'Former colleague', email: manager?.email ?? null, phone: null },
    serviceTeam: client.serviceTeamIds.flatMap((id) => {
      const member = store.get('teamMembers', id);
      return member ? [{ name: member.name, role: member.role }] : [];
    }),
    people: people.map(({ name, relationship, email, phone, dateOfBirth }) => ({ name, relationship, email, phone, dateOfBirth })),
    ...holdingsSection(section, lastReview, settings.currency),
    lastReviewOn: lastReview,
    since: sinceSection(section, interactions),
    satisfaction: {
      responses: store
        .byIndex('surveys', 'clientId', client.id)
        .filter((survey) => survey.on <= asOf)
        .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
        .map(({ on, nps, csat }) => ({ on, nps, csat })),
      health: showHealth ? ctx.health.reportAsOf(client, asOf) : null,
    },
    actionItems: actionItemsSection(section, reviews, decided),
    // A packet is handed over at a meeting: its own review's, else one on the packet's day. The
    // next review counts from that meeting, so an overdue client is never given a date already past.
    nextReviewOn: nextReviewOn(client, review ? meetingOn(review) : asOf, settings),
  };
}
