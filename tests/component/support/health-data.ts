import type { Dashboard, HealthPart, HealthReport, HealthRow, TrendPoint } from '../../../shared/model';
import { trendPoint } from './satisfaction-data';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

export function healthPart(overrides: Partial<HealthPart> = {}): HealthPart {
  return {
    key: 'contact',
    points: 4,
    max: 20,
    fact: { code: 'contact.overdue', values: { days: 143, expected: 30, tier: 'A' } },
    ...overrides,
  };
}

/** A red report whose main reason is overdue contact; parts as in the default settings. */
export function healthReport(overrides: Partial<HealthReport> = {}): HealthReport {
  const contact = healthPart();
  return {
    clientId: 'cl_1',
    score: 38,
    band: 'red',
    previousScore: 44,
    trend: 'down',
    atRisk: true,
    parts: [
      healthPart({ key: 'satisfaction', points: 12, max: 30, fact: { code: 'satisfaction.nps', values: { score: 5, daysAgo: 40 } } }),
      contact,
      healthPart({ key: 'review', points: 0, max: 15, fact: { code: 'review.overdue', values: { days: 21, dueOn: '2026-03-02' } } }),
      healthPart({ key: 'service', points: 9, max: 15, fact: { code: 'service.issues', values: { complaints: 1, overdueRequests: 0 } } }),
      healthPart({ key: 'assets', points: 3, max: 10, fact: { code: 'assets.change', values: { percent: -12 } } }),
      healthPart({ key: 'tenure', points: 10, max: 10, fact: { code: 'tenure.years', values: { years: 7 } } }),
    ],
    mainReason: contact,
    ...overrides,
  };
}

export function healthRow(overrides: Partial<HealthRow> = {}): HealthRow {
  return {
    report: healthReport(),
    clientName: 'Okafor Household',
    managerId: 'tm_1',
    managerName: 'Priya Shah',
    tier: 'A',
    assets: usd(123_456_700),
    ...overrides,
  };
}

/** The dashboard's month of answers: 40 to NPS and 35 to CSAT, of 60 asked. */
const dashboardMonth: Partial<TrendPoint> = {
  npsResponses: 40,
  csatResponses: 35,
  promoters: 22,
  passives: 13,
  detractors: 5,
  requests: 60,
  responseRate: 0.66,
};

export function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    today: '2026-04-15',
    book: { households: 3, assets: usd(4_500_000_00), annualRevenue: usd(38_250_00) },
    atRisk: [healthRow()],
    atRiskCount: 1,
    bands: { green: 1, amber: 1, red: 1 },
    satisfaction: [trendPoint(dashboardMonth)],
    satisfactionRolling90: trendPoint({ ...dashboardMonth, key: 'rolling-90' }),
    work: { overdue: 2, dueToday: 1, openRequests: 5, overdueRequests: 1 },
    reviewsDueThisMonth: 4,
    reviewsOverdue: 0,
    lost: [],
    assetsLost: usd(0),
    retention: [],
    ...overrides,
  };
}
