import { describe, expect, it } from 'vitest';
import {
  answerConfidence,
  emptyTally,
  countResponse,
  netPromoterScore,
  npsCategory,
  periodOf,
  periodsBack,
  rolling90,
  satisfactionScore,
  suggestsFollowUp,
  trendPoint,
  trendSeries,
} from '../../../shared/domain/satisfaction';

const answers = (count: number, nps: number | null, csat: number | null = null) => Array.from({ length: count }, () => ({ nps, csat }));

describe('NPS and CSAT', () => {
  it('scores the textbook example: 60 promoters, 25 passives, 15 detractors of 100 → NPS 45', () => {
    expect(netPromoterScore({ promoters: 60, passives: 25, detractors: 15 })).toBe(45);
  });

  it('is null without answers, −100 when all detract and +100 when all promote', () => {
    expect(netPromoterScore({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
    expect(netPromoterScore({ promoters: 0, passives: 0, detractors: 12 })).toBe(-100);
    expect(netPromoterScore({ promoters: 7, passives: 0, detractors: 0 })).toBe(100);
    expect(netPromoterScore({ promoters: 0, passives: 9, detractors: 0 })).toBe(0);
  });

  it('counts 9–10 as promoters, 7–8 as passives and 0–6 as detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('gives CSAT as the share of 4s and 5s: 74 satisfied of 107 → 69.16…', () => {
    expect(satisfactionScore(74, 107)).toBeCloseTo(69.159, 3);
    expect(satisfactionScore(0, 0)).toBeNull();
  });

  it('keeps the measures exact, so the screen that shows them rounds once (30.476…, shown +30, not 30.5 then +31)', () => {
    expect(netPromoterScore({ promoters: 53, passives: 31, detractors: 21 })).toBeCloseTo(30.476, 3);
    // 1,389 satisfied of 2,000 is 69.45%: rounded to one decimal first (69.5), it would show as 70% instead of 69%.
    expect(satisfactionScore(1389, 2000)).toBeCloseTo(69.45, 6);
  });

  it('suggests a follow-up for a detractor or a CSAT of 1–2 only', () => {
    expect(suggestsFollowUp({ nps: 6, csat: null })).toBe(true);
    expect(suggestsFollowUp({ nps: 7, csat: null })).toBe(false);
    expect(suggestsFollowUp({ nps: null, csat: 2 })).toBe(true);
    expect(suggestsFollowUp({ nps: 9, csat: 3 })).toBe(false);
  });
});

describe('trend points', () => {
  it('tallies a period with its NPS and CSAT answers counted apart, and its response rate', () => {
    const tally = emptyTally();
    for (const answer of [...answers(60, 10, 5), ...answers(25, 7), ...answers(15, 3, 2)]) countResponse(tally, answer);
    tally.requests = 160;
    const point = trendPoint({ key: '2026-03', from: '2026-03-01', to: '2026-03-31' }, tally);
    expect(point).toEqual({
      key: '2026-03',
      from: '2026-03-01',
      to: '2026-03-31',
      nps: 45,
      csat: 80,
      npsResponses: 100,
      csatResponses: 75,
      promoters: 60,
      passives: 25,
      detractors: 15,
      requests: 160,
      responseRate: 62.5,
    });
    const few = emptyTally();
    for (const answer of answers(29, 9)) countResponse(few, answer);
    expect(trendPoint(point, few)).toMatchObject({ nps: 100, csat: null, npsResponses: 29, csatResponses: 0, responseRate: null });
  });
});

describe('confidence', () => {
  it('rests on the answers to the measure itself: none, fewer than 30, or enough', () => {
    expect([0, 1, 29, 30, 500].map(answerConfidence)).toEqual(['none', 'low', 'low', 'enough', 'enough']);
  });
});

describe('periods', () => {
  it('finds the month, quarter and year of a day', () => {
    expect(periodOf('2026-02-14', 'month')).toEqual({ key: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    expect(periodOf('2026-11-27', 'quarter')).toEqual({ key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('2024-05-01', 'year')).toEqual({ key: '2024', from: '2024-01-01', to: '2024-12-31' });
  });

  it('covers the months asked for, oldest first, ending with the current period', () => {
    const months = periodsBack('2026-11-27', 'month', 24);
    expect(months).toHaveLength(24);
    expect(months[0]!.key).toBe('2024-12');
    expect(months.at(-1)!.key).toBe('2026-11');
    expect(periodsBack('2026-11-27', 'quarter', 24).map((p) => p.key)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(periodsBack('2026-01-05', 'year', 12).map((p) => p.key)).toEqual(['2025', '2026']);
    expect(rolling90('2026-03-31')).toEqual({ key: 'rolling-90', from: '2026-01-01', to: '2026-03-31' });
  });
});

describe('trendSeries', () => {
  const periods = periodsBack('2026-03-20', 'month', 3);
  const groups = [
    { key: 'A', label: 'Tier A' },
    { key: 'B', label: 'Tier B' },
  ];
  const tierOf: Record<string, string[]> = { c1: ['A'], c2: ['B'], c3: [] };

  it('puts each answer and request in its group and period, empty periods included, and in the rolling 90 days', () => {
    const series = trendSeries({
      surveys: [
        { clientId: 'c1', on: '2026-01-15', nps: 10, csat: null },
        { clientId: 'c1', on: '2026-03-02', nps: 2, csat: 5 },
        { clientId: 'c2', on: '2026-03-02', nps: 8, csat: null },
        { clientId: 'c3', on: '2026-03-02', nps: 0, csat: null },
        // Before the first period and outside the rolling window.
        { clientId: 'c1', on: '2025-06-01', nps: 0, csat: null },
      ],
      requests: [
        { clientId: 'c1', sentOn: '2026-01-10' },
        { clientId: 'c1', sentOn: '2026-01-11' },
      ],
      groups,
      groupsOf: (clientId) => tierOf[clientId] ?? [],
      periods,
      rolling: rolling90('2026-03-20'),
    });
    expect(series.map((s) => s.key)).toEqual(['A', 'B']);
    const [tierA, tierB] = series;
    expect(tierA!.points.map((p) => [p.key, p.nps, p.npsResponses, p.requests, p.responseRate])).toEqual([
      ['2026-01', 100, 1, 2, 50],
      ['2026-02', null, 0, 0, null],
      ['2026-03', -100, 1, 0, null],
    ]);
    expect(tierA!.rolling90).toMatchObject({ nps: 0, npsResponses: 2, csat: 100, requests: 2 });
    expect(tierB!.points[2]).toMatchObject({ nps: 0, passives: 1 });
  });
});
