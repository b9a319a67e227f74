import type { Handlers } from '../../../shared/contract';
import { healthReport, type HealthInputs } from '../../../shared/domain/health';
import { zonedDayStartMs } from '../../../shared/domain/local-day';
import { addDays } from '../../../shared/domain/recurrence';
import { compareNames } from '../../../shared/domain/collation';
import type { Client, HealthReport, HealthRow } from '../../../shared/model';
import { atOnce, type Steps } from '../../../shared/steps';
import type { BookStore } from '../store';
import { requireClient, today } from './checks';
import type { ServiceContext } from './context';

/** Collections (and the settings singleton) that a health score is computed from. */
const sources = new Set(['clients', 'surveys', 'interactions', 'holdings', 'requests', 'reviews', 'settings']);

/** The households a book's health covers: current clients, not archived. */
export function inBook(client: Client): boolean {
  return client.status === 'active' && !client.archived;
}

function inputsOf(store: BookStore, client: Client): HealthInputs {
  const contacts: string[] = [];
  const meetings: string[] = [];
  for (const interaction of store.byIndex('interactions', 'clientId', client.id)) {
    // Notes record decisions about the client (the app writes some), not contact with them.
    if (interaction.kind === 'note') continue;
    contacts.push(interaction.at);
    if (interaction.kind === 'meeting') meetings.push(interaction.at);
  }
  if (client.lastContactAt !== null) contacts.push(client.lastContactAt);
  return {
    client,
    surveys: store.byIndex('surveys', 'clientId', client.id),
    contacts,
    meetings,
    reviews: store.byIndex('reviews', 'clientId', client.id),
    requests: store.byIndex('requests', 'clientId', client.id),
    holdings: store.byIndex('holdings', 'clientId', client.id),
  };
}

/**
 * Health reports, computed for a client when first asked for and kept until a change touches one
 * of their sources or the day changes: the score recomputes whenever an input changes, while the
 * dashboard, asked for again and again, reads finished reports.
 */
export class HealthCache {
  private reports = new Map<string, HealthReport>();
  private day = '';

  constructor(private readonly ctx: Pick<ServiceContext, 'store' | 'now'>) {
    ctx.store.onChange((collections) => {
      if (collections.some((name) => sources.has(name))) this.reports.clear();
    });
  }

  report(client: Client): HealthReport {
    const day = today(this.ctx);
    if (day !== this.day) {
      this.reports.clear();
      this.day = day;
    }
    let report = this.reports.get(client.id);
    if (!report) {
      const { store } = this.ctx;
      report = healthReport(inputsOf(store, client), store.settings, { day, at: this.ctx.now().toISOString() });
      this.reports.set(client.id, report);
    }
    return report;
  }

  /**
   * The report as of the end of the firm's day `day`: today's comes from the cache; another day's
   * (a packet dated in the past) is computed from only what was known by then, and not kept.
   */
  reportAsOf(client: Client, day: string): HealthReport {
    if (day === today(this.ctx)) return this.report(client);
    const at = new Date(zonedDayStartMs(addDays(day, 1), this.ctx.store.settings.timeZone) - 1).toISOString();
    return healthReport(inputsOf(this.ctx.store, client), this.ctx.store.settings, { day, at });
  }

  /** Drops every report: the next request recomputes them all (what the benchmark measures). */
  clear(): void {
    this.reports.clear();
  }
}

/** Worst first: lowest score, then the steepest fall, then by name in the firm's order. */
export function healthOrder(locale: string): (a: HealthRow, b: HealthRow) => number {
  const byName = compareNames(locale);
  return (a, b) => {
    const fallA = (a.report.previousScore ?? a.report.score) - a.report.score;
    const fallB = (b.report.previousScore ?? b.report.score) - b.report.score;
    return a.report.score - b.report.score || fallB - fallA || byName(a.clientName, b.clientName);
  };
}

/** The health rows of the households in one manager's book, or the firm's when `managerId` is null; unsorted. */
export function healthRows(ctx: ServiceContext, managerId: string | null): HealthRow[] {
  return atOnce(healthRowSteps(ctx, managerId));
}

/** `healthRows` in steps, one per client: a report not yet in the cache is computed at its step. */
export function* healthRowSteps(ctx: ServiceContext, managerId: string | null): Steps<HealthRow[]> {
  const managerNames = new Map([...ctx.store.all('teamMembers')].map((member) => [member.id, member.name]));
  const rows: HealthRow[] = [];
  for (const { client, totals } of ctx.clientFacts.all()) {
    yield;
    if (!inBook(client) || (managerId !== null && client.primaryManagerId !== managerId)) continue;
    rows.push({
      report: ctx.health.report(client),
      clientName: client.name,
      managerId: client.primaryManagerId,
      managerName: managerNames.get(client.primaryManagerId) ?? 'Former colleague',
      tier: client.tier,
      assets: totals.assets,
    });
  }
  return rows;
}

export function healthHandlers(ctx: ServiceContext): Pick<Handlers, 'health:client' | 'health:list'> {
  return {
    'health:client': async ({ clientId }) => ctx.health.report(requireClient(ctx, clientId, 'clientId')),

    'health:list': async ({ managerId, band, atRisk, limit }) =>
      healthRows(ctx, managerId ?? null)
        .filter((row) => (band === undefined || row.report.band === band) && (atRisk === undefined || row.report.atRisk === atRisk))
        .sort(healthOrder(ctx.store.settings.locale))
        .slice(0, limit),
  };
}
