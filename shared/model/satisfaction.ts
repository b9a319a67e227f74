import { z } from 'zod';
import { rule } from '../messages';
import { Id, IsoDay, LongText, Money } from './common';
import { Tier, departureReasons } from './client';
import { healthBands, healthParts } from './health-values';
import { Survey, surveyChannels } from './work';

// ─── Surveys ─────────────────────────────────────────────────────────────────

/** A score on a survey's scale, from `min` to `max` in whole points, or null when not asked. */
const scoreFromTo = (min: number, max: number) =>
  z
    .number()
    .int(rule('wholeNumber'))
    .min(min, rule('fromTo', { min, max }))
    .max(max, rule('fromTo', { min, max }))
    .nullable()
    .default(null);

/** A response as entered: at least one of NPS (0–10) and CSAT (1–5); the day cannot be in the future (checked in main). */
export const SurveyDraft = z
  .strictObject({
    clientId: Id,
    personId: Id.nullable().default(null),
    on: IsoDay,
    nps: scoreFromTo(0, 10),
    csat: scoreFromTo(1, 5),
    channel: z.enum(surveyChannels),
    comment: LongText.default(''),
    /** Who recorded it (the current user). */
    byId: Id,
  })
  .refine((draft) => draft.nps !== null || draft.csat !== null, { message: rule('npsOrCsat'), path: ['nps'] });
export type SurveyDraft = z.input<typeof SurveyDraft>;

/**
 * The answer to recording a response. A detractor (NPS 0–6) or an unhappy CSAT (1–2) suggests a
 * follow-up task for the client's manager; the screen offers it as one click (`surveys:followUp`).
 */
export const SurveyRecorded = z.strictObject({ survey: Survey, followUpSuggested: z.boolean() });
export type SurveyRecorded = z.infer<typeof SurveyRecorded>;

/** Who was asked for feedback, when: the denominator of response rates. */
export const SurveyRequest = z.strictObject({
  id: Id,
  clientId: Id,
  personId: Id.nullable(),
  sentOn: IsoDay,
  channel: z.enum(surveyChannels),
  byId: Id,
});
export type SurveyRequest = z.infer<typeof SurveyRequest>;

export const SurveyRequestDraft = SurveyRequest.omit({ id: true }).extend({ personId: Id.nullable().default(null) });
export type SurveyRequestDraft = z.input<typeof SurveyRequestDraft>;

export const SurveyRow = z.strictObject({
  survey: Survey,
  clientName: z.string(),
  personName: z.string().nullable(),
  managerId: Id,
  managerName: z.string(),
  tier: Tier,
  /** The follow-up task made for this response, if one was. */
  followUpTaskId: Id.nullable(),
});
export type SurveyRow = z.infer<typeof SurveyRow>;

export const SurveyQuery = z
  .strictObject({
    clientId: Id.optional(),
    managerId: Id.optional(),
    tier: Tier.optional(),
    tag: z.string().trim().max(40).optional(),
    /** Inclusive day range, e.g. one point of a trend (drill-down). */
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    /** Only responses with a comment (the "latest comments" list). */
    withComment: z.boolean().optional(),
    limit: z.number().int().min(1).max(5000).default(200),
  })
  .default({ limit: 200 });
export type SurveyQuery = z.input<typeof SurveyQuery>;

// ─── Trends ──────────────────────────────────────────────────────────────────

export const trendPeriods = ['month', 'quarter', 'year'] as const;
export const TrendPeriod = z.enum(trendPeriods);
export type TrendPeriod = z.infer<typeof TrendPeriod>;

export const trendGroupings = ['firm', 'manager', 'tier', 'tag'] as const;
export const TrendGrouping = z.enum(trendGroupings);
export type TrendGrouping = z.infer<typeof TrendGrouping>;

/**
 * Fewer answers to a measure than this in a point and its figure is shown as low confidence
 * (lighter, with a note), never hidden; see `answerConfidence` in shared/domain/satisfaction.ts.
 */
export const lowConfidenceBelow = 30;

/** One point of a trend: the responses whose day falls in [from, to]. */
export const TrendPoint = z.strictObject({
  /** `2026-03`, `2026-Q1`, `2026`, or `rolling-90` */
  key: z.string(),
  from: IsoDay,
  to: IsoDay,
  /** −100…+100, null when no NPS answers. */
  nps: z.number().nullable(),
  /** 0…100, null when no CSAT answers. */
  csat: z.number().nullable(),
  npsResponses: z.number().int(),
  csatResponses: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  /** Survey requests sent in the period, and the share answered (null when none were sent). */
  requests: z.number().int(),
  responseRate: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const TrendSeries = z.strictObject({
  /** `firm`, a manager id, a tier, or a tag. */
  key: z.string(),
  label: z.string(),
  points: z.array(TrendPoint),
  /** The last 90 days up to today, as one point. */
  rolling90: TrendPoint,
});
export type TrendSeries = z.infer<typeof TrendSeries>;

export const TrendQuery = z.strictObject({
  period: TrendPeriod.default('month'),
  /** How far back, in months, ending with the current period. */
  months: z.number().int().min(1).max(120).default(24),
  groupBy: TrendGrouping.default('firm'),
  /** Restrict to one manager's book (the dashboard's "my book"). */
  managerId: Id.optional(),
});
export type TrendQuery = z.input<typeof TrendQuery>;

// ─── Health ──────────────────────────────────────────────────────────────────

export const HealthPartKey = z.enum(healthParts);
export type HealthPartKey = z.infer<typeof HealthPartKey>;

export const HealthBand = z.enum(healthBands);
export type HealthBand = z.infer<typeof HealthBand>;

const Weight = z
  .number()
  .int()
  .min(0, rule('notNegative'))
  .max(100, rule('atMost', { max: 100 }));
const Days = z
  .number()
  .int()
  .min(1, rule('atLeastDays', { count: 1 }))
  .max(3650, rule('atMostDays', { count: 3650 }));

/** Editable in Settings; defaults in `defaultHealthSettings` and docs/architecture.md. */
export const HealthSettings = z
  .strictObject({
    /** Points each part can give; they must add up to 100. */
    weights: z.strictObject(Object.fromEntries(healthParts.map((part) => [part, Weight])) as Record<HealthPartKey, typeof Weight>),
    /** Score at or above `green` is green, at or above `amber` is amber, else red. */
    bands: z.strictObject({ green: z.number().int().min(1).max(100), amber: z.number().int().min(0).max(99) }),
    /** A satisfaction answer counts half as much after this many days. */
    satisfactionHalfLifeDays: Days,
    /** How often each tier expects contact. */
    contactDays: z.strictObject({ A: Days, B: Days, C: Days }),
    /** A drop of this many points against 30 days ago counts as "falling fast" (at risk even if not red). */
    fallingFastPoints: z.number().int().min(1).max(100),
  })
  .refine((s) => Object.values(s.weights).reduce((a, b) => a + b, 0) === 100, { message: rule('addUpTo100'), path: ['weights'] })
  .refine((s) => s.bands.amber < s.bands.green, { message: rule('belowGreen'), path: ['bands', 'amber'] });
export type HealthSettings = z.infer<typeof HealthSettings>;

export const defaultHealthSettings: HealthSettings = {
  weights: { satisfaction: 30, contact: 20, review: 15, service: 15, assets: 10, tenure: 10 },
  bands: { green: 70, amber: 45 },
  satisfactionHalfLifeDays: 365,
  contactDays: { A: 30, B: 60, C: 90 },
  fallingFastPoints: 15,
};

/**
 * Why a part scored what it did, as a code and the numbers behind it (`values`), so the screen can
 * say it in the interface language: e.g. `contact.overdue` {days: 143, expected: 30, tier: 'A'} →
 * "No contact for 143 days; tier A expects 30". The values each code carries:
 * - satisfaction.none {} · satisfaction.nps {score, daysAgo} · satisfaction.csat {score, daysAgo}
 * - contact.never {expected, tier} · contact.recent {days, expected, tier} · contact.overdue {days, expected, tier}
 * - review.none {} · review.onTrack {dueOn} · review.overdue {days, dueOn}
 * - service.clear {} · service.resolved {complaints, days} (nothing open; complaints received in the last `days`, all
 *   resolved) · service.issues {complaints, overdueRequests}
 * - assets.none {} · assets.change {percent} (signed, whole percent over the last 12 months)
 * - tenure.new {months} · tenure.years {years}
 */
export const healthFactCodes = [
  'satisfaction.none',
  'satisfaction.nps',
  'satisfaction.csat',
  'contact.never',
  'contact.recent',
  'contact.overdue',
  'review.none',
  'review.onTrack',
  'review.overdue',
  'service.clear',
  'service.resolved',
  'service.issues',
  'assets.none',
  'assets.change',
  'tenure.new',
  'tenure.years',
] as const;
export const HealthFactCode = z.enum(healthFactCodes);
export type HealthFactCode = z.infer<typeof HealthFactCode>;

export const HealthFact = z.strictObject({
  code: HealthFactCode,
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type HealthFact = z.infer<typeof HealthFact>;

export const HealthPart = z.strictObject({
  key: HealthPartKey,
  points: z.number(),
  max: z.number(),
  fact: HealthFact,
});
export type HealthPart = z.infer<typeof HealthPart>;

export const HealthReport = z.strictObject({
  clientId: Id,
  score: z.number().int().min(0).max(100),
  band: HealthBand,
  /** The score 30 days ago from what was known then; null when the client was not yet a client. */
  previousScore: z.number().int().nullable(),
  trend: z.enum(['up', 'down', 'flat']),
  /** Red, or falling by at least `fallingFastPoints`. */
  atRisk: z.boolean(),
  parts: z.array(HealthPart),
  /** The part furthest below its maximum: the main reason shown in lists. */
  mainReason: HealthPart,
});
export type HealthReport = z.infer<typeof HealthReport>;

export const HealthRow = z.strictObject({
  report: HealthReport,
  clientName: z.string(),
  managerId: Id,
  managerName: z.string(),
  tier: Tier,
  assets: Money,
});
export type HealthRow = z.infer<typeof HealthRow>;

export const HealthQuery = z
  .strictObject({
    managerId: Id.optional(),
    band: HealthBand.optional(),
    atRisk: z.boolean().optional(),
    limit: z.number().int().min(1).max(10_000).default(500),
  })
  .default({ limit: 500 });
export type HealthQuery = z.input<typeof HealthQuery>;

// ─── Dashboard ───────────────────────────────────────────────────────────────

export const LostClient = z.strictObject({
  clientId: Id,
  clientName: z.string(),
  managerName: z.string(),
  on: IsoDay,
  reason: z.enum(departureReasons),
  detail: z.string(),
  assetsLeft: Money,
});
export type LostClient = z.infer<typeof LostClient>;

export const RetentionYear = z.strictObject({
  year: z.number().int(),
  /** Active clients at the start of the year. */
  atStart: z.number().int(),
  lost: z.number().int(),
  /** Share of `atStart` still clients at the end of the year (or today for the current year), 0…100. */
  rate: z.number().nullable(),
});
export type RetentionYear = z.infer<typeof RetentionYear>;

export const DashboardQuery = z.strictObject({
  /** One member's book, or the whole firm when null. */
  managerId: Id.nullable(),
});
export type DashboardQuery = z.input<typeof DashboardQuery>;

/** Everything the home screen shows, in one call. */
export const Dashboard = z.strictObject({
  today: IsoDay,
  book: z.strictObject({ households: z.number().int(), assets: Money, annualRevenue: Money }),
  /** Red or falling fast, worst first (at most 10), and how many in all. */
  atRisk: z.array(HealthRow),
  atRiskCount: z.number().int(),
  bands: z.strictObject({ green: z.number().int(), amber: z.number().int(), red: z.number().int() }),
  /** Monthly NPS and CSAT over the last 12 months, and the rolling 90 days. */
  satisfaction: z.array(TrendPoint),
  satisfactionRolling90: TrendPoint,
  work: z.strictObject({
    overdue: z.number().int(),
    dueToday: z.number().int(),
    openRequests: z.number().int(),
    overdueRequests: z.number().int(),
  }),
  reviewsDueThisMonth: z.number().int(),
  reviewsOverdue: z.number().int(),
  /** Former clients who left in the last 12 months, newest first. */
  lost: z.array(LostClient),
  assetsLost: Money,
  retention: z.array(RetentionYear),
});
export type Dashboard = z.infer<typeof Dashboard>;
