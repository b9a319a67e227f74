import type { Client, Holding } from '../model/client';
import type { Review } from '../model/reviews';
import type { HealthBand, HealthFact, HealthPart, HealthPartKey, HealthReport, HealthSettings } from '../model/satisfaction';
import type { Settings } from '../model/settings';
import type { ServiceRequest, Survey } from '../model/work';
import { zonedDayOf } from './local-day';
import { addDays } from './recurrence';
import { becameClientOn, lastHeldReviewOn, nextReviewOn, type ReviewRules, type ReviewSubject } from './review-cadence';
import { valuationOn } from './totals';

/**
 * The client health score: an explainable 0–100 made of weighted parts, each with the fact behind
 * it. Every rule reads only what was known "as of" a moment, so the same function gives today's
 * score and the score 30 days ago. The rules and defaults are written up in docs/architecture.md.
 */

const DAY_MS = 86_400_000;
/** How far back the previous score looks, and the points within which the trend is flat. */
export const previousScoreDaysAgo = 30;
const flatWithinPoints = 2;
/** Contact points run out when the gap reaches this many times the tier's expected cadence. */
const contactGraceFactor = 2;
/** Review points run out this many days after the review fell due. */
const reviewOverdueZeroDays = 90;
/** Share of the service points each open complaint and each overdue request costs. */
const complaintCost = 0.5;
const overdueRequestCost = 0.25;
/** How far back a resolved complaint is still named, so a complaint settled the day it came in is not "no complaints". */
export const recentComplaintDays = 90;
/** A fall in assets of this many percent over 12 months takes all the asset points. */
const assetsZeroAtPercentDown = 40;
/** Tenure points grow to full over this many months. */
const tenureFullMonths = 60;

/** Everything a client's score is computed from. */
export interface HealthInputs {
  client: ReviewSubject & Pick<Client, 'id' | 'createdAt'>;
  surveys: readonly Pick<Survey, 'on' | 'nps' | 'csat'>[];
  /**
   * When the client was in contact (interactions logged with them, and `lastContactAt`) and when
   * it met the firm (until a review is held, the newest meeting counts as one, as in `lastReviewOn`).
   */
  contacts: readonly string[];
  meetings: readonly string[];
  reviews: readonly Pick<Review, 'status' | 'heldOn'>[];
  requests: readonly Pick<ServiceRequest, 'type' | 'receivedAt' | 'dueBy' | 'resolvedAt' | 'closedAt'>[];
  holdings: readonly Pick<Holding, 'valueHistory'>[];
}

export type HealthRules = Pick<Settings, 'health' | 'reviewCadenceMonths' | 'currency' | 'timeZone'>;

/** The moment a score is "as of": the firm's day and the instant, to compare days and times alike. */
export interface AsOf {
  day: string;
  /** An instant as `toISOString` writes it, as every instant in the store is: UTC instants compare as text, with no parsing. */
  at: string;
}

type PartResult = { share: number; fact: HealthFact };

function fact(code: HealthFact['code'], values: HealthFact['values'] = {}): HealthFact {
  return { code, values };
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** The latest of `instants` at or before the moment, or null. */
function newestBy(instants: readonly string[], asOf: AsOf): string | null {
  let newest: string | null = null;
  for (const at of instants) if (at <= asOf.at && (newest === null || at > newest)) newest = at;
  return newest;
}

function clampShare(share: number): number {
  return Math.min(1, Math.max(0, share));
}

/**
 * The newest answer known by then, NPS before CSAT, as a share of full marks (NPS 10 or CSAT 5 is
 * 1), pulled toward neutral (0.5) as it ages: half way after `halfLifeDays`. No answer is neutral.
 */
export function satisfactionPart(surveys: HealthInputs['surveys'], asOf: AsOf, halfLifeDays: number): PartResult {
  let latest: HealthInputs['surveys'][number] | null = null;
  for (const survey of surveys) if (survey.on <= asOf.day && (latest === null || survey.on > latest.on)) latest = survey;
  if (latest === null) return { share: 0.5, fact: fact('satisfaction.none') };
  const daysAgo = Math.max(0, daysBetween(latest.on, asOf.day));
  const answer = latest.nps !== null ? latest.nps / 10 : (latest.csat! - 1) / 4;
  const share = 0.5 + (answer - 0.5) * 0.5 ** (daysAgo / halfLifeDays);
  return latest.nps !== null
    ? { share, fact: fact('satisfaction.nps', { score: latest.nps, daysAgo }) }
    : { share, fact: fact('satisfaction.csat', { score: latest.csat, daysAgo }) };
}

/** Full marks within the tier's expected gap between contacts, falling to none at twice that gap. */
export function contactPart(
  contacts: readonly string[],
  tier: Client['tier'],
  asOf: AsOf,
  contactDays: HealthSettings['contactDays'],
): PartResult {
  const expected = contactDays[tier];
  const newest = newestBy(contacts, asOf);
  if (newest === null) return { share: 0, fact: fact('contact.never', { expected, tier }) };
  const days = Math.floor((Date.parse(asOf.at) - Date.parse(newest)) / DAY_MS);
  if (days <= expected) return { share: 1, fact: fact('contact.recent', { days, expected, tier }) };
  const share = clampShare(1 - (days - expected) / (expected * (contactGraceFactor - 1)));
  return { share, fact: fact('contact.overdue', { days, expected, tier }) };
}

/**
 * Full marks until the next review falls due (`nextReviewOn`), none 90 days after. The last review
 * is the newest held by the as-of day, else (as in `lastReviewOn`) the firm's day of the newest
 * meeting by then.
 */
export function reviewPart(inputs: Pick<HealthInputs, 'client' | 'meetings' | 'reviews'>, asOf: AsOf, rules: ReviewRules): PartResult {
  // Meetings stand in for reviews only until one is held, so they are looked at only then.
  const held = lastHeldReviewOn(inputs.reviews, asOf.day);
  const meeting = held === null ? newestBy(inputs.meetings, asOf) : null;
  const lastReview = held ?? (meeting === null ? null : zonedDayOf(meeting, rules.timeZone));
  const dueOn = nextReviewOn(inputs.client, lastReview, rules);
  if (dueOn === null) return { share: 1, fact: fact('review.none') };
  if (dueOn >= asOf.day) return { share: 1, fact: fact('review.onTrack', { dueOn }) };
  const days = daysBetween(dueOn, asOf.day);
  return { share: clampShare(1 - days / reviewOverdueZeroDays), fact: fact('review.overdue', { days, dueOn }) };
}

/**
 * Open complaints cost half the points each; other requests past their response target a quarter
 * each. With nothing open, complaints received in the last 90 days and resolved are still named.
 */
export function servicePart(requests: HealthInputs['requests'], asOf: AsOf): PartResult {
  const recentSince = new Date(Date.parse(asOf.at) - recentComplaintDays * DAY_MS).toISOString();
  let complaints = 0;
  let resolvedComplaints = 0;
  let overdueRequests = 0;
  for (const request of requests) {
    if (request.receivedAt > asOf.at) continue;
    const finishedAt = request.resolvedAt ?? request.closedAt;
    const open = finishedAt === null || finishedAt > asOf.at;
    if (!open) {
      if (request.type === 'complaint' && request.receivedAt >= recentSince) resolvedComplaints += 1;
    } else if (request.type === 'complaint') complaints += 1;
    else if (request.dueBy < asOf.at) overdueRequests += 1;
  }
  if (complaints === 0 && overdueRequests === 0) {
    return resolvedComplaints === 0
      ? { share: 1, fact: fact('service.clear') }
      : { share: 1, fact: fact('service.resolved', { complaints: resolvedComplaints, days: recentComplaintDays }) };
  }
  const share = clampShare(1 - complaints * complaintCost - overdueRequests * overdueRequestCost);
  return { share, fact: fact('service.issues', { complaints, overdueRequests }) };
}

/** The value of the holdings on `day`: each one's newest valuation by then, in the firm's currency. */
function valueOn(holdings: HealthInputs['holdings'], day: string, currency: string): number {
  let total = 0;
  for (const holding of holdings) {
    const latest = valuationOn(holding.valueHistory, day);
    if (latest?.value.currency === currency) total += latest.value.amountMinor;
  }
  return total;
}

/**
 * The change in assets over the last 12 months: steady or growing is full marks, a 40% fall is
 * none. Without a value a year ago there is nothing to compare: neutral.
 */
export function assetsPart(holdings: HealthInputs['holdings'], asOf: AsOf, currency: string): PartResult {
  const yearAgo = valueOn(holdings, addDays(asOf.day, -365), currency);
  if (yearAgo === 0) return { share: 0.5, fact: fact('assets.none') };
  const percent = Math.round(((valueOn(holdings, asOf.day, currency) - yearAgo) / yearAgo) * 100);
  return { share: clampShare(1 + percent / assetsZeroAtPercentDown), fact: fact('assets.change', { percent }) };
}

/** Whole months from `from` to `to`. */
function monthsBetween(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return to.slice(8) < from.slice(8) ? months - 1 : months;
}

/** Long-standing clients are less likely to leave: points grow with tenure, full at five years. */
export function tenurePart(client: HealthInputs['client'], asOf: AsOf, timeZone: string): PartResult {
  const months = Math.max(0, monthsBetween(becameClientOn(client, timeZone), asOf.day));
  const share = clampShare(months / tenureFullMonths);
  return months < 12
    ? { share, fact: fact('tenure.new', { months }) }
    : { share, fact: fact('tenure.years', { years: Math.floor(months / 12) }) };
}

/**
 * Each part's points (its share of its weight, exact) and the whole score (their sum, rounded) as
 * of a moment. Points are rounded only where shown, so 29.47 reads 29, not 29.5 and then 30.
 */
export function healthParts(inputs: HealthInputs, rules: HealthRules, asOf: AsOf): { score: number; parts: HealthPart[] } {
  const { health } = rules;
  const results: Record<HealthPartKey, PartResult> = {
    satisfaction: satisfactionPart(inputs.surveys, asOf, health.satisfactionHalfLifeDays),
    contact: contactPart(inputs.contacts, inputs.client.tier, asOf, health.contactDays),
    review: reviewPart(inputs, asOf, rules),
    service: servicePart(inputs.requests, asOf),
    assets: assetsPart(inputs.holdings, asOf, rules.currency),
    tenure: tenurePart(inputs.client, asOf, rules.timeZone),
  };
  const parts = (Object.keys(results) as HealthPartKey[]).map((key) => {
    const max = health.weights[key];
    return { key, points: results[key].share * max, max, fact: results[key].fact };
  });
  const score = Math.min(100, Math.max(0, Math.round(parts.reduce((sum, part) => sum + part.points, 0))));
  return { score, parts };
}

export function healthBand(score: number, bands: HealthSettings['bands']): HealthBand {
  return score >= bands.green ? 'green' : score >= bands.amber ? 'amber' : 'red';
}

/** The part furthest below its maximum; the first in order on a tie. */
export function mainReason(parts: readonly HealthPart[]): HealthPart {
  return parts.reduce((worst, part) => (part.max - part.points > worst.max - worst.points ? part : worst));
}

/**
 * Today's report: score, band, parts, and the trend against the score 30 days ago computed from
 * only what was known then (answers, contacts, requests and valuations dated before). No previous
 * score when the client had not yet become one.
 */
export function healthReport(inputs: HealthInputs, rules: HealthRules, now: AsOf): HealthReport {
  const { score, parts } = healthParts(inputs, rules, now);
  const before: AsOf = {
    day: addDays(now.day, -previousScoreDaysAgo),
    at: new Date(Date.parse(now.at) - previousScoreDaysAgo * DAY_MS).toISOString(),
  };
  const previousScore = becameClientOn(inputs.client, rules.timeZone) > before.day ? null : healthParts(inputs, rules, before).score;
  const change = previousScore === null ? 0 : score - previousScore;
  const band = healthBand(score, rules.health.bands);
  return {
    clientId: inputs.client.id,
    score,
    band,
    previousScore,
    trend: change > flatWithinPoints ? 'up' : change < -flatWithinPoints ? 'down' : 'flat',
    atRisk: band === 'red' || -change >= rules.health.fallingFastPoints,
    parts,
    mainReason: mainReason(parts),
  };
}
