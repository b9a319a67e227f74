export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A value with a relative weight; weights need not sum to anything in particular. */
export type Weighted<T> = readonly (readonly [value: T, weight: number])[];

/** A weighted table prepared once, so drawing from it in hot loops does not re-add the weights. */
export interface WeightTable<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

export function weightTable<T>(entries: Weighted<T>): WeightTable<T> {
  if (entries.length === 0) throw new Error('a weight table needs at least one entry');
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  return { values, cumulative, total };
}

/** 32-bit FNV-1a, to turn a stream label into a seed. */
function hashLabel(label: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Seeded pseudo-random numbers (mulberry32). The demo book must be byte-identical for the same
 * seed, so generators draw only from here, never from `Math.random`.
 */
export class Rng {
  private state: number;

  constructor(private readonly seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * An independent stream for one part of the book. Each collection draws from its own fork, so
   * changing how tasks are generated does not reshuffle interactions or surveys.
   */
  fork(label: string): Rng {
    return new Rng(hashLabel(label, this.seed));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  }

  draw<T>(table: WeightTable<T>): T {
    const target = this.next() * table.total;
    const { cumulative, values } = table;
    let i = 0;
    while (i < cumulative.length - 1 && (cumulative[i] ?? 0) <= target) i++;
    return values[i] as T;
  }

  /** Standard normal (Box–Muller; the second value is dropped to keep the stream simple). */
  normal(): number {
    const u = 1 - this.next(); // in (0, 1], so the log is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal around `median`: money and durations are skewed, with a long tail of large values. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}
