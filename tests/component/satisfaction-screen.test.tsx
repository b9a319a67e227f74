import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { periodsBack, rolling90 as periodsRolling90, trendSeries as domainTrendSeries } from '../../shared/domain/satisfaction';
import type { TrendPeriod, TrendPoint, TrendSeries } from '../../shared/model';
import { ChartWidthContext } from '../../renderer/features/satisfaction/charts/chart-size';
import { SatisfactionScreen } from '../../renderer/features/satisfaction/satisfaction-screen';
import { monthPoint, surveyRow, trendPoint, trendSeries } from './support/satisfaction-data';
import { renderWithApp } from './support/render';

const firm = trendSeries({
  points: [
    monthPoint(1, { nps: 35, npsResponses: 44 }),
    monthPoint(2, { nps: -12, npsResponses: 12, csatResponses: 10 }),
    monthPoint(3, { nps: 42 }),
  ],
});

/** The last 90 days up to the end of March 2026. */
function rolling90(overrides: Partial<TrendPoint>): TrendPoint {
  return trendPoint({ key: 'rolling-90', from: '2026-01-01', to: '2026-03-31', ...overrides });
}

const byManager = [
  trendSeries({ key: 'tm_1', label: 'Priya Shah', rolling90: rolling90({ nps: 51 }) }),
  trendSeries({ key: 'tm_2', label: 'Sam Lee', rolling90: rolling90({ nps: 8, npsResponses: 9 }) }),
];

const byTier = [trendSeries({ key: 'A', label: 'Tier A', rolling90: rolling90({ nps: 60 }) })];

const comment = surveyRow(
  {
    id: 'sv_9',
    clientId: 'cl_2',
    nps: 3,
    csat: 2,
    on: '2026-03-20',
    channel: 'phone',
    comment: 'Nobody called me back about the transfer.',
  },
  { clientName: 'Lindqvist Family', personName: 'Anna Lindqvist' },
);
const februaryResponse = surveyRow({ id: 'sv_4', on: '2026-02-14', nps: 10, comment: '' }, { personName: 'Ada Okafor' });

/** `count` answers from one client on one day. */
function answered(count: number, nps: number | null, csat: number | null, on = '2026-03-10') {
  return Array.from({ length: count }, () => ({ clientId: 'cl_1', on, nps, csat }));
}

/** The firm's series as the backend computes it on 31 March 2026, so figures reach the screen exactly as it sends them. */
function firmSeriesOf(surveys: ReturnType<typeof answered>, period: TrendPeriod): TrendSeries {
  const [series] = domainTrendSeries({
    surveys,
    requests: [],
    groups: [{ key: 'firm', label: 'Whole firm' }],
    groupsOf: () => ['firm'],
    periods: periodsBack('2026-03-31', period, period === 'year' ? 60 : 4),
    rolling: periodsRolling90('2026-03-31'),
  });
  return series!;
}

function renderFirm(series: TrendSeries) {
  return renderWithApp(
    <ChartWidthContext value={640}>
      <SatisfactionScreen />
    </ChartWidthContext>,
    { route: '/satisfaction', handlers: { 'satisfaction:trends': () => [series], 'surveys:list': () => [] } },
  );
}

function renderScreen() {
  return renderWithApp(
    // happy-dom has no layout: a fixed width lets the charts draw.
    <ChartWidthContext value={640}>
      <SatisfactionScreen />
    </ChartWidthContext>,
    {
      route: '/satisfaction',
      handlers: {
        'satisfaction:trends': (input) => (input.groupBy === 'firm' ? [firm] : input.groupBy === 'tier' ? byTier : byManager),
        'surveys:list': (input) => (input?.withComment ? [comment] : input?.from === '2026-02-01' ? [februaryResponse] : []),
      },
    },
  );
}

describe('Satisfaction screen', () => {
  it('asks for two years of monthly firm trends and shows the NPS series in the table view', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen();
    const trend = await screen.findByRole('figure', { name: 'NPS and CSAT' });
    expect(transport.callsTo('satisfaction:trends')).toContainEqual({ period: 'month', months: 24, groupBy: 'firm' });
    expect(within(trend).getByText('Latest: NPS +42 in Mar 2026, from 50 answers.', { selector: 'p' })).toBeTruthy();

    await user.click(within(trend).getByRole('button', { name: 'Table' }));
    const rows = within(within(trend).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['Jan 2026', '+35', '88%'],
      ['Feb 2026', '-12', '88%'],
      ['Mar 2026', '+42', '88%'],
    ]);
  });

  it('draws every point, marks the low-confidence ones and explains them', async () => {
    const user = userEvent.setup();
    renderScreen();
    const trend = await screen.findByRole('figure', { name: 'NPS and CSAT' });
    // One NPS circle and one CSAT square per month, none hidden.
    const markers = trend.querySelectorAll('svg.recharts-surface .sat-marker');
    expect(markers).toHaveLength(6);
    expect(trend.querySelectorAll('svg.recharts-surface .sat-marker[data-low-confidence]')).toHaveLength(2);
    expect(within(trend).getByText('Fewer than 30 answers — low confidence')).toBeTruthy();

    const mix = screen.getByRole('figure', { name: 'Promoters, passives and detractors' });
    expect(mix.querySelectorAll('.sat-bar')).toHaveLength(9);
    expect(mix.querySelectorAll('.sat-bar--low')).toHaveLength(3);
    // The note's picture is drawn as the chart draws a low-confidence figure: a pale bar here, a hollow point on the trend.
    expect(mix.querySelector('.sat-chart__note rect[fill-opacity]')).not.toBeNull();
    expect(trend.querySelector('.sat-chart__note circle[data-low-confidence]')).not.toBeNull();

    await user.click(within(trend).getByRole('button', { name: 'Table' }));
    expect(within(trend).getByRole('row', { name: /Feb 2026/ }).textContent).toContain('Low confidence');
    expect(within(trend).getByRole('row', { name: /Mar 2026/ }).textContent).not.toContain('Low confidence');
  });

  it('lists the responses of a period picked from the table view', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen();
    const trend = await screen.findByRole('figure', { name: 'NPS and CSAT' });
    await user.click(within(trend).getByRole('button', { name: 'Table' }));
    await user.click(within(trend).getByRole('button', { name: 'Show responses: Feb 2026' }));

    const panel = await screen.findByRole('region', { name: 'Responses: Feb 2026' });
    expect(transport.callsTo('surveys:list')).toContainEqual({ from: '2026-02-01', to: '2026-02-28', limit: 1000 });
    expect(await within(panel).findByText('NPS 10 · Promoter')).toBeTruthy();
    expect(within(panel).getByText(/Ada Okafor/)).toBeTruthy();
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Responses: Feb 2026' }));

    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Responses: Feb 2026' })).toBeNull();
  });

  it('compares managers over the last 90 days and drills into one', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen();
    const managers = await screen.findByRole('figure', { name: 'NPS by manager, last 90 days' });
    expect(transport.callsTo('satisfaction:trends')).toContainEqual({ period: 'month', months: 24, groupBy: 'manager' });
    expect(managers.querySelectorAll('.sat-bar')).toHaveLength(2);
    expect(managers.querySelectorAll('.sat-bar--low')).toHaveLength(1);
    expect(within(managers).getByText('Highest: Priya Shah at +51. Lowest: Sam Lee at +8.', { selector: 'p' })).toBeTruthy();

    await user.click(within(managers).getByRole('button', { name: 'Table' }));
    await user.click(within(managers).getByRole('button', { name: 'Show responses: Sam Lee' }));
    await screen.findByRole('region', { name: 'Responses: Sam Lee, Last 90 days' });
    expect(transport.callsTo('surveys:list')).toContainEqual({ from: '2026-01-01', to: '2026-03-31', managerId: 'tm_2', limit: 1000 });
  });

  it('compares tiers when asked', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'By tier' }));
    const tiers = await screen.findByRole('figure', { name: 'NPS by tier, last 90 days' });
    expect(transport.callsTo('satisfaction:trends')).toContainEqual({ period: 'month', months: 24, groupBy: 'tier' });
    await waitFor(() => expect(tiers.querySelectorAll('.sat-bar')).toHaveLength(1));
  });

  it('shows the latest comments with scores, client, person and date', async () => {
    const { transport } = renderScreen();
    const comments = await screen.findByRole('list', { name: 'Latest comments' });
    expect(transport.callsTo('surveys:list')).toContainEqual({ withComment: true, limit: 20 });
    expect(within(comments).getByText('NPS 3 · Detractor')).toBeTruthy();
    expect(within(comments).getByText('CSAT 2/5')).toBeTruthy();
    expect(within(comments).getByRole('link', { name: 'Lindqvist Family' }).getAttribute('href')).toBe('/clients/cl_2');
    expect(within(comments).getByText('Anna Lindqvist · Mar 20, 2026 · Phone')).toBeTruthy();
    expect(within(comments).getByText('Nobody called me back about the transfer.')).toBeTruthy();
  });

  it('rounds a yearly NPS once: 53 promoters and 21 detractors of 105 answers (30.48) show +30', async () => {
    const user = userEvent.setup();
    const answers = [...answered(53, 10, null), ...answered(31, 8, null), ...answered(21, 3, null)].map((answer, index) => ({
      ...answer,
      on: `2025-${String((index % 12) + 1).padStart(2, '0')}-10`,
    }));
    renderFirm(firmSeriesOf(answers, 'year'));
    await user.click(await screen.findByRole('button', { name: 'Yearly' }));
    const trend = await screen.findByRole('figure', { name: 'NPS and CSAT' });
    await user.click(within(trend).getByRole('button', { name: 'Table' }));
    expect(within(trend).getByRole('row', { name: /^2025/ }).children[1]!.textContent).toBe('+30');
  });

  it('judges each figure by the answers to its own measure, says "No answers" for an empty month and breaks the line there', async () => {
    const user = userEvent.setup();
    // February: 28 NPS answers (too few) and 38 CSAT answers (enough), 10 of them CSAT only. January: none.
    const answers = [
      ...answered(40, 9, 5, '2025-12-10'),
      ...answered(28, 9, 5, '2026-02-10'),
      ...answered(10, null, 4, '2026-02-11'),
      ...answered(40, 6, 3, '2026-03-10'),
    ];
    renderFirm(firmSeriesOf(answers, 'month'));
    const trend = await screen.findByRole('figure', { name: 'NPS and CSAT' });
    const lowMarkers = trend.querySelectorAll('svg.recharts-surface .sat-marker[data-low-confidence]');
    expect([...lowMarkers].map((marker) => marker.tagName.toLowerCase())).toEqual(['circle']);
    // Each line is drawn in two pieces, December alone and February to March, never across the empty January.
    const lines = trend.querySelectorAll('svg.recharts-surface path.recharts-line-curve');
    expect([...lines].map((line) => line.getAttribute('d')!.match(/M/g)!.length)).toEqual([2, 2]);
    expect(trend.querySelectorAll('svg.recharts-surface .sat-marker')).toHaveLength(6);

    await user.click(within(trend).getByRole('button', { name: 'Table' }));
    const rows = within(within(trend).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => [row.children[0]!.textContent, row.lastElementChild!.textContent])).toEqual([
      ['Dec 2025', ''],
      ['Jan 2026', 'No answers'],
      ['Feb 2026', 'NPS: low confidence'],
      ['Mar 2026', ''],
    ]);
    const mix = screen.getByRole('figure', { name: 'Promoters, passives and detractors' });
    await user.click(within(mix).getByRole('button', { name: 'Table' }));
    expect(within(mix).getByRole('row', { name: /Jan 2026/ }).lastElementChild!.textContent).toBe('No answers');
    expect(within(mix).getByRole('row', { name: /Feb 2026/ }).lastElementChild!.textContent).toBe('Low confidence');
  });

  it('switches to quarters', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen();
    await screen.findByRole('figure', { name: 'NPS and CSAT' });
    await user.click(screen.getByRole('button', { name: 'Quarterly' }));
    await waitFor(() =>
      expect(transport.callsTo('satisfaction:trends')).toContainEqual({ period: 'quarter', months: 24, groupBy: 'firm' }),
    );
  });
});
