import type { Rng, WeightTable } from './rng';

/** Names that go together: a family usually shares a naming tradition. */
export interface Culture {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

export const list = (text: string): readonly string[] => text.split(',').map((name) => name.trim());

export const culture = (female: string, male: string, last: string): Culture => ({
  female: list(female),
  male: list(male),
  last: list(last),
});

/** What a trust is called after its grantor: `{last} Family Trust`, `The {first} {last} …`, `{first} and {co} {last} …`, `{last} …`. */
export interface TrustKinds {
  readonly family: string;
  readonly personal: string;
  readonly joint: string;
  readonly other: string;
}

/** A region's names: the naming traditions of its people, weighted, and how its businesses and trusts are named. */
export interface NameTables {
  readonly cultures: WeightTable<Culture>;
  readonly businessPlaces: readonly string[];
  /** A trade and the legal forms a business of that trade takes. */
  readonly businessTrades: WeightTable<readonly [trade: string, forms: readonly string[]]>;
  readonly trusts: TrustKinds;
}

export type Sex = 'female' | 'male';

export interface PersonName {
  first: string;
  last: string;
  culture: Culture;
}

export function pickCulture(rng: Rng, names: NameTables): Culture {
  return rng.draw(names.cultures);
}

export function pickSex(rng: Rng): Sex {
  return rng.chance(0.5) ? 'female' : 'male';
}

export function firstName(rng: Rng, from: Culture, sex: Sex): string {
  return rng.pick(from[sex]);
}

export function personName(rng: Rng, sex: Sex, names: NameTables): PersonName {
  const from = pickCulture(rng, names);
  return { first: firstName(rng, from, sex), last: rng.pick(from.last), culture: from };
}

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const undecomposed: Record<string, string> = { ł: 'l', ø: 'o', ı: 'i', ß: 'ss', æ: 'ae', đ: 'd' };

/** `José De La Cruz` → `jose`, `delacruz`: lower-case ASCII for email addresses. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøıßæđ]/g, (letter) => undecomposed[letter] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

export function businessName(rng: Rng, names: NameTables, ownerLast: string): string {
  const [trade, forms] = rng.draw(names.businessTrades);
  const stem = rng.chance(0.6) ? rng.pick(names.businessPlaces) : ownerLast;
  return `${stem} ${trade} ${rng.pick(forms)}`;
}

export function trustName(rng: Rng, kinds: TrustKinds, grantor: PersonName, coGrantorFirst: string | null): string {
  const roll = rng.next();
  if (roll < 0.45) return `${grantor.last} ${kinds.family}`;
  if (roll < 0.7) return `The ${grantor.first} ${grantor.last} ${kinds.personal}`;
  if (roll < 0.85 && coGrantorFirst) return `${grantor.first} and ${coGrantorFirst} ${grantor.last} ${kinds.joint}`;
  return `${grantor.last} ${kinds.other}`;
}

/**
 * What a couple's household is called in the book. Partners with different surnames read as
 * "Chen & Patel"; a shared surname as "The Okafor Household" or "Ada & Emeka Okafor".
 */
export function coupleName(rng: Rng, a: PersonName, b: PersonName): string {
  if (a.last !== b.last) {
    return rng.chance(0.6) ? `${a.last} & ${b.last}` : `${a.first} ${a.last} & ${b.first} ${b.last}`;
  }
  const roll = rng.next();
  if (roll < 0.45) return `The ${a.last} Household`;
  if (roll < 0.8) return `${a.first} & ${b.first} ${a.last}`;
  return `${a.last} Family`;
}
