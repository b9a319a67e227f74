import { lowConfidenceBelow, type TrendPeriod, type TrendPoint, type TrendSeries } from '../model/satisfaction';
import type { Survey } from '../model/work';
import { atOnce, type Steps } from '../steps';
import { addDays } from './recurrence';

/** The answer to "How likely are you to recommend us?" (0–10), as NPS counts it. */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export function npsCategory(score: number): NpsCategory {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** A detractor (NPS 0–6) or an unhappy CSAT (1–2): worth a call from the client's manager. */
export function suggestsFollowUp(response: Pick<Survey, 'nps' | 'csat'>): boolean {
  return (response.nps !== null && response.nps <= 6) || (response.csat !== null && response.csat <= 2);
}

/*
 * The measures are exact (53 promoters and 21 detractors of 105 is 30.476…, not 30.5): screens
 * round once, when they show a figure, so a figure is never rounded twice (30.48 → 30.5 → +31).
 */

/** Net Promoter Score: % promoters − % detractors, −100…+100; null without answers. */
export function netPromoterScore(counts: { promoters: number; passives: number; detractors: number }): number | null {
  const answers = counts.promoters + counts.passives + counts.detractors;
  return answers === 0 ? null : ((counts.promoters - counts.detractors) / answers) * 100;
}

/** Customer satisfaction: the share of answers that are 4 or 5, 0…100; null without answers. */
export function satisfactionScore(satisfied: number, answers: number): number | null {
  return answers === 0 ? null : (satisfied / answers) * 100;
}

/** How far a figure can be trusted, from the answers to its own measure: none, fewer than 30, or enough. */
export type AnswerConfidence = 'none' | 'low' | 'enough';

/**
 * The confidence of an NPS from its NPS answers, or of a CSAT from its CSAT answers: a response
 * may answer only one of the two, so the responses of a period say nothing about either figure.
 */
export function answerConfidence(answers: number): AnswerConfidence {
  return answers === 0 ? 'none' : answers < lowConfidenceBelow ? 'low' : 'enough';
}

// ─── Periods ─────────────────────────────────────────────────────────────────

/** A span of days, both ends included, and the key a trend point carries. */
export interface Period {
  key: string;
  from: string;
  to: string;
}

function utcDay(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** The month, quarter or year holding `day`. */
export function periodOf(day: string, period: TrendPeriod): Period {
  const year = Number(day.slice(0, 4));
  const monthIndex = Number(day.slice(5, 7)) - 1;
  if (period === 'year') return { key: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
  if (period === 'quarter') {
    const quarter = Math.floor(monthIndex / 3);
    return { key: `${year}-Q${quarter + 1}`, from: utcDay(year, quarter * 3, 1), to: utcDay(year, quarter * 3 + 3, 0) };
  }
  return { key: day.slice(0, 7), from: utcDay(year, monthIndex, 1), to: utcDay(year, monthIndex + 1, 0) };
}

/**
 * The periods covering the last `months` months up to and including the one holding `today`,
 * oldest first: 24 months by quarter are the 8 or 9 quarters those months touch.
 */
export function periodsBack(today: string, period: TrendPeriod, months: number): Period[] {
  const first = periodOf(utcDay(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - months, 1), period);
  const periods = [first];
  for (let last = first; last.to < today;) {
    last = periodOf(addDays(last.to, 1), period);
    periods.push(last);
  }
  return periods;
}

/** The 90 days ending with `today`. */
export function rolling90(today: string): Period {
  return { key: 'rolling-90', from: addDays(today, -89), to: today };
}

/** Index of the period holding `day` in contiguous, ordered `periods`, or −1. */
function periodIndex(periods: readonly Period[], day: string): number {
  if (periods.length === 0 || day < periods[0]!.from || day > periods.at(-1)!.to) return -1;
  let low = 0;
  let high = periods.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (periods[middle]!.from <= day) low = middle;
    else high = middle - 1;
  }
  return low;
}

// ─── Tallies and trend points ────────────────────────────────────────────────

/** Running counts behind one trend point. */
export interface Tally {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  csatAnswers: number;
  csatSatisfied: number;
  requests: number;
}

export function emptyTally(): Tally {
  return { responses: 0, promoters: 0, passives: 0, detractors: 0, csatAnswers: 0, csatSatisfied: 0, requests: 0 };
}

export function countResponse(tally: Tally, response: Pick<Survey, 'nps' | 'csat'>): void {
  tally.responses += 1;
  if (response.nps !== null) tally[`${npsCategory(response.nps)}s`] += 1;
  if (response.csat !== null) {
    tally.csatAnswers += 1;
    if (response.csat >= 4) tally.csatSatisfied += 1;
  }
}

/** The measures of one period's tally. Response rate: responses per request sent in the period. */
export function trendPoint(period: Period, tally: Tally): TrendPoint {
  return {
    key: period.key,
    from: period.from,
    to: period.to,
    nps: netPromoterScore(tally),
    csat: satisfactionScore(tally.csatSatisfied, tally.csatAnswers),
    npsResponses: tally.promoters + tally.passives + tally.detractors,
    csatResponses: tally.csatAnswers,
    promoters: tally.promoters,
    passives: tally.passives,
    detractors: tally.detractors,
    requests: tally.requests,
    responseRate: tally.requests === 0 ? null : (tally.responses / tally.requests) * 100,
  };
}

/** The groups a trend is split into: `firm`, managers, tiers or tags. */
export interface TrendGroup {
  key: string;
  label: string;
}

export interface TrendInput {
  surveys: Iterable<Pick<Survey, 'clientId' | 'on' | 'nps' | 'csat'>>;
  /** Survey requests: who was asked when. */
  requests: Iterable<{ clientId: string; sentOn: string }>;
  groups: readonly TrendGroup[];
  /** The keys of the groups a client's answers count in; none leaves the client out (another manager's book). */
  groupsOf: (clientId: string) => readonly string[];
  periods: readonly Period[];
  rolling: Period;
}

/** One series per group: a point per period (empty periods too) and the rolling 90 days. */
export function trendSeries(input: TrendInput): TrendSeries[] {
  return atOnce(trendSeriesSteps(input));
}

/** `trendSeries` in steps: one per survey and per request. */
export function* trendSeriesSteps(input: TrendInput): Steps<TrendSeries[]> {
  const tallies = new Map(
    input.groups.map((group) => [group.key, { points: input.periods.map(emptyTally), rolling: emptyTally() }] as const),
  );
  const place = (clientId: string, day: string, count: (tally: Tally) => void) => {
    const index = periodIndex(input.periods, day);
    const inRolling = day >= input.rolling.from && day <= input.rolling.to;
    if (index === -1 && !inRolling) return;
    for (const key of input.groupsOf(clientId)) {
      const series = tallies.get(key);
      if (!series) continue;
      if (index !== -1) count(series.points[index]!);
      if (inRolling) count(series.rolling);
    }
  };
  for (const survey of input.surveys) {
    place(survey.clientId, survey.on, (tally) => countResponse(tally, survey));
    yield;
  }
  for (const request of input.requests) {
    place(request.clientId, request.sentOn, (tally) => {
      tally.requests += 1;
    });
    yield;
  }
  return input.groups.map((group) => {
    const series = tallies.get(group.key)!;
    return {
      key: group.key,
      label: group.label,
      points: input.periods.map((period, index) => trendPoint(period, series.points[index]!)),
      rolling90: trendPoint(input.rolling, series.rolling),
    };
  });
}
