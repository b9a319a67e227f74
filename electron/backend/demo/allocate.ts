import type { Tier } from '../../../shared/model';
import type { Household } from './households';
import type { Rng } from './rng';

/**
 * Splits `total` into whole shares proportional to `weights`, after giving each share `minimum`.
 * Shares always add up to exactly `total`, so each scale has the record counts it promises.
 * Rounding the running sum (rather than each share) keeps every share within one of its quota.
 */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const rest = total - minimum * weights.length;
  if (rest < 0) throw new Error(`cannot give ${weights.length} shares at least ${minimum} out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error('cannot apportion over weights that are all zero');
  const shares: number[] = [];
  let running = 0;
  let given = 0;
  for (const weight of weights) {
    running += (rest * weight) / sum;
    const upTo = Math.round(running);
    shares.push(minimum + upTo - given);
    given = upTo;
  }
  return shares;
}

/**
 * How much of a collection each household gets: its tier's share, scaled by how much of the two
 * years it was around (prospects and new or departed clients less), with some household-to-household
 * spread so that books do not look machine-made.
 */
export function activityWeights(households: readonly Household[], perTier: Record<Tier, number>, rng: Rng): number[] {
  return households.map((h) => (perTier[h.client.tier] * (h.end - h.start + 1) * rng.logNormal(1, 0.35)) / 730);
}
