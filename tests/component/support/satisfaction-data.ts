import type { SurveyRow, TrendPoint, TrendSeries } from '../../../shared/model';

export function trendPoint(overrides: Partial<TrendPoint> = {}): TrendPoint {
  return {
    key: '2026-03',
    from: '2026-03-01',
    to: '2026-03-31',
    nps: 42,
    csat: 88,
    npsResponses: 50,
    csatResponses: 40,
    promoters: 30,
    passives: 11,
    detractors: 9,
    requests: 80,
    responseRate: 62.5,
    ...overrides,
  };
}

/** A month of 2026 (1–12) as a trend point. */
export function monthPoint(month: number, overrides: Partial<TrendPoint> = {}): TrendPoint {
  const mm = String(month).padStart(2, '0');
  const lastDay = new Date(Date.UTC(2026, month, 0)).getUTCDate();
  return trendPoint({ key: `2026-${mm}`, from: `2026-${mm}-01`, to: `2026-${mm}-${lastDay}`, ...overrides });
}

export function trendSeries(overrides: Partial<TrendSeries> = {}): TrendSeries {
  return {
    key: 'firm',
    label: 'Whole firm',
    points: [],
    rolling90: trendPoint({ key: 'rolling-90', from: '2026-01-01', to: '2026-03-31' }),
    ...overrides,
  };
}

/** A response as `surveys:list` lists it; a follow-up task given for the row is on its survey too. */
export function surveyRow(overrides: Partial<SurveyRow['survey']> = {}, row: Partial<Omit<SurveyRow, 'survey'>> = {}): SurveyRow {
  const followUpTaskId = row.followUpTaskId ?? null;
  return {
    survey: {
      id: 'sv_1',
      clientId: 'cl_1',
      personId: null,
      on: '2026-03-12',
      nps: 9,
      csat: 5,
      channel: 'meeting',
      comment: '',
      recordedById: 'tm_1',
      followUpTaskId,
      ...overrides,
    },
    clientName: 'Okafor Household',
    personName: null,
    managerId: 'tm_1',
    managerName: 'Priya Shah',
    tier: 'A',
    followUpTaskId,
    ...row,
  };
}
