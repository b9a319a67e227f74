import { describe, expect, it } from 'vitest';
import {
  assetsPart,
  contactPart,
  healthBand,
  healthParts,
  healthReport,
  reviewPart,
  satisfactionPart,
  servicePart,
  tenurePart,
  type AsOf,
  type HealthInputs,
  type HealthRules,
} from '../../../shared/domain/health';
import { defaultSettings } from '../../../shared/model';

const DAY_MS = 86_400_000;
/** Noon UTC: the same calendar day in the firm's zone, Kolkata (UTC+05:30), as in UTC. */
const now: AsOf = { day: '2026-06-15', at: '2026-06-15T12:00:00.000Z' };
const rules: HealthRules = { ...defaultSettings, timeZone: 'Asia/Kolkata' };
const losAngeles: HealthRules = { ...rules, timeZone: 'America/Los_Angeles' };
/** 20:30 UTC on 10 March: already the 11th in Kolkata, still the 10th in Los Angeles. */
const eveningUtc = '2026-03-10T20:30:00.000Z';
const { health } = defaultSettings;
const daysAgo = (days: number) => new Date(Date.parse(now.at) - days * DAY_MS).toISOString();
const dayAgo = (days: number) => daysAgo(days).slice(0, 10);
const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' });

/** A long-standing tier A client in good standing; tests change one input at a time. */
function inputs(overrides: Partial<HealthInputs> = {}): HealthInputs {
  return {
    client: {
      id: 'cl_1',
      status: 'active',
      archived: false,
      tier: 'A',
      reviewCadenceMonths: null,
      clientSince: '2015-03-01',
      createdAt: '2015-03-01T09:00:00.000Z',
    },
    surveys: [{ on: dayAgo(10), nps: 10, csat: 5 }],
    contacts: [daysAgo(5)],
    meetings: [daysAgo(20)],
    reviews: [],
    requests: [],
    holdings: [
      {
        valueHistory: [
          { on: dayAgo(400), value: usd(500_000) },
          { on: dayAgo(15), value: usd(520_000) },
        ],
      },
    ],
    ...overrides,
  };
}

describe('satisfaction part', () => {
  it('gives full points for a fresh NPS 10 and few for an NPS 2 from today', () => {
    const fresh = healthParts(inputs({ surveys: [{ on: now.day, nps: 10, csat: null }] }), rules, now).parts[0]!;
    expect(fresh).toEqual({
      key: 'satisfaction',
      points: 30,
      max: 30,
      fact: { code: 'satisfaction.nps', values: { score: 10, daysAgo: 0 } },
    });
    const unhappy = healthParts(inputs({ surveys: [{ on: now.day, nps: 2, csat: null }] }), rules, now).parts[0]!;
    expect(unhappy.points).toBe(6);
  });

  it('decays toward neutral: half way after the half-life', () => {
    const yearOld = satisfactionPart([{ on: dayAgo(365), nps: 10, csat: null }], now, 365);
    expect(yearOld.share).toBeCloseTo(0.75);
    expect(yearOld.fact).toEqual({ code: 'satisfaction.nps', values: { score: 10, daysAgo: 365 } });
    expect(satisfactionPart([{ on: dayAgo(365), nps: 0, csat: null }], now, 365).share).toBeCloseTo(0.25);
  });

  it('uses the newest answer, CSAT when it has no NPS, and is neutral without answers', () => {
    const part = satisfactionPart(
      [
        { on: dayAgo(100), nps: 10, csat: null },
        { on: dayAgo(3), nps: null, csat: 1 },
      ],
      now,
      365,
    );
    expect(part.fact).toEqual({ code: 'satisfaction.csat', values: { score: 1, daysAgo: 3 } });
    expect(part.share).toBeLessThan(0.05);
    expect(satisfactionPart([], now, 365)).toEqual({ share: 0.5, fact: { code: 'satisfaction.none', values: {} } });
  });
});

describe('contact part', () => {
  it('gives 0 of 20 to a tier A client last contacted 143 days ago', () => {
    const part = healthParts(inputs({ contacts: [daysAgo(143)] }), rules, now).parts[1]!;
    expect(part).toEqual({
      key: 'contact',
      points: 0,
      max: 20,
      fact: { code: 'contact.overdue', values: { days: 143, expected: 30, tier: 'A' } },
    });
  });

  it('gives full points within the cadence, less past it, none without contact', () => {
    expect(contactPart([daysAgo(30)], 'A', now, health.contactDays)).toEqual({
      share: 1,
      fact: { code: 'contact.recent', values: { days: 30, expected: 30, tier: 'A' } },
    });
    expect(contactPart([daysAgo(45)], 'A', now, health.contactDays).share).toBeCloseTo(0.5);
    expect(contactPart([daysAgo(80)], 'C', now, health.contactDays).share).toBe(1);
    expect(contactPart([], 'B', now, health.contactDays)).toEqual({
      share: 0,
      fact: { code: 'contact.never', values: { expected: 60, tier: 'B' } },
    });
  });
});

describe('review part', () => {
  it('is on track until the review falls due, then loses points over 90 days', () => {
    const onTrack = reviewPart(inputs(), now, rules);
    expect(onTrack).toEqual({ share: 1, fact: { code: 'review.onTrack', values: { dueOn: '2026-08-26' } } });
    const late = reviewPart(inputs({ meetings: ['2026-01-15T12:00:00.000Z'] }), now, rules);
    expect(late.fact).toEqual({ code: 'review.overdue', values: { days: 61, dueOn: '2026-04-15' } });
    expect(late.share).toBeCloseTo(1 - 61 / 90);
  });

  it('counts from the last review held by the as-of day, before any newer meeting', () => {
    const reviews = [
      { status: 'held' as const, heldOn: '2026-01-15' },
      { status: 'scheduled' as const, heldOn: null },
      { status: 'held' as const, heldOn: '2026-06-20' },
    ];
    const part = reviewPart(inputs({ meetings: [daysAgo(2)], reviews }), now, rules);
    // The review of 20 June had not happened by 15 June; a meeting since January is not a review.
    expect(part.fact).toEqual({ code: 'review.overdue', values: { days: 61, dueOn: '2026-04-15' } });
    const afterwards = { day: '2026-06-25', at: '2026-06-25T15:00:00.000Z' };
    expect(reviewPart(inputs({ reviews }), afterwards, rules).fact).toEqual({
      code: 'review.onTrack',
      values: { dueOn: '2026-09-20' },
    });
  });

  it("counts from the firm's day of the meeting: on track in Kolkata, a day late in Los Angeles", () => {
    // Tier A reviews every 3 months: due 11 June where the meeting was on the 11th, 10 June where it was on the 10th.
    const asOf = { day: '2026-06-11', at: '2026-06-11T12:00:00.000Z' };
    const metThen = inputs({ meetings: [eveningUtc] });
    expect(reviewPart(metThen, asOf, rules).fact).toEqual({ code: 'review.onTrack', values: { dueOn: '2026-06-11' } });
    expect(reviewPart(metThen, asOf, losAngeles).fact).toEqual({ code: 'review.overdue', values: { days: 1, dueOn: '2026-06-10' } });
  });

  it('has nothing due for a former client', () => {
    const client = { ...inputs().client, status: 'former' as const };
    expect(reviewPart({ client, meetings: [], reviews: [] }, now, rules)).toEqual({
      share: 1,
      fact: { code: 'review.none', values: {} },
    });
  });
});

describe('service part', () => {
  const request = (type: 'complaint' | 'money_movement', receivedDaysAgo: number, dueDaysAgo: number, finishedDaysAgo: number | null) => ({
    type,
    receivedAt: daysAgo(receivedDaysAgo),
    dueBy: daysAgo(dueDaysAgo),
    resolvedAt: finishedDaysAgo === null ? null : daysAgo(finishedDaysAgo),
    closedAt: null,
  });

  it('is clear with nothing open, and an open complaint costs half the points', () => {
    expect(servicePart([request('complaint', 120, 118, 110)], now)).toEqual({ share: 1, fact: { code: 'service.clear', values: {} } });
    const part = healthParts(inputs({ requests: [request('complaint', 3, 1, null)] }), rules, now).parts[3]!;
    expect(part).toEqual({
      key: 'service',
      points: 7.5,
      max: 15,
      fact: { code: 'service.issues', values: { complaints: 1, overdueRequests: 0 } },
    });
  });

  it('counts other requests only once past their target', () => {
    const part = servicePart([request('money_movement', 5, 4, null), request('money_movement', 1, -1, null)], now);
    expect(part).toEqual({ share: 0.75, fact: { code: 'service.issues', values: { complaints: 0, overdueRequests: 1 } } });
  });

  it('counts a request due this very moment as on time, and one due a millisecond ago as overdue', () => {
    const dueAt = (dueBy: string) => ({ ...request('money_movement', 3, 0, null), dueBy });
    expect(servicePart([dueAt(now.at)], now)).toEqual({ share: 1, fact: { code: 'service.clear', values: {} } });
    const justPast = new Date(Date.parse(now.at) - 1).toISOString();
    expect(servicePart([dueAt(justPast)], now)).toEqual({
      share: 0.75,
      fact: { code: 'service.issues', values: { complaints: 0, overdueRequests: 1 } },
    });
  });

  it('takes a quarter for each overdue request, down to nothing at four and no lower', () => {
    const overdue = (count: number) => Array.from({ length: count }, () => request('money_movement', 10, 2, null));
    expect([1, 2, 3, 4, 5].map((count) => servicePart(overdue(count), now).share)).toEqual([0.75, 0.5, 0.25, 0, 0]);
    expect(servicePart(overdue(3), now).fact).toEqual({ code: 'service.issues', values: { complaints: 0, overdueRequests: 3 } });
  });

  it('adds complaints and overdue requests, counting an overdue complaint once, as a complaint', () => {
    const overdueComplaint = request('complaint', 10, 2, null);
    expect(servicePart([overdueComplaint], now)).toEqual({
      share: 0.5,
      fact: { code: 'service.issues', values: { complaints: 1, overdueRequests: 0 } },
    });
    expect(servicePart([overdueComplaint, request('money_movement', 10, 2, null)], now)).toEqual({
      share: 0.25,
      fact: { code: 'service.issues', values: { complaints: 1, overdueRequests: 1 } },
    });
    expect(servicePart([overdueComplaint, request('complaint', 1, -2, null)], now).share).toBe(0);
  });

  it('names a complaint received and resolved today, and any resolved in the last 90 days, at full points', () => {
    const sameDay = {
      ...request('complaint', 0, -2, null),
      receivedAt: '2026-06-15T09:00:00.000Z',
      resolvedAt: '2026-06-15T11:30:00.000Z',
    };
    expect(servicePart([sameDay], now)).toEqual({ share: 1, fact: { code: 'service.resolved', values: { complaints: 1, days: 90 } } });
    const older = [request('complaint', 89, 87, 80), request('complaint', 91, 89, 85)];
    expect(servicePart(older, now).fact).toEqual({ code: 'service.resolved', values: { complaints: 1, days: 90 } });
    // Not yet received by the moment the score is for: nothing to name.
    expect(servicePart([sameDay], { day: now.day, at: '2026-06-15T08:00:00.000Z' }).fact.code).toBe('service.clear');
    // Still open then: an open complaint, costing half.
    expect(servicePart([sameDay], { day: now.day, at: '2026-06-15T10:00:00.000Z' }).share).toBe(0.5);
  });

  it('counts a request only while it is open at the moment: received by then, not yet resolved or closed', () => {
    const late = request('money_movement', 10, 2, null);
    expect(servicePart([{ ...late, receivedAt: new Date(Date.parse(now.at) + 1).toISOString() }], now).share).toBe(1);
    expect(servicePart([{ ...late, receivedAt: now.at, dueBy: daysAgo(1) }], now).share).toBe(0.75);
    expect(servicePart([{ ...late, resolvedAt: now.at }], now).share).toBe(1);
    expect(servicePart([{ ...late, closedAt: now.at }], now).share).toBe(1);
    expect(servicePart([{ ...late, closedAt: new Date(Date.parse(now.at) + 1).toISOString() }], now).share).toBe(0.75);
  });
});

describe('assets part', () => {
  const holding = (yearAgo: number, today: number) => ({
    valueHistory: [
      { on: dayAgo(370), value: usd(yearAgo) },
      { on: dayAgo(10), value: usd(today) },
    ],
  });

  it('keeps full points when assets held or grew, and halves them when assets fell 20%', () => {
    expect(assetsPart([holding(100_000, 130_000)], now, 'USD')).toEqual({
      share: 1,
      fact: { code: 'assets.change', values: { percent: 30 } },
    });
    const down = healthParts(inputs({ holdings: [holding(100_000, 80_000)] }), rules, now).parts[4]!;
    expect(down).toEqual({ key: 'assets', points: 5, max: 10, fact: { code: 'assets.change', values: { percent: -20 } } });
  });

  it('is neutral without a value a year ago', () => {
    expect(assetsPart([{ valueHistory: [{ on: dayAgo(30), value: usd(1000) }] }], now, 'USD')).toEqual({
      share: 0.5,
      fact: { code: 'assets.none', values: {} },
    });
  });
});

describe('tenure part', () => {
  it('grows to full points at five years', () => {
    const client = inputs().client;
    expect(tenurePart({ ...client, clientSince: '2026-01-20' }, now, rules.timeZone)).toEqual({
      share: 4 / 60,
      fact: { code: 'tenure.new', values: { months: 4 } },
    });
    expect(tenurePart({ ...client, clientSince: '2023-06-15' }, now, rules.timeZone)).toEqual({
      share: 36 / 60,
      fact: { code: 'tenure.years', values: { years: 3 } },
    });
    expect(tenurePart(client, now, rules.timeZone).share).toBe(1);
  });

  it("counts from the firm's day the client was entered when it has no client-since date", () => {
    const entered = { ...inputs().client, clientSince: null, createdAt: eveningUtc };
    const asOf = { day: '2026-04-10', at: '2026-04-10T12:00:00.000Z' };
    expect(tenurePart(entered, asOf, rules.timeZone).fact).toEqual({ code: 'tenure.new', values: { months: 0 } });
    expect(tenurePart(entered, asOf, losAngeles.timeZone).fact).toEqual({ code: 'tenure.new', values: { months: 1 } });
  });
});

describe('the report', () => {
  it('adds the parts into a 0–100 score with a band, and names the part furthest below its maximum', () => {
    const report = healthReport(inputs({ contacts: [daysAgo(143)] }), rules, now);
    expect(report.score).toBe(80);
    expect(report.band).toBe('green');
    expect(report.mainReason.key).toBe('contact');
    expect(report.parts.map((part) => part.max)).toEqual([30, 20, 15, 15, 10, 10]);
  });

  it('keeps each part’s points exact, so they are rounded once where shown: NPS 10 from 19 days ago is 29.47 of 30', () => {
    const [satisfaction] = healthParts(inputs({ surveys: [{ on: dayAgo(19), nps: 10, csat: null }] }), rules, now).parts;
    expect(satisfaction!.points).toBeCloseTo(15 + 15 * 0.5 ** (19 / 365), 9);
    expect(Math.round(satisfaction!.points)).toBe(29);
  });

  it('puts the band boundaries at the thresholds', () => {
    expect(healthBand(70, health.bands)).toBe('green');
    expect(healthBand(69, health.bands)).toBe('amber');
    expect(healthBand(45, health.bands)).toBe('amber');
    expect(healthBand(44, health.bands)).toBe('red');
  });

  it('computes the previous score from only what was known 30 days ago', () => {
    // Since then: a detractor answer, an open complaint, and no contact at all.
    const report = healthReport(
      inputs({
        surveys: [
          { on: dayAgo(60), nps: 10, csat: null },
          { on: dayAgo(2), nps: 0, csat: null },
        ],
        contacts: [daysAgo(40)],
        meetings: [daysAgo(40)],
        requests: [{ type: 'complaint', receivedAt: daysAgo(5), dueBy: daysAgo(3), resolvedAt: null, closedAt: null }],
      }),
      rules,
      now,
    );
    expect(report.previousScore).toBe(99);
    expect(report.score).toBe(56);
    expect(report.trend).toBe('down');
    expect(report.band).toBe('amber');
    // Not red, but it fell by more than 15 points.
    expect(report.atRisk).toBe(true);
  });

  it('has no previous score for a client who joined in the last 30 days, and a flat trend', () => {
    const client = { ...inputs().client, clientSince: dayAgo(10) };
    const report = healthReport(inputs({ client }), rules, now);
    expect(report.previousScore).toBeNull();
    expect(report.trend).toBe('flat');
  });
});
