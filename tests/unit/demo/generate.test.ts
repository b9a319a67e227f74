import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateBook, scaleSizes } from '../../../electron/backend/demo/generate';
import { recordSchemas, type Book, type CollectionName } from '../../../electron/backend/store/book';
import { nextReviewOn } from '../../../shared/domain/review-cadence';
import { defaultSettings, Settings } from '../../../shared/model';

const today = '2026-03-31';
const demo = generateBook({ scale: 'demo', today });
const small = generateBook({ scale: 'S', today, seed: 42 });

/** Workflow templates are the four defaults, with fixed ids that name them. */
const prefixes: Record<Exclude<CollectionName, 'workflowTemplates'>, string> = {
  teamMembers: 'tm_',
  clients: 'cl_',
  people: 'pe_',
  holdings: 'ho_',
  interactions: 'in_',
  tasks: 'ta_',
  surveys: 'su_',
  surveyRequests: 'sq_',
  savedViews: 'sv_',
  requests: 'rq_',
  workflowRuns: 'wr_',
  reviews: 'rv_',
  issuedPackets: 'pk_',
  imports: 'im_',
};

/** Records grouped by a key, for per-client checks. */
function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    const group = groups.get(k);
    if (group) group.push(record);
    else groups.set(k, [record]);
  }
  return groups;
}

describe('generateBook determinism', () => {
  it('gives byte-identical books for the same options', () => {
    const a = generateBook({ scale: 'demo', today, seed: 7 });
    const b = generateBook({ scale: 'demo', today, seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives a different book for a different seed or day', () => {
    const base = JSON.stringify(generateBook({ scale: 'demo', today, seed: 7 }));
    expect(JSON.stringify(generateBook({ scale: 'demo', today, seed: 8 }))).not.toBe(base);
    expect(JSON.stringify(generateBook({ scale: 'demo', today: '2026-04-01', seed: 7 }))).not.toBe(base);
  });

  it('refuses a malformed day or seed with a clear message', () => {
    expect(() => generateBook({ scale: 'demo', today: '2026-02-30' })).toThrow(/real date/);
    expect(() => generateBook({ scale: 'demo', today, seed: 1.5 })).toThrow(/whole number/);
  });
});

describe.each([
  ['demo', demo],
  ['S', small],
] as const)('the %s book', (_scale, book: Book) => {
  it('passes the model schemas, record by record', () => {
    for (const [name, schema] of Object.entries(recordSchemas) as [CollectionName, z.ZodType][]) {
      for (const record of book[name]) {
        const result = schema.safeParse(record);
        if (!result.success) throw new Error(`${name} ${JSON.stringify(record)}: ${result.error.message}`);
      }
    }
    expect(Settings.parse(book.settings)).toEqual({ ...defaultSettings, firmName: 'Harbor & Vine Advisory' });
    expect(book.meta).toEqual({ initializedAt: `${today}T09:00:00.000Z`, origin: 'demo' });
  });

  it('uses unique, prefixed, zero-padded ids', () => {
    for (const [name, prefix] of Object.entries(prefixes) as [Exclude<CollectionName, 'workflowTemplates'>, string][]) {
      const ids = book[name].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${prefix}\\d{4,}$`));
    }
  });

  it('only refers to records that exist', () => {
    const staff = new Set(book.teamMembers.map((m) => m.id));
    const clients = new Set(book.clients.map((c) => c.id));
    const personClient = new Map(book.people.map((p) => [p.id, p.clientId]));
    for (const c of book.clients) expect(staff.has(c.primaryManagerId), c.id).toBe(true);
    for (const p of book.people) expect(clients.has(p.clientId), p.id).toBe(true);
    for (const h of book.holdings) {
      expect(clients.has(h.clientId), h.id).toBe(true);
      if (h.soldById !== null) expect(staff.has(h.soldById), h.id).toBe(true);
    }
    for (const i of book.interactions) {
      expect(clients.has(i.clientId), i.id).toBe(true);
      expect(staff.has(i.staffId), i.id).toBe(true);
      for (const personId of i.personIds) expect(personClient.get(personId), i.id).toBe(i.clientId);
    }
    for (const t of book.tasks) {
      if (t.clientId !== null) expect(clients.has(t.clientId), t.id).toBe(true);
      for (const who of [t.assigneeId, t.createdById, t.completedById]) if (who !== null) expect(staff.has(who), t.id).toBe(true);
    }
    const requests = new Set(book.requests.map((r) => r.id));
    const runs = new Map(book.workflowRuns.map((r) => [r.id, r]));
    for (const t of book.tasks) {
      if (t.requestId !== null) expect(requests.has(t.requestId), t.id).toBe(true);
      if (t.workflowRunId !== null) expect(runs.get(t.workflowRunId)!.taskIds, t.id).toContain(t.id);
    }
    for (const r of book.requests) {
      expect(clients.has(r.clientId), r.id).toBe(true);
      for (const e of r.history) for (const who of [e.byId, e.fromId, e.toId]) if (who !== null) expect(staff.has(who), r.id).toBe(true);
    }
    for (const s of book.surveys) {
      expect(clients.has(s.clientId), s.id).toBe(true);
      expect(staff.has(s.recordedById), s.id).toBe(true);
      if (s.personId !== null) expect(personClient.get(s.personId), s.id).toBe(s.clientId);
    }
    for (const r of book.reviews) {
      expect(clients.has(r.clientId), r.id).toBe(true);
      expect(staff.has(r.managerId), r.id).toBe(true);
      for (const d of r.decisions) if (d.ownerId !== null) expect(staff.has(d.ownerId), r.id).toBe(true);
    }
  });

  it('gives every client 1–4 people with exactly one primary contact, and 1–5 holdings', () => {
    const people = groupBy(book.people, (p) => p.clientId);
    const holdings = groupBy(book.holdings, (h) => h.clientId);
    for (const client of book.clients) {
      const members = people.get(client.id) ?? [];
      expect(members.length, client.id).toBeGreaterThanOrEqual(1);
      expect(members.length, client.id).toBeLessThanOrEqual(4);
      expect(
        members.filter((p) => p.isPrimaryContact),
        client.id,
      ).toHaveLength(1);
      const products = holdings.get(client.id) ?? [];
      expect(products.length, client.id).toBeGreaterThanOrEqual(1);
      expect(products.length, client.id).toBeLessThanOrEqual(5);
    }
  });

  it("sets each client's lastContactAt to its newest interaction", () => {
    const newest = new Map<string, string>();
    for (const i of book.interactions) {
      const seen = newest.get(i.clientId);
      if (seen === undefined || i.at > seen) newest.set(i.clientId, i.at);
    }
    for (const client of book.clients) expect(client.lastContactAt, client.id).toBe(newest.get(client.id) ?? null);
  });

  it('keeps history within the two years before today and never in the future', () => {
    const startOfToday = `${today}T00:00:00.000Z`;
    const twoYearsAgo = '2024-03-31';
    for (const i of book.interactions) {
      expect(i.at < startOfToday, i.id).toBe(true);
      expect(i.at >= twoYearsAgo, i.id).toBe(true);
    }
    for (const s of book.surveys) {
      expect(s.on < today, s.id).toBe(true);
      expect(s.on >= twoYearsAgo, s.id).toBe(true);
    }
    for (const t of book.tasks) {
      expect(t.createdAt < startOfToday, t.id).toBe(true);
      if (t.completedAt !== null) expect(t.completedAt >= t.createdAt && t.completedAt < startOfToday, t.id).toBe(true);
      expect(t.updatedAt >= t.createdAt && t.updatedAt < startOfToday, t.id).toBe(true);
    }
    for (const r of book.requests) {
      const times = r.history.map((e) => e.at);
      expect(times, r.id).toEqual([...times].sort());
      expect(times[0], r.id).toBe(r.receivedAt);
      expect(r.updatedAt, r.id).toBe(times.at(-1));
      expect(r.updatedAt < startOfToday, r.id).toBe(true);
    }
  });

  it('fills the client book fields the way a firm would', () => {
    const staff = new Map(book.teamMembers.map((m) => [m.id, m]));
    for (const m of book.teamMembers) {
      if (m.role === 'account_manager' || m.role === 'adviser') expect(m.capacity).toBeGreaterThanOrEqual(120);
      else expect(m.capacity).toBeNull();
    }
    for (const c of book.clients) {
      expect(c.serviceTeamIds.includes(c.primaryManagerId), c.id).toBe(false);
      for (const id of c.serviceTeamIds) expect(staff.has(id), c.id).toBe(true);
      if (c.tier === 'C') expect(c.serviceTeamIds, c.id).toEqual([]);
      expect(c.departure !== null, c.id).toBe(c.status === 'former');
      if (c.departure) expect(c.departure.on <= today && (c.clientSince === null || c.departure.on >= c.clientSince), c.id).toBe(true);
    }
    const active = book.clients.filter((c) => c.status === 'active');
    expect(active.filter((c) => c.tier === 'A').every((c) => c.serviceTeamIds.length > 0)).toBe(true);
    expect(active.filter((c) => c.address !== null).length / active.length).toBeGreaterThan(0.9);
    expect(new Set(book.clients.map((c) => c.source)).size).toBeGreaterThan(4);
    expect(book.clients.some((c) => c.notes.length > 0)).toBe(true);
  });

  it('gives holdings a dated value history ending at their current value', () => {
    for (const h of book.holdings) {
      const dates = h.valueHistory.map((v) => v.on);
      expect(dates, h.id).toEqual([...new Set(dates)].sort());
      expect(h.valueHistory.at(-1), h.id).toEqual({ on: h.valuedOn, value: h.value });
      if (h.openedOn !== null) expect(dates[0]! >= h.openedOn, h.id).toBe(true);
    }
    expect(book.holdings.filter((h) => h.valueHistory.length >= 8).length / book.holdings.length).toBeGreaterThan(0.3);
  });

  it('uses only fictional contact details', () => {
    for (const p of book.people) {
      if (p.email !== null) expect(p.email).toMatch(/@example\.(com|org)$/);
      if (p.phone !== null) expect(p.phone).toMatch(/^\(\d{3}\) 555-01\d\d$/);
    }
    for (const m of book.teamMembers) expect(m.email).toMatch(/@example\.(com|org)$/);
  });

  it('looks like a real book: tier A is contacted more, most tasks are done, some are overdue, NPS leans positive', () => {
    const tier = new Map(book.clients.map((c) => [c.id, c.tier]));
    const perTier = { A: 0, B: 0, C: 0 };
    for (const i of book.interactions) perTier[tier.get(i.clientId) ?? 'C'] += 1;
    const clientsPerTier = (t: 'A' | 'C') => book.clients.filter((c) => c.tier === t).length;
    expect(perTier.A / clientsPerTier('A')).toBeGreaterThan((1.5 * perTier.C) / clientsPerTier('C'));

    const done = book.tasks.filter((t) => t.status === 'done').length;
    const pending = book.tasks.filter((t) => t.status !== 'done' && t.status !== 'cancelled');
    expect(done / book.tasks.length).toBeGreaterThan(0.6);
    expect(pending.filter((t) => t.dueOn !== null && t.dueOn < today).length).toBeGreaterThan(0);
    expect(pending.filter((t) => t.dueOn === today).length).toBeGreaterThan(0);

    const scores = book.surveys.flatMap((s) => (s.nps === null ? [] : [s.nps]));
    const promoters = scores.filter((n) => n >= 9).length;
    const detractors = scores.filter((n) => n <= 6).length;
    expect(promoters).toBeGreaterThan(2 * detractors);
    expect(detractors).toBeGreaterThan(0);
  });
});

describe('the work in the demo book', () => {
  it('has repeating series whose occurrences follow their rule, one still open', () => {
    const series = groupBy(
      demo.tasks.filter((t) => t.seriesId !== null),
      (t) => t.seriesId!,
    );
    expect(series.size).toBeGreaterThanOrEqual(4);
    const frequencies = new Set([...series.values()].map((occurrences) => occurrences[0]!.recurrence!.frequency));
    expect(frequencies).toEqual(new Set(['monthly', 'quarterly']));
    for (const [seriesId, occurrences] of series) {
      const sorted = occurrences.sort((a, b) => a.occurrence! - b.occurrence!);
      expect(sorted[0]!.id, seriesId).toBe(seriesId);
      expect(sorted.map((t) => t.occurrence)).toEqual(sorted.map((_, i) => i + 1));
      expect(sorted.filter((t) => t.status === 'open').map((t) => t.occurrence)).toEqual([sorted.length]);
      const monthEnds = sorted[0]!.recurrence!.dayOfMonth === 31;
      if (monthEnds) for (const t of sorted) expect(new Date(`${t.dueOn}T00:00:00Z`).getUTCDate() + 1, t.id).toBeGreaterThan(28);
    }
  });

  it('has the default templates, a few workflows under way, and service requests of every kind', () => {
    expect(demo.workflowTemplates.map((t) => t.id).sort()).toEqual([
      'wf_account_transfer',
      'wf_annual_review',
      'wf_complaint',
      'wf_onboarding',
    ]);
    expect(demo.workflowRuns.length).toBeGreaterThanOrEqual(4);
    for (const run of demo.workflowRuns) {
      const template = demo.workflowTemplates.find((t) => t.id === run.templateId)!;
      expect(run.taskIds).toHaveLength(template.steps.length);
    }
    expect(demo.requests).toHaveLength(scaleSizes.demo.requests);
    expect(new Set(demo.requests.map((r) => r.type)).size).toBeGreaterThanOrEqual(6);
    const complaints = demo.requests.filter((r) => r.type === 'complaint');
    expect(complaints.length).toBeGreaterThan(0);
    for (const r of demo.requests) {
      if (r.type === 'complaint' && (r.status === 'resolved' || r.status === 'closed')) expect(r.resolution.trim(), r.id).not.toBe('');
    }
    const open = demo.requests.filter((r) => ['received', 'in_progress', 'waiting'].includes(r.status));
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((r) => r.dueBy < `${today}T00:00:00.000Z`)).toBe(true);
    expect(demo.requests.some((r) => r.history.some((e) => e.kind === 'handoff'))).toBe(true);
    expect(demo.tasks.filter((t) => t.requestId !== null)).toHaveLength(open.length);
  });
});

describe('reviews in the demo book', () => {
  const active = demo.clients.filter((c) => c.status === 'active' && !c.archived);
  const reviewsOf = groupBy(demo.reviews, (r) => r.clientId);
  const dueOn = (clientId: string) => {
    const client = demo.clients.find((c) => c.id === clientId)!;
    const held = (reviewsOf.get(clientId) ?? []).filter((r) => r.status === 'held').map((r) => r.heldOn!);
    return nextReviewOn(client, held.sort().at(-1) ?? null, demo.settings)!;
  };

  it('holds reviews in the past two years at about each client’s cadence, with agenda, attendees and notes', () => {
    const held = demo.reviews.filter((r) => r.status === 'held');
    expect(held.length).toBeGreaterThan(active.length * 2);
    const decisions = held.map((r) => r.decisions.length);
    expect(Math.min(...decisions)).toBe(0);
    expect(Math.max(...decisions)).toBe(2);
    for (const r of held) {
      expect(r.heldOn! < today && r.heldOn! >= '2024-03-31', r.id).toBe(true);
      expect(r.scheduledOn, r.id).toBe(r.heldOn);
      expect(r.agenda, r.id).toEqual(demo.settings.packets.agendaTemplate);
      expect(r.attendees.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.notes, r.id).not.toBe('');
      expect(r.createdAt <= r.updatedAt && r.updatedAt < `${today}T23:59:59Z`, r.id).toBe(true);
      for (const d of r.decisions) expect(d.taskId, r.id).toBeNull();
    }
    // Tier A every three months, tier C once a year (unless the client asked otherwise).
    const count = (tier: 'A' | 'C') => {
      const clients = active.filter((c) => c.tier === tier && c.reviewCadenceMonths === null && c.clientSince! < '2024-01-01');
      return clients.reduce((sum, c) => sum + (reviewsOf.get(c.id) ?? []).length, 0) / clients.length;
    };
    expect(count('A')).toBeGreaterThan(6);
    expect(count('C')).toBeLessThan(3);
  });

  it('books about one current client in five for a review in the next six weeks, and leaves some overdue', () => {
    const scheduled = demo.reviews.filter((r) => r.status === 'scheduled');
    expect(new Set(scheduled.map((r) => r.clientId)).size).toBe(scheduled.length);
    expect(scheduled.length / active.length).toBeGreaterThan(0.12);
    expect(scheduled.length / active.length).toBeLessThan(0.3);
    for (const r of scheduled) {
      expect(r.scheduledOn! > today && r.scheduledOn! <= '2026-05-12', r.id).toBe(true);
      expect(r.heldOn, r.id).toBeNull();
      expect(r.createdAt < `${today}T00:00:00Z`, r.id).toBe(true);
      expect(
        active.some((c) => c.id === r.clientId),
        r.id,
      ).toBe(true);
    }
    const overdue = active.filter((c) => dueOn(c.id) < today).length;
    expect(overdue / active.length).toBeGreaterThan(0.05);
    expect(overdue / active.length).toBeLessThan(0.3);
  });
});

describe('record counts', () => {
  it('gives the demo firm five staff and the promised collection sizes', () => {
    expect(demo.teamMembers.map((m) => m.role).sort()).toEqual([
      'account_manager',
      'account_manager',
      'adviser',
      'operations',
      'paraplanner',
    ]);
    const size = scaleSizes.demo;
    expect(demo.clients).toHaveLength(size.households);
    expect(demo.interactions).toHaveLength(size.interactions);
    expect(demo.tasks).toHaveLength(size.tasks);
    expect(demo.surveys).toHaveLength(size.surveys);
  });

  it('sizes S as promised, with about two people and three holdings per household', () => {
    expect(small.clients).toHaveLength(500);
    expect(small.interactions).toHaveLength(10_000);
    expect(small.tasks).toHaveLength(5_000);
    expect(small.surveys).toHaveLength(2_000);
    expect(small.people.length / 500).toBeGreaterThan(1.8);
    expect(small.people.length / 500).toBeLessThan(2.4);
    expect(small.holdings.length / 500).toBeGreaterThan(2.6);
    expect(small.holdings.length / 500).toBeLessThan(3.4);
    const bookHolders = small.teamMembers.filter((m) => m.role === 'account_manager' || m.role === 'adviser');
    expect(bookHolders).toHaveLength(Math.ceil(500 / 150));
    expect(small.teamMembers.length).toBeGreaterThanOrEqual(5);
  });

  it('spreads tiers and statuses as a real firm would', () => {
    const share = (pred: (c: Book['clients'][number]) => boolean) => small.clients.filter(pred).length / small.clients.length;
    expect(share((c) => c.tier === 'A')).toBeCloseTo(0.2, 1);
    expect(share((c) => c.tier === 'B')).toBeCloseTo(0.35, 1);
    expect(share((c) => c.tier === 'C')).toBeCloseTo(0.45, 1);
    expect(share((c) => c.status === 'prospect')).toBeCloseTo(0.05, 1);
    expect(share((c) => c.status === 'former')).toBeCloseTo(0.08, 1);
  });
});

describe('satisfaction in the demo book', () => {
  it('asks about 1.6 times per answer, so about 60% of requests are answered', () => {
    const rate = demo.surveys.length / demo.surveyRequests.length;
    expect(rate).toBeGreaterThan(0.5);
    expect(rate).toBeLessThan(0.7);
    for (const request of demo.surveyRequests) expect(request.sentOn <= today).toBe(true);
  });

  it('has a handful of clients drifting away: a recent detractor, no contact for months, an open complaint', () => {
    const recent = new Date(Date.parse(`${today}T00:00:00Z`) - 45 * 86_400_000).toISOString();
    const drifting = demo.clients.filter(
      (client) =>
        client.status === 'active' &&
        client.lastContactAt !== null &&
        client.lastContactAt < new Date(Date.parse(`${today}T00:00:00Z`) - 90 * 86_400_000).toISOString() &&
        demo.surveys.some((s) => s.clientId === client.id && s.on >= recent.slice(0, 10) && s.nps !== null && s.nps <= 6) &&
        demo.requests.some((r) => r.clientId === client.id && r.type === 'complaint' && r.resolvedAt === null),
    );
    expect(drifting.length).toBeGreaterThanOrEqual(3);
    expect(drifting.length).toBeLessThanOrEqual(12);
  });

  it('shows former clients who left in the last 12 months, with reasons', () => {
    const lastYear = demo.clients.filter((client) => client.departure !== null && client.departure.on > '2025-03-31');
    expect(lastYear.length).toBeGreaterThanOrEqual(4);
    expect(new Set(lastYear.map((client) => client.departure!.reason)).size).toBeGreaterThan(1);
  });
});
