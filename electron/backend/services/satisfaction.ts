import type { Handlers, ParsedIn } from '../../../shared/contract';
import { periodsBack, rolling90, trendSeriesSteps, type TrendGroup } from '../../../shared/domain/satisfaction';
import { compareNames } from '../../../shared/domain/collation';
import { tiers, type Client, type TrendSeries } from '../../../shared/model';
import { atOnce, type Steps } from '../../../shared/steps';
import { today } from './checks';
import type { ServiceContext } from './context';

/**
 * The groups of a trend and the keys each client's answers count under. Answers count under the
 * client's current manager, tier and tags: a trend shows how today's books were felt about.
 */
function grouping(ctx: ServiceContext, groupBy: ParsedIn<'satisfaction:trends'>['groupBy'], clients: readonly Client[]) {
  const { settings } = ctx.store;
  const keysOf = (client: Client): readonly string[] =>
    groupBy === 'firm' ? ['firm'] : groupBy === 'manager' ? [client.primaryManagerId] : groupBy === 'tier' ? [client.tier] : client.tags;
  let groups: TrendGroup[];
  if (groupBy === 'firm') {
    groups = [{ key: 'firm', label: settings.firmName || 'Whole firm' }];
  } else if (groupBy === 'tier') {
    groups = tiers.map((tier) => ({ key: tier, label: settings.tierNames[tier] }));
  } else {
    const keys = new Set(clients.flatMap(keysOf));
    const byName = compareNames(settings.locale);
    const labelOf = (key: string) => (groupBy === 'manager' ? (ctx.store.get('teamMembers', key)?.name ?? 'Former colleague') : key);
    groups = [...keys].map((key) => ({ key, label: labelOf(key) })).sort((a, b) => byName(a.label, b.label));
  }
  return { groups, keysByClient: new Map(clients.map((client) => [client.id, keysOf(client)])) };
}

/** Trend series of NPS, CSAT and response rate, for the firm or one manager's book. */
export function satisfactionTrends(ctx: ServiceContext, query: ParsedIn<'satisfaction:trends'>): TrendSeries[] {
  return atOnce(satisfactionTrendSteps(ctx, query));
}

/** `satisfactionTrends` in steps, one per survey and survey request: the dashboard paces them. */
export function* satisfactionTrendSteps(ctx: ServiceContext, query: ParsedIn<'satisfaction:trends'>): Steps<TrendSeries[]> {
  const { store } = ctx;
  const clients = query.managerId === undefined ? [...store.all('clients')] : store.byIndex('clients', 'primaryManagerId', query.managerId);
  const { groups, keysByClient } = grouping(ctx, query.groupBy, clients);
  const day = today(ctx);
  return yield* trendSeriesSteps({
    surveys: store.all('surveys'),
    requests: store.all('surveyRequests'),
    groups,
    groupsOf: (clientId) => keysByClient.get(clientId) ?? [],
    periods: periodsBack(day, query.period, query.months),
    rolling: rolling90(day),
  });
}

export function satisfactionHandlers(ctx: ServiceContext): Pick<Handlers, 'satisfaction:trends'> {
  return { 'satisfaction:trends': async (query) => satisfactionTrends(ctx, query) };
}
