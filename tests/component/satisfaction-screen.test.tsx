import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { periodsBack, rolling90 as periodsRolling90, trendSeries as domainTrendSeries } from '../../shared/domain/satisfaction';
import type { TrendPoint } from '../../shared/model';
import { ChartWidthContext } from '../../renderer/features/satisfaction/charts/chart-size';
import { SatisfactionScreen } from '../../renderer/features/satisfaction/satisfaction-screen';
import { monthPoint, surveyRow, trendPoint, trendSeries } from './support/satisfaction-data';
import { renderWithApp } from './support/render';

const firm = trendSeries({
  points: [
    monthPoint(1, { nps: 35, npsResponses: 44 }),
    monthPoint(2, { nps: -12, npsResponses: 12, csatResponses: 10, lowConfidence: true }),
    monthPoint(3, { nps: 42 }),
  ],
});

/** The last 90 days up to the end of March 2026. */
function rolling90(overrides: Partial<TrendPoint>): TrendPoint {
  return trendPoint({ key: 'rolling-90', from: '2026-01-01', to: '2026-03-31', ...overrides });
}

const byManager = [
  trendSeries({ key: 'tm_1', label: 'Priya Shah', rolling90: rolling90({ nps: 51 }) }),
  trendSeries({ key: 'tm_2', label: 'Sam Lee', rolling90: rolling90({ nps: 8, npsResponses: 9, lowConfidence: true }) }),
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
    expect(within(trend).getByText('Latest: NPS +42 in Mar 2026, from 50 responses.', { selector: 'p' })).toBeTruthy();

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
    expect(within(trend).getByText('Fewer than 30 responses — low confidence')).toBeTruthy();

    const mix = screen.getByRole('figure', { name: 'Promoters, passives and detractors' });
    expect(mix.querySelectorAll('.sat-bar')).toHaveLength(9);
    expect(mix.querySelectorAll('.sat-bar--low')).toHaveLength(3);

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
    // The backend's own arithmetic, so the figure reaches the screen exactly as the backend sends it.
    const answers = [...Array(53).fill(10), ...Array(31).fill(8), ...Array(21).fill(3)].map((nps: number, index) => ({
      clientId: 'cl_1',
      on: `2025-${String((index % 12) + 1).padStart(2, '0')}-10`,
      nps,
      csat: null,
    }));
    const [yearly] = domainTrendSeries({
      surveys: answers,
      requests: [],
      groups: [{ key: 'firm', label: 'Whole firm' }],
      groupsOf: () => ['firm'],
      periods: periodsBack('2026-03-31', 'year', 60),
      rolling: periodsRolling90('2026-03-31'),
    });
    renderWithApp(
      <ChartWidthContext value={640}>
        <SatisfactionScreen />
      </ChartWidthContext>,
      { route: '/satisfaction', handlers: { 'satisfaction:trends': () => [yearly!], 'surveys:list': () => [] } },
    );
    await user.click(await screen.findByRole('button', { name: 'Yearly' }));
    const trend = await screen.findByRole('figure', { name: 'NPS and CSAT' });
    await user.click(within(trend).getByRole('button', { name: 'Table' }));
    expect(within(trend).getByRole('row', { name: /^2025/ }).children[1]!.textContent).toBe('+30');
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
