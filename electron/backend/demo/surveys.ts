import type { Survey, SurveyRequest, Tier } from '../../../shared/model';
import { activityWeights, apportion } from './allocate';
import type { Calendar } from './calendar';
import { pickContact, type Household, type Mood } from './households';
import { IdSequence, numberInTimeOrder } from './ids';
import { fill, surveyComments } from './phrases';
import { weightTable, type Rng, type WeightTable } from './rng';

/** Weights for NPS 0 to 10. Happy households mostly promote; unhappy ones spread low. */
const npsTable = (weights: readonly number[]) => weightTable(weights.map((weight, score) => [score, weight] as const));
const npsByMood: Record<Mood, WeightTable<number>> = {
  happy: npsTable([0, 0, 0, 0, 0, 1, 2, 6, 15, 30, 46]),
  neutral: npsTable([1, 1, 1, 2, 3, 6, 10, 22, 25, 17, 12]),
  unhappy: npsTable([6, 6, 8, 10, 12, 14, 14, 12, 10, 5, 3]),
};
const worse: Record<Mood, Mood> = { happy: 'neutral', neutral: 'unhappy', unhappy: 'unhappy' };
const afterReviewChannels = weightTable<Survey['channel']>([
  ['email', 65],
  ['meeting', 35],
]);
const otherChannels = weightTable<Survey['channel']>([
  ['email', 60],
  ['phone', 20],
  ['paper', 10],
  ['meeting', 10],
]);
const surveysPerTier = { A: 1.2, B: 1, C: 0.85 };
/**
 * How often an answer is a notch less happy than the household's mood, at the start and at the end
 * of the two years: tier A's service improved, tier C's slipped as the firm grew.
 */
const worseChance: Record<Tier, { first: number; last: number }> = {
  A: { first: 0.25, last: 0.02 },
  B: { first: 0.2, last: 0.08 },
  C: { first: 0.1, last: 0.25 },
};
/** Survey requests that go unanswered, per answered one: about 60% of requests are answered. */
const unansweredPerResponse = 0.65;

/** CSAT follows the same feeling as NPS, with some noise between the two questions. */
function csatFor(rng: Rng, nps: number): number {
  const base = nps >= 9 ? 5 : nps >= 7 ? 4 : nps >= 5 ? 3 : nps >= 3 ? 2 : 1;
  const noise = rng.chance(0.25) ? rng.pick([-1, 1]) : 0;
  return Math.min(5, Math.max(1, base + noise));
}

function band(nps: number | null, csat: number | null): keyof typeof surveyComments {
  const score = nps ?? ((csat ?? 3) - 1) * 2.5;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/**
 * Satisfaction responses from clients (not prospects), about half shortly after a review, the rest
 * through the year, and the survey requests they answered plus those left unanswered. A drifting
 * client also answered as a detractor in the last six weeks. Both returned in date order.
 */
export function generateSurveys(
  households: readonly Household[],
  total: number,
  cal: Calendar,
  rng: Rng,
): { surveys: Survey[]; surveyRequests: SurveyRequest[] } {
  const weights = activityWeights(households, surveysPerTier, rng).map((w, i) => (households[i]?.client.status === 'prospect' ? 0 : w));
  // A drifting client's recent detractor answer is one of the `total`.
  const counts = apportion(total - households.filter((household) => household.drifting).length, weights);
  const records: Survey[] = [];
  const days: number[] = [];
  const requests: SurveyRequest[] = [];
  const requestDays: number[] = [];

  households.forEach((household, index) => {
    const { pod, start, end, since, reviews } = household;
    const from = Math.max(start, since ?? start);
    const shift = worseChance[household.client.tier];
    const ask = (day: number, channel: Survey['channel'], personId: string | null) => {
      requests.push({
        id: '',
        clientId: household.client.id,
        personId,
        sentOn: cal.day(day),
        channel,
        byId: (channel === 'email' ? pod.operations : pod.manager).id,
      });
      requestDays.push(day);
    };
    const answer = (day: number, nps: number | null, csat: number | null, channel: Survey['channel']) => {
      const contact = pickContact(rng, household);
      const personId = rng.chance(0.05) ? null : contact.person.id;
      records.push({
        id: '',
        clientId: household.client.id,
        personId,
        on: cal.day(day),
        nps,
        csat,
        channel,
        comment: rng.chance(0.45)
          ? fill(rng.pick(surveyComments[band(nps, csat)]), { name: contact.first, manager: pod.managerFirst, year: cal.year(day) })
          : '',
        // Emailed surveys come back to operations; the rest are taken down by the manager.
        recordedById: (channel === 'email' ? pod.operations : pod.manager).id,
        followUpTaskId: null,
      });
      days.push(day);
      // Asked up to two weeks before; a survey in a meeting is asked and answered on the day.
      ask(channel === 'meeting' ? day : Math.max(from, day - rng.int(0, 14)), channel, personId);
    };

    for (let i = 0; i < (counts[index] ?? 0); i++) {
      const afterReview = reviews.length > 0 && rng.chance(0.55);
      const day = afterReview ? Math.min(end, rng.pick(reviews) + rng.int(1, 10)) : rng.int(from, end);
      const progress = (day - cal.historyStart) / 730;
      const mood = rng.chance(shift.first + (shift.last - shift.first) * progress) ? worse[household.mood] : household.mood;
      // Some surveys ask only one of the two questions.
      const nps = rng.chance(0.08) ? null : rng.draw(npsByMood[mood]);
      const csat = nps === null ? csatFor(rng, rng.draw(npsByMood[mood])) : rng.chance(0.2) ? null : csatFor(rng, nps);
      answer(day, nps, csat, rng.draw(afterReview ? afterReviewChannels : otherChannels));
      if (rng.chance(unansweredPerResponse)) ask(rng.int(from, end), rng.draw(otherChannels), pickContact(rng, household).person.id);
    }
    if (household.drifting) {
      const nps = rng.int(1, 5);
      answer(cal.today - rng.int(3, 40), nps, csatFor(rng, nps), 'email');
    }
  });

  return {
    surveys: numberInTimeOrder(records, days, new IdSequence('su', 6)),
    surveyRequests: numberInTimeOrder(requests, requestDays, new IdSequence('sq', 6)),
  };
}
