import type { Client, ClientType, Departure, TeamMember, Tier } from '../../../shared/model';
import type { Calendar } from './calendar';
import type { Mood } from './households';
import type { Region } from './region';
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
  /** Investable assets in the currency's major unit. */
  readonly assets: number;
  readonly currency: string;
}

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
export function clientProfile(rng: Rng, facts: ProfileFacts, region: Region, cal: Calendar): Profile {
  const prospect = facts.status === 'prospect';
  const reason = facts.left === null ? null : rng.draw(departureReasons[facts.mood]);
  return {
    serviceTeamIds: prospect ? [] : serviceTeam(rng, facts.tier, facts.pod),
    source: rng.draw(facts.type === 'business' ? region.businessSources : region.sources),
    // Prospects have often not given an address yet.
    address: rng.chance(prospect ? 0.4 : 0.96) ? region.address(rng, facts.type) : null,
    preferredContact: rng.chance(0.85) ? facts.primaryPrefers : null,
    reviewCadenceMonths: prospect ? null : cadenceOverride(rng),
    notes: rng.chance(0.2) ? rng.pick(region.clientNotes) : '',
    departure:
      reason === null || facts.left === null
        ? null
        : {
            on: cal.day(facts.left),
            reason,
            detail: rng.pick(region.departureDetails[reason]),
            assetsLeft: { amountMinor: Math.round(facts.assets * 100), currency: facts.currency },
          },
  };
}
