import { cadenceMonths } from '../../../shared/domain/review-cadence';
import type { Client, ClientStatus, ClientType, Person, Settings, Tier } from '../../../shared/model';
import type { Calendar } from './calendar';
import { IdSequence, timeOrder } from './ids';
import {
  asciiSlug,
  businessName,
  coupleName,
  firstName,
  personName,
  pickCulture,
  pickSex,
  trustName,
  type NameTables,
  type PersonName,
  type Sex,
} from './names';
import { clientProfile } from './profiles';
import type { Region } from './region';
import { clamp, weightTable, type Rng, type WeightTable } from './rng';
import type { Pod, Team } from './team';

/** How a household feels about the firm: drives survey scores and complaints. */
export type Mood = 'happy' | 'neutral' | 'unhappy';

export interface Contact {
  readonly person: Person;
  readonly first: string;
}

/** A client with its people and the facts the other generators need to stay consistent with it. */
export interface Household {
  readonly client: Client;
  readonly people: readonly Person[];
  /** Adults who can be contacted, primary contact first. */
  readonly contacts: readonly Contact[];
  readonly pod: Pod;
  /** First and last day of contact within the two years of history. */
  readonly start: number;
  readonly end: number;
  /** The day it became a client (null for prospects), and the day it left (former clients). */
  readonly since: number | null;
  readonly left: number | null;
  readonly mood: Mood;
  /**
   * An unhappy long-standing client drifting away, as the health score should catch: no contact
   * for months, a recent detractor answer and an open complaint.
   */
  readonly drifting: boolean;
  /** Days of its reviews, at its cadence (its own, else its tier's). */
  readonly reviews: readonly number[];
  /** Investable assets in the currency's major unit, spread over its accounts. */
  readonly assets: number;
  readonly hasPartner: boolean;
  readonly hasChildren: boolean;
}

const tiers = weightTable<Tier>([
  ['A', 20],
  ['B', 35],
  ['C', 45],
]);
const statuses = weightTable<ClientStatus>([
  ['active', 87],
  ['prospect', 5],
  ['former', 8],
]);
const types = weightTable<ClientType>([
  ['household', 52],
  ['individual', 28],
  ['business', 10],
  ['trust', 10],
]);
const moods: Record<ClientStatus, WeightTable<Mood>> = {
  active: weightTable<Mood>([
    ['happy', 68],
    ['neutral', 24],
    ['unhappy', 8],
  ]),
  // People rarely leave a firm they are happy with.
  former: weightTable<Mood>([
    ['happy', 20],
    ['neutral', 35],
    ['unhappy', 45],
  ]),
  prospect: weightTable<Mood>([
    ['happy', 60],
    ['neutral', 40],
  ]),
};
const preferredContacts = weightTable<NonNullable<Person['preferredContact']>>([
  ['email', 45],
  ['phone', 33],
  ['meeting', 10],
  ['message', 9],
  ['post', 3],
]);
/** Share of each tier's households whose book an adviser holds rather than an account manager. */
const adviserShare: Record<Tier, number> = { A: 0.6, B: 0.15, C: 0.05 };

/** What is drawn first for every household, before people: enough to order households by creation. */
interface Outline {
  tier: Tier;
  status: ClientStatus;
  type: ClientType;
  since: number | null;
  left: number | null;
  start: number;
  end: number;
  createdAt: string;
}

interface Draft {
  name: PersonName;
  sex: Sex;
  relationship: Person['relationship'];
  age: number;
}

const other = (sex: Sex): Sex => (sex === 'female' ? 'male' : 'female');
const fullName = (name: PersonName) => `${name.first} ${name.last}`;

/** How long ago a long-standing client joined: most within ten years, a few for decades. */
function yearsAsClient(rng: Rng): number {
  return Math.min(30, 2 + rng.logNormal(5, 0.7));
}

function outline(rng: Rng, cal: Calendar, importDay: number): Outline & { key: number } {
  const tier = rng.draw(tiers);
  const status = rng.draw(statuses);
  const type = rng.draw(types);
  const first = cal.historyStart;
  const last = cal.yesterday;
  let since: number | null = null;
  let left: number | null = null;
  let start = first;
  if (status === 'prospect') {
    start = last - rng.int(7, 150);
  } else {
    const joinedRecently = rng.chance(status === 'active' ? 0.14 : 0.1);
    if (joinedRecently) {
      since = status === 'active' ? rng.int(first + 20, last - 14) : rng.int(first + 20, first + 400);
      // The months of courting before they signed.
      start = Math.max(first, since - rng.int(14, 75));
    } else {
      since = cal.yearsBefore(first, yearsAsClient(rng));
    }
    if (status === 'former') left = rng.int(Math.max(first + 45, since + 60), last - 7);
  }
  const end = left ?? last;
  // Long-standing clients came in with the import when the firm started using Clientbook.
  const imported = since !== null && since < first;
  const createdDay = imported ? importDay : start;
  const createdMinute = imported ? 11 * 60 : rng.int(9 * 60, 17 * 60);
  return {
    tier,
    status,
    type,
    since,
    left,
    start,
    end,
    createdAt: cal.instant(createdDay, createdMinute),
    key: createdDay * 1440 + createdMinute,
  };
}

function primaryAge(rng: Rng, type: ClientType, tier: Tier): number {
  if (type === 'business') return Math.round(clamp(52 + 9 * rng.normal(), 30, 75));
  if (type === 'trust') return Math.round(clamp(70 + 10 * rng.normal(), 40, 95));
  const mean = { A: 64, B: 57, C: 47 }[tier];
  return Math.round(clamp(mean + 11 * rng.normal(), 24, 91));
}

function childCount(rng: Rng, parentAge: number): number {
  const roll = rng.next();
  if (parentAge < 45) return roll < 0.3 ? 0 : roll < 0.6 ? 1 : 2;
  if (parentAge < 65) return roll < 0.5 ? 0 : roll < 0.75 ? 1 : 2;
  return roll < 0.7 ? 0 : roll < 0.88 ? 1 : 2;
}

function child(rng: Rng, parent: Draft, last: string): Draft {
  const sex = pickSex(rng);
  const age = Math.max(0, parent.age - rng.int(22, 40));
  return { name: { first: firstName(rng, parent.name.culture, sex), last, culture: parent.name.culture }, sex, relationship: 'child', age };
}

/** A relative of `of` (spouse, sibling, co-trustee) who shares their surname with probability `sameLast`. */
function relative(
  rng: Rng,
  names: NameTables,
  of: Draft,
  sex: Sex,
  sameLast: number,
  relationship: Person['relationship'],
  age: number,
): Draft {
  const culture = rng.chance(0.8) ? of.name.culture : pickCulture(rng, names);
  const last = rng.chance(sameLast) ? of.name.last : rng.pick(culture.last);
  return { name: { first: firstName(rng, culture, sex), last, culture }, sex, relationship, age: Math.round(age) };
}

interface Members {
  drafts: Draft[];
  clientName: string;
  primaryIndex: number;
}

function familyMembers(rng: Rng, names: NameTables, head: Draft): Members {
  const drafts = [head];
  let clientName: string;
  let primaryIndex = 0;
  let children: number;
  let childLast = head.name.last;
  if (rng.chance(0.8)) {
    const sex = rng.chance(0.92) ? other(head.sex) : head.sex;
    const partner = relative(rng, names, head, sex, 0.7, 'spouse_partner', clamp(head.age + 4 * rng.normal(), 22, 98));
    drafts.push(partner);
    clientName = coupleName(rng, head.name, partner.name);
    if (partner.name.last !== head.name.last && rng.chance(0.3)) childLast = `${head.name.last}-${partner.name.last}`;
    // Often the partner is the one who deals with the firm.
    if (rng.chance(0.15)) primaryIndex = 1;
    children = childCount(rng, head.age);
  } else {
    clientName = rng.chance(0.7) ? `The ${head.name.last} Household` : `${head.name.last} Family`;
    children = rng.int(1, 2);
  }
  for (let i = 0; i < children; i++) drafts.push(child(rng, head, childLast));
  if (drafts.length < 4 && head.age >= 40 && head.age <= 68 && rng.chance(0.1)) {
    drafts.push(relative(rng, names, head, pickSex(rng), 0.65, 'parent', Math.min(98, head.age + rng.int(24, 32))));
  }
  return { drafts, clientName, primaryIndex };
}

function members(rng: Rng, names: NameTables, type: ClientType, tier: Tier): Members {
  const age = primaryAge(rng, type, tier);
  const sex = pickSex(rng);
  const head: Draft = { name: personName(rng, sex, names), sex, relationship: type === 'trust' ? 'trustee' : 'primary', age };
  switch (type) {
    case 'household':
      return familyMembers(rng, names, head);
    case 'individual': {
      const drafts = [head];
      if (rng.chance(0.2)) {
        // Older clients often add an adult child as a contact; younger ones a sibling or friend.
        drafts.push(
          age >= 70
            ? relative(rng, names, head, pickSex(rng), 0.7, 'child', age - rng.int(25, 38))
            : relative(rng, names, head, pickSex(rng), 0.5, 'other', clamp(age + 8 * rng.normal(), 20, 90)),
        );
      }
      return { drafts, clientName: fullName(head.name), primaryIndex: 0 };
    }
    case 'business': {
      const drafts = [head];
      // A co-owner, and sometimes the office manager who handles the paperwork.
      if (rng.chance(0.4)) drafts.push(relative(rng, names, head, pickSex(rng), 0.1, 'other', clamp(age + 10 * rng.normal(), 28, 75)));
      if (rng.chance(0.2)) drafts.push(relative(rng, names, head, pickSex(rng), 0.05, 'other', rng.int(25, 60)));
      return { drafts, clientName: businessName(rng, names, head.name.last), primaryIndex: 0 };
    }
    case 'trust': {
      const drafts = [head];
      let coGrantor: string | null = null;
      if (rng.chance(0.5)) {
        const spouse = relative(rng, names, head, other(head.sex), 0.8, 'trustee', clamp(age + 4 * rng.normal(), 35, 98));
        drafts.push(spouse);
        if (spouse.name.last === head.name.last) coGrantor = spouse.name.first;
      }
      if (rng.chance(0.35)) drafts.push(relative(rng, names, head, pickSex(rng), 0.8, 'child', age - rng.int(25, 38)));
      return { drafts, clientName: trustName(rng, names.trusts, head.name, coGrantor), primaryIndex: 0 };
    }
  }
}

function email(rng: Rng, name: PersonName): string {
  const first = asciiSlug(name.first) || 'client';
  const last = asciiSlug(name.last) || 'client';
  const roll = rng.next();
  const local =
    roll < 0.7
      ? `${first}.${last}`
      : roll < 0.8
        ? `${first}${last}`
        : roll < 0.9
          ? `${first.charAt(0)}${last}`
          : `${first}.${last}${rng.int(1, 99)}`;
  return `${local}@${rng.chance(0.75) ? 'example.com' : 'example.org'}`;
}

function preferredContact(rng: Rng, emailAddress: string | null, phoneNumber: string | null): Person['preferredContact'] {
  const method = rng.draw(preferredContacts);
  if (!emailAddress && (method === 'email' || method === 'message')) return 'phone';
  if (!phoneNumber && method === 'phone') return 'email';
  return method;
}

function tags(rng: Rng, region: Region, type: ClientType, tier: Tier, assets: number, drafts: readonly Draft[], head: Draft): string[] {
  const result: string[] = [];
  if (type === 'business') result.push('business owner');
  if (type === 'trust') result.push('estate planning');
  if (type !== 'business') {
    if (head.age >= 67) result.push('retired');
    else if (head.age >= 55) result.push('pre-retiree');
  }
  const children = drafts.filter((d) => d.relationship === 'child');
  if (children.some((c) => c.age < 18)) result.push('young family');
  if (children.some((c) => c.age >= 14 && c.age <= 21)) result.push(region.tags.educationPlanning);
  if (tier === 'A' && assets >= region.highNetWorth) result.push('high net worth');
  const source = rng.next();
  if (source < 0.18) result.push('referral: client');
  else if (source < 0.28) result.push(region.tags.accountantReferral);
  else if (source < 0.33) result.push('seminar');
  if (rng.chance(0.06)) result.push('ESG preference');
  return result;
}

/** Log-normal assets within a tier's band. Out-of-band draws are redrawn: clamping would pile households up at exactly the band's edge. */
function assetsIn(rng: Rng, median: number, min: number, max: number): number {
  for (let tries = 0; tries < 20; tries++) {
    const assets = rng.logNormal(median, 0.5);
    if (assets >= min && assets <= max) return assets;
  }
  return median;
}

/** Average days in a month, to turn a review cadence in months into a step in days. */
const DAYS_PER_MONTH = 30.44;

/**
 * Review days at the client's cadence, each a few weeks early or late. About one client in eight
 * let its latest review slip, so is now overdue.
 */
function reviewDays(rng: Rng, cal: Calendar, cadenceMonths: number, from: number, to: number): number[] {
  const cadence = Math.round(cadenceMonths * DAYS_PER_MONTH);
  const slack = Math.min(21, Math.round(cadence / 6));
  const days: number[] = [];
  for (let day = from + rng.int(20, cadence); day <= to; day += cadence + rng.int(-slack, slack)) {
    days.push(cal.workdayNear(rng, day, from, to));
  }
  if (days.length > 1 && rng.chance(0.12)) days.pop();
  return days;
}

/**
 * Clients and their people, numbered in the order they were created: the book imported when the
 * firm started using Clientbook (`importDay`) first, then prospects and new clients as they came.
 */
export function generateHouseholds(
  count: number,
  team: Team,
  importDay: number,
  settings: Pick<Settings, 'currency' | 'reviewCadenceMonths'>,
  region: Region,
  cal: Calendar,
  rng: Rng,
): Household[] {
  const { currency, reviewCadenceMonths: reviewCadence } = settings;
  const profiles = rng.fork('profiles');
  const outlines: Outline[] = [];
  const keys: number[] = [];
  for (let i = 0; i < count; i++) {
    const { key, ...rest } = outline(rng, cal, importDay);
    outlines.push(rest);
    keys.push(key);
  }

  const clientIds = new IdSequence('cl', 6);
  const personIds = new IdSequence('pe', 6);
  const households: Household[] = [];
  for (const index of timeOrder(keys)) {
    const o = outlines[index] as Outline;
    const clientId = clientIds.next();
    const managers = rng.chance(adviserShare[o.tier]) ? team.advisers : team.accountManagers;
    const pod = team.pod(rng.pick(managers).id);
    const { drafts, clientName, primaryIndex } = members(rng, region.names, o.type, o.tier);
    const band = region.assetBands[o.tier];
    const typeFactor = o.type === 'business' ? 0.8 : o.type === 'trust' ? 1.2 : 1;
    const assets = Math.round(assetsIn(rng, band.median * typeFactor, band.min, band.max));

    const people: Person[] = [];
    const contacts: Contact[] = [];
    drafts.forEach((draft, i) => {
      const adult = draft.age >= 18;
      const isPrimaryContact = i === primaryIndex;
      const emailAddress = adult && (isPrimaryContact || rng.chance(0.9)) ? email(rng, draft.name) : null;
      const phoneNumber = adult && rng.chance(0.88) ? region.phone(rng) : null;
      // Business contacts rarely give their birthday; families usually do.
      const knownBirthday = rng.chance(o.type === 'business' && i > 0 ? 0.4 : 0.92);
      const person: Person = {
        id: personIds.next(),
        clientId,
        name: fullName(draft.name),
        relationship: draft.relationship,
        dateOfBirth: knownBirthday ? cal.day(cal.yearsBefore(cal.today, draft.age) - rng.int(0, 364)) : null,
        email: emailAddress,
        phone: phoneNumber,
        preferredContact: adult ? preferredContact(rng, emailAddress, phoneNumber) : null,
        isPrimaryContact,
      };
      people.push(person);
      if (adult) {
        const contact = { person, first: draft.name.first };
        if (isPrimaryContact) contacts.unshift(contact);
        else contacts.push(contact);
      }
    });

    const head = drafts[0] as Draft;
    const clientTags = tags(rng, region, o.type, o.tier, assets, drafts, head);
    const mood = rng.draw(moods[o.status]);
    const client: Client = {
      id: clientId,
      name: clientName,
      type: o.type,
      status: o.status,
      tier: o.tier,
      primaryManagerId: pod.manager.id,
      clientSince: o.since === null ? null : cal.day(o.since),
      tags: clientTags,
      lastContactAt: null,
      ...clientProfile(
        profiles,
        { ...o, mood, pod, primaryPrefers: contacts[0]?.person.preferredContact ?? null, assets, currency },
        region,
        cal,
      ),
      // Clients who left over a year ago are filed away, as a firm would.
      archived: o.left !== null && o.left < cal.today - 365,
      createdAt: o.createdAt,
      updatedAt: o.createdAt,
    };
    const reviewFrom = Math.max(o.start, o.since ?? o.start);
    const drifting = o.status === 'active' && mood === 'unhappy' && o.since !== null && o.since < cal.historyStart && rng.chance(0.5);
    // Nobody has been in touch with a drifting client for three to six months.
    const end = drifting ? o.end - rng.int(95, 180) : o.end;
    households.push({
      client,
      people,
      contacts,
      pod,
      start: o.start,
      end,
      since: o.since,
      left: o.left,
      mood,
      drifting,
      reviews: o.status === 'prospect' ? [] : reviewDays(rng, cal, cadenceMonths(client, reviewCadence), reviewFrom, end),
      assets,
      hasPartner: drafts.some((d) => d.relationship === 'spouse_partner'),
      hasChildren: drafts.some((d) => d.relationship === 'child'),
    });
  }
  return households;
}

/** The primary contact most of the time, otherwise another adult of the household. */
export function pickContact(rng: Rng, household: Household): Contact {
  const [primary] = household.contacts;
  if (!primary) throw new Error(`${household.client.id} has no adult contact`);
  return household.contacts.length === 1 || rng.chance(0.75) ? primary : rng.pick(household.contacts);
}

/** Every household, flattened: the clients and people collections of the book. */
export function clientsAndPeople(households: readonly Household[]): { clients: Client[]; people: Person[] } {
  return { clients: households.map((h) => h.client), people: households.flatMap((h) => h.people) };
}
