import type { Handlers } from '../../../shared/contract';
import { addMonths, becameClientOn, reviewDueBucket } from '../../../shared/domain/review-cadence';
import { addTotals, zeroTotals } from '../../../shared/domain/totals';
import { compareNames } from '../../../shared/domain/collation';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { Client, Dashboard, LostClient, RetentionYear } from '../../../shared/model';
import { atOnce, type Steps } from '../../../shared/steps';
import { Pacer } from '../store/pacer';
import { today } from './checks';
import type { ServiceContext } from './context';
import { healthOrder, healthRowSteps, inBook } from './health';
import { satisfactionTrendSteps } from './satisfaction';
import { countWorkSteps, workloadSteps } from './tasks';

const atRiskShown = 10;
const retentionYears = 5;

/**
 * For each of the last five calendar years: the clients at its start (became clients before
 * 1 January and had not left by then), how many of those left during it, and the share that stayed.
 * A client entered without a client-since date became one on the firm's day (in `timeZone`) it was entered.
 */
export function retentionByYear(clients: readonly Client[], day: string, timeZone: string): RetentionYear[] {
  return atOnce(retentionSteps(clients, day, timeZone));
}

/** `retentionByYear` in steps, one per client and year. */
function* retentionSteps(clients: readonly Client[], day: string, timeZone: string): Steps<RetentionYear[]> {
  const thisYear = Number(day.slice(0, 4));
  const years: RetentionYear[] = [];
  for (let year = thisYear - retentionYears + 1; year <= thisYear; year++) {
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    let atStart = 0;
    let lost = 0;
    for (const client of clients) {
      yield;
      if (client.status === 'prospect' || becameClientOn(client, timeZone) >= start) continue;
      if (client.departure && client.departure.on < start) continue;
      atStart += 1;
      if (client.departure && client.departure.on <= end) lost += 1;
    }
    years.push({ year, atStart, lost, rate: atStart === 0 ? null : ((atStart - lost) / atStart) * 100 });
  }
  return years;
}

/** Former clients who left in the 12 months up to `day`, newest first. */
function lostClients(ctx: ServiceContext, clients: readonly Client[], day: string): LostClient[] {
  const since = addMonths(day, -12);
  return clients
    .filter(
      (client) => client.status === 'former' && client.departure !== null && client.departure.on > since && client.departure.on <= day,
    )
    .map((client) => ({
      clientId: client.id,
      clientName: client.name,
      managerName: ctx.store.get('teamMembers', client.primaryManagerId)?.name ?? 'Former colleague',
      on: client.departure!.on,
      reason: client.departure!.reason,
      detail: client.departure!.detail,
      assetsLeft: client.departure!.assetsLeft,
    }))
    .sort((a, b) => (a.on !== b.on ? (a.on < b.on ? 1 : -1) : compareNames(ctx.store.settings.locale)(a.clientName, b.clientName)));
}

/** The dashboard of `managerId`'s book (null: the firm's), in steps: one per client, task, request and survey on L's scale. */
function* dashboardSteps(ctx: ServiceContext, managerId: string | null): Steps<Dashboard> {
  const { store } = ctx;
  const day = today(ctx);
  const { currency } = store.settings;
  const facts = ctx.clientFacts.all().filter((fact) => managerId === null || fact.client.primaryManagerId === managerId);
  const clients = facts.map((fact) => fact.client);

  // The book as the team screen counts it: everyone not archived and not former.
  const book = { households: 0, ...zeroTotals(currency) };
  let reviewsDueThisMonth = 0;
  let reviewsOverdue = 0;
  for (const { client, totals, row } of facts) {
    yield;
    if (client.archived || client.status === 'former') continue;
    book.households += 1;
    addTotals(book, totals);
    if (!inBook(client) || row.nextReviewOn === null) continue;
    const bucket = reviewDueBucket(row.nextReviewOn, day);
    if (bucket === 'overdue') reviewsOverdue += 1;
    else if (bucket === 'this_month') reviewsDueThisMonth += 1;
  }

  const health = yield* healthRowSteps(ctx, managerId);
  const atRisk = health.filter((row) => row.report.atRisk).sort(healthOrder(ctx.store.settings.locale));
  const bands = { green: 0, amber: 0, red: 0 };
  for (const row of health) bands[row.report.band] += 1;
  yield;

  const [satisfaction] = yield* satisfactionTrendSteps(ctx, {
    period: 'month',
    months: 12,
    groupBy: 'firm',
    ...(managerId === null ? {} : { managerId }),
  });

  // The firm's work is everyone's: every task and request, counted once.
  const { overdue, dueToday, openRequests, overdueRequests } =
    managerId === null ? yield* countWorkSteps(ctx, store.all('tasks'), store.all('requests')) : yield* workloadSteps(ctx, managerId);

  const lost = lostClients(ctx, clients, day);
  const assetsLost = zeroTotals(currency).assets;
  for (const client of lost) if (client.assetsLeft.currency === currency) assetsLost.amountMinor += client.assetsLeft.amountMinor;
  yield;

  return {
    today: day,
    book,
    atRisk: atRisk.slice(0, atRiskShown),
    atRiskCount: atRisk.length,
    bands,
    satisfaction: satisfaction!.points,
    satisfactionRolling90: satisfaction!.rolling90,
    work: { overdue, dueToday, openRequests, overdueRequests },
    reviewsDueThisMonth,
    reviewsOverdue,
    lost,
    assetsLost,
    retention: yield* retentionSteps(clients, day, store.settings.timeZone),
  };
}

/**
 * `dashboard:get`, in the slices of `pacer` (the first-screen file's, which stops it), else of a
 * pacer of its own per call: on the L book (50,000 households) it is about 0.3–1 s of work, and
 * the first call of a day also makes every health report (about 13 s).
 */
export function dashboardHandlers(ctx: ServiceContext, pacer?: Pacer): Pick<Handlers, 'dashboard:get'> {
  const { store } = ctx;
  // Computed on every call from the cached client facts and health reports (about 25 ms for 5,000
  // households): a kept answer would go stale as tasks and requests turn overdue with the clock.
  return {
    'dashboard:get': async ({ managerId }) => {
      if (managerId !== null && !store.get('teamMembers', managerId)) {
        throw new AppError('NOT_FOUND', message('gone.teamMember'), [fieldIssue('managerId', message('issues.unknownTeamMember'))]);
      }
      const slices = pacer ?? new Pacer();
      await ctx.clientFacts.warm(slices);
      return slices.run(dashboardSteps(ctx, managerId));
    },
  };
}
