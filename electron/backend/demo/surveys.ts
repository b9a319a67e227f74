import type { Survey } from '../../../shared/model';
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
 * Satisfaction responses from clients (not prospects): about half shortly after a review, the
 * rest through the year. Returned in date order.
 */
export function generateSurveys(households: readonly Household[], total: number, cal: Calendar, rng: Rng): Survey[] {
  const weights = activityWeights(households, surveysPerTier, rng).map((w, i) => (households[i]?.client.status === 'prospect' ? 0 : w));
  const counts = apportion(total, weights);
  const records: Survey[] = [];
  const days: number[] = [];

  households.forEach((household, index) => {
    const { pod, start, end, since, reviews } = household;
    const from = Math.max(start, since ?? start);
    for (let i = 0; i < (counts[index] ?? 0); i++) {
      const afterReview = reviews.length > 0 && rng.chance(0.55);
      const day = afterReview ? Math.min(end, rng.pick(reviews) + rng.int(1, 10)) : rng.int(from, end);
      // Service improved over the two years: early answers are more often a notch less happy.
      const progress = (day - cal.historyStart) / 730;
      const mood = rng.chance(0.2 * (1 - progress)) ? worse[household.mood] : household.mood;
      // Some surveys ask only one of the two questions.
      const nps = rng.chance(0.08) ? null : rng.draw(npsByMood[mood]);
      const csat = nps === null ? csatFor(rng, rng.draw(npsByMood[mood])) : rng.chance(0.2) ? null : csatFor(rng, nps);
      const channel = rng.draw(afterReview ? afterReviewChannels : otherChannels);
      const contact = pickContact(rng, household);
      records.push({
        id: '',
        clientId: household.client.id,
        personId: rng.chance(0.05) ? null : contact.person.id,
        on: cal.day(day),
        nps,
        csat,
        channel,
        comment: rng.chance(0.45)
          ? fill(rng.pick(surveyComments[band(nps, csat)]), { name: contact.first, manager: pod.managerFirst, year: cal.year(day) })
          : '',
        // Emailed surveys come back to operations; the rest are taken down by the manager.
        recordedById: (channel === 'email' ? pod.operations : pod.manager).id,
      });
      days.push(day);
    }
  });

  return numberInTimeOrder(records, days, new IdSequence('su', 6));
}
