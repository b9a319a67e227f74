import { zonedToday } from '../../../shared/domain/local-day';
import { defaultSettings, type DemoRegion, type Settings } from '../../../shared/model';
import type { Book } from '../store/book';
import { defaultWorkflowTemplates } from '../store/default-workflows';
import { Calendar } from './calendar';
import { generateHoldings } from './holdings';
import { clientsAndPeople, generateHouseholds } from './households';
import { generateInteractions } from './interactions';
import { regions, type Region } from './region';
import { generateRequests } from './requests';
import { generateReviews } from './reviews';
import { Rng } from './rng';
import { generateSurveys } from './surveys';
import { generateTasks } from './tasks';
import { generateTeam } from './team';
import { demoViews } from './views';

export type Scale = 'demo' | 'S' | 'M' | 'L';
export const scales: readonly Scale[] = ['demo', 'S', 'M', 'L'];

/** Record counts per scale. Staff, people and holdings follow from the number of households. */
export const scaleSizes: Record<Scale, { households: number; interactions: number; tasks: number; surveys: number; requests: number }> = {
  demo: { households: 150, interactions: 3_000, tasks: 1_500, surveys: 600, requests: 60 },
  S: { households: 500, interactions: 10_000, tasks: 5_000, surveys: 2_000, requests: 500 },
  M: { households: 5_000, interactions: 100_000, tasks: 50_000, surveys: 20_000, requests: 5_000 },
  L: { households: 50_000, interactions: 1_000_000, tasks: 500_000, surveys: 200_000, requests: 50_000 },
};

export const DEFAULT_SEED = 1;

export interface GenerateOptions {
  scale: Scale;
  seed?: number;
  /** `YYYY-MM-DD`: the day the book is "now" for. History ends the day before; tasks may be due later. */
  today: string;
  /** Whose firm: a US one (the default) or an Indian one, with its names, addresses, money and products. */
  region?: DemoRegion;
}

/** The settings a region's demo firm starts with: its own over the defaults. */
function demoSettingsOf(region: Region): Settings {
  return { ...defaultSettings, ...region.settings };
}

/**
 * Today for the demo firm of `regionName` at `now`: its day in the time zone its settings will name
 * (Kolkata's for the Indian firm), not the zone of the book it replaces, so its history ends on its own yesterday.
 */
export function demoToday(now: Date, regionName: DemoRegion = 'us'): string {
  return zonedToday(now, demoSettingsOf(regions[regionName]).timeZone);
}

/**
 * A whole, plausible advisory firm: staff, clients with their people and holdings, two years of
 * interactions, surveys and survey requests, tasks past and pending (some repeating, some from workflows),
 * service requests, and reviews held and booked. Deterministic: the same options give the
 * same book, byte for byte.
 */
export function generateBook(options: GenerateOptions): Book {
  const { scale, seed = DEFAULT_SEED, today, region: regionName = 'us' } = options;
  const size = scaleSizes[scale];
  if (!size) throw new Error(`scale must be one of ${scales.join(', ')}, not "${String(scale)}".`);
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}.`);
  const region = regions[regionName];
  if (!region) throw new Error(`region must be one of ${Object.keys(regions).join(', ')}, not "${String(regionName)}".`);
  const demoSettings = demoSettingsOf(region);
  const cal = new Calendar(today, region.utcOffsetMinutes);
  const rng = new Rng(seed);
  // The firm set up Clientbook, and imported its existing book, a month before the history starts.
  const setupDay = cal.historyStart - 30;

  const team = generateTeam(size.households, region.names, setupDay, cal, rng.fork('team'));
  const households = generateHouseholds(size.households, team, setupDay, demoSettings, region, cal, rng.fork('households'));
  const holdings = generateHoldings(households, region, setupDay, cal, rng.fork('holdings'));
  const { interactions, lastContact } = generateInteractions(households, size.interactions, region.phrases, cal, rng.fork('interactions'));
  const workflowTemplates = defaultWorkflowTemplates(cal.instant(setupDay, 9 * 60), region.workflowWording);
  const requests = generateRequests(households, size.requests, demoSettings, region.phrases.requests, cal, rng.fork('requests'));
  const { tasks, runs } = generateTasks(households, team, size.tasks, cal, rng.fork('tasks'), {
    requests,
    templates: workflowTemplates,
    phrases: region.phrases,
  });
  const { surveys, surveyRequests } = generateSurveys(households, size.surveys, cal, rng.fork('surveys'));
  const reviews = generateReviews(households, demoSettings, region.phrases, cal, rng.fork('reviews'));

  const { clients, people } = clientsAndPeople(households);
  for (const client of clients) {
    client.lastContactAt = lastContact.get(client.id) ?? null;
    // Logging contact touches the client record; ISO instants in UTC compare as strings.
    if (client.lastContactAt && client.lastContactAt > client.updatedAt) client.updatedAt = client.lastContactAt;
  }

  return {
    teamMembers: team.members,
    clients,
    people,
    holdings,
    interactions,
    tasks,
    surveys,
    surveyRequests,
    savedViews: demoViews(team, setupDay, cal),
    requests,
    workflowTemplates,
    workflowRuns: runs,
    reviews,
    // Packets are PDFs made in the app; a generated book has none yet.
    issuedPackets: [],
    // Nothing was imported into a generated book.
    imports: [],
    settings: structuredClone(demoSettings),
    meta: { initializedAt: `${today}T09:00:00.000Z`, origin: 'demo' },
  };
}
