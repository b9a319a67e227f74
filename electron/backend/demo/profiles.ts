import type { Address, Client, ClientType, Departure, TeamMember, Tier } from '../../../shared/model';
import type { Calendar } from './calendar';
import type { Mood } from './households';
import { departureDetails } from './phrases';
import { weightTable, type Rng, type WeightTable } from './rng';
import type { Pod } from './team';

/** The client fields that describe the relationship rather than who is in the household. */
export type Profile = Pick<
  Client,
  'serviceTeamIds' | 'source' | 'address' | 'preferredContact' | 'reviewCadenceMonths' | 'notes' | 'departure'
>;

export interface ProfileFacts {
  readonly type: ClientType;
  readonly tier: Tier;
  readonly status: Client['status'];
  readonly mood: Mood;
  readonly pod: Pod;
  /** The primary contact's preferred way to be reached. */
  readonly primaryPrefers: Client['preferredContact'];
  /** Day the household left (former clients). */
  readonly left: number | null;
  /** Investable assets in dollars. */
  readonly assets: number;
  readonly currency: string;
}

const sources = weightTable<string>([
  ['Referral: existing client', 30],
  ['CPA referral', 12],
  ['Estate attorney referral', 6],
  ['Website', 12],
  ['Retirement seminar', 8],
  ['Personal network', 10],
  ['Acquired book (2019 merger)', 8],
  ['Workplace retirement plan', 6],
  ['Community event', 4],
  ['', 4],
]);
const businessSources = weightTable<string>([
  ['CPA referral', 30],
  ['Chamber of Commerce', 15],
  ['Referral: existing client', 30],
  ['Website', 15],
  ['', 10],
]);

/** Fictional street names; the towns are real so addresses read naturally, the streets are not. */
const streets = [
  'Alder Hollow',
  'Birchwood',
  'Cobblestone',
  'Foxglove',
  'Granite Ridge',
  'Harborview',
  'Juniper Bend',
  'Kestrel',
  'Larkspur',
  'Maple Crest',
  'Millbrook',
  'Orchard Hill',
  'Pinecrest',
  'Quarry Rock',
  'Saltmarsh',
  'Tanager',
  'Willowmere',
  'Wrenfield',
];
const streetKinds = ['Street', 'Road', 'Lane', 'Avenue', 'Drive', 'Way', 'Court', 'Terrace'];
/** Mostly the firm's own region, a few clients who moved away. */
const towns = weightTable<readonly [city: string, region: string, zipPrefix: string]>([
  [['Boston', 'MA', '021'], 14],
  [['Cambridge', 'MA', '021'], 8],
  [['Newton', 'MA', '024'], 8],
  [['Brookline', 'MA', '024'], 6],
  [['Lexington', 'MA', '024'], 6],
  [['Wellesley', 'MA', '024'], 5],
  [['Quincy', 'MA', '021'], 5],
  [['Salem', 'MA', '019'], 4],
  [['Worcester', 'MA', '016'], 4],
  [['Providence', 'RI', '029'], 3],
  [['Portsmouth', 'NH', '038'], 2],
  [['New York', 'NY', '100'], 2],
  [['Naples', 'FL', '341'], 2],
  [['San Diego', 'CA', '921'], 1],
]);

const clientNotes = [
  'Prefers morning meetings.',
  'Hard of hearing: speak slowly on calls and follow up in writing.',
  'Send statements by post as well as email.',
  'Spouse handles the day-to-day finances; copy both on emails.',
  'Interested in charitable giving strategies, especially donor-advised funds.',
  'Do not call during tax season; email instead.',
  'Spends January to March at a second home in Florida.',
  'Wants ESG screening on every portfolio.',
  'Nervous about market swings: call after any large drop.',
  'Caring for an elderly parent; may need long-term care planning.',
];

const departureReasons: Record<Mood, WeightTable<Departure['reason']>> = {
  unhappy: weightTable([
    ['fees', 30],
    ['performance', 30],
    ['service', 30],
    ['other', 10],
  ]),
  neutral: weightTable([
    ['moved', 30],
    ['fees', 20],
    ['merged_household', 15],
    ['performance', 15],
    ['other', 20],
  ]),
  happy: weightTable([
    ['moved', 45],
    ['deceased', 25],
    ['merged_household', 20],
    ['other', 10],
  ]),
};

function address(rng: Rng, type: ClientType): Address {
  const [city, region, zipPrefix] = rng.draw(towns);
  const line2 =
    type === 'business' ? `Suite ${rng.int(1, 9)}00` : rng.chance(0.12) ? `Apt ${rng.int(1, 12)}${rng.pick(['A', 'B', 'C'])}` : '';
  return {
    line1: `${rng.int(2, 1200)} ${rng.pick(streets)} ${rng.pick(streetKinds)}`,
    line2,
    city,
    region,
    postalCode: `${zipPrefix}${String(rng.int(1, 99)).padStart(2, '0')}`,
    country: 'United States',
  };
}

/** One or two colleagues from the manager's pod for tier A and B households; none for tier C. */
function serviceTeam(rng: Rng, tier: Tier, pod: Pod): string[] {
  if (tier === 'C') return [];
  const colleagues: TeamMember[] = [];
  for (const member of [pod.paraplanner, pod.support, pod.adviser, pod.operations]) {
    if (member.id !== pod.manager.id && !colleagues.includes(member)) colleagues.push(member);
  }
  const wanted = tier === 'A' ? 2 : rng.int(1, 2);
  const chosen: string[] = [];
  while (chosen.length < wanted && colleagues.length > 0) chosen.push(colleagues.splice(rng.int(0, colleagues.length - 1), 1)[0]!.id);
  return chosen;
}

/** A few households ask for reviews more or less often than their tier's default. */
function cadenceOverride(rng: Rng): number | null {
  return rng.chance(0.06) ? rng.pick([3, 4, 6, 12]) : null;
}

/**
 * How the household came to the firm, where it lives, how it likes to be reached, who serves it
 * and, for former clients, why it left. Drawn from its own stream so the rest of the household
 * stays as it was before these fields existed.
 */
export function clientProfile(rng: Rng, facts: ProfileFacts, cal: Calendar): Profile {
  const prospect = facts.status === 'prospect';
  const reason = facts.left === null ? null : rng.draw(departureReasons[facts.mood]);
  return {
    serviceTeamIds: prospect ? [] : serviceTeam(rng, facts.tier, facts.pod),
    source: rng.draw(facts.type === 'business' ? businessSources : sources),
    // Prospects have often not given an address yet.
    address: rng.chance(prospect ? 0.4 : 0.96) ? address(rng, facts.type) : null,
    preferredContact: rng.chance(0.85) ? facts.primaryPrefers : null,
    reviewCadenceMonths: prospect ? null : cadenceOverride(rng),
    notes: rng.chance(0.2) ? rng.pick(clientNotes) : '',
    departure:
      reason === null || facts.left === null
        ? null
        : {
            on: cal.day(facts.left),
            reason,
            detail: rng.pick(departureDetails[reason]),
            assetsLeft: { amountMinor: Math.round(facts.assets * 100), currency: facts.currency },
          },
  };
}
