import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dashboard, DashboardQuery } from '../../shared/model';
import { AppStatusContext } from '../../renderer/app/app-status';
import { DashboardScreen } from '../../renderer/features/dashboard/dashboard-screen';
import { FirmLocaleContext } from '../../renderer/i18n/firm-locale';
import { appStatus, teamMember } from './support/data';
import { dashboard, healthPart, healthReport, healthRow } from './support/health-data';
import { trendPoint } from './support/satisfaction-data';
import { renderWithApp } from './support/render';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

function renderDashboard(answer: (query: DashboardQuery) => Dashboard) {
  return renderWithApp(
    <AppStatusContext value={{ status: appStatus(), setStatus: () => {} }}>
      <DashboardScreen />
    </AppStatusContext>,
    {
      currentUser: { member: teamMember() },
      tierNames: { A: 'Platinum', B: 'Gold', C: 'Silver' },
      handlers: { 'dashboard:get': answer },
    },
  );
}

const fallingFast = healthRow({
  clientName: 'Brennan Trust',
  managerName: 'Tom Reyes',
  tier: 'B',
  report: healthReport({
    clientId: 'cl_2',
    score: 52,
    band: 'amber',
    previousScore: 71,
    trend: 'down',
    mainReason: healthPart({
      key: 'satisfaction',
      points: 3,
      max: 30,
      fact: { code: 'satisfaction.nps', values: { score: 3, daysAgo: 9 } },
    }),
  }),
});

describe('Dashboard', () => {
  it('writes the book’s totals in the firm’s compact form: crore and lakh in en-IN', async () => {
    const inr = (amountMinor: number) => ({ amountMinor, currency: 'INR' });
    renderWithApp(
      <FirmLocaleContext value={{ locale: 'en-IN', timeZone: 'Asia/Kolkata' }}>
        <AppStatusContext value={{ status: appStatus(), setStatus: () => {} }}>
          <DashboardScreen />
        </AppStatusContext>
      </FirmLocaleContext>,
      {
        currentUser: { member: teamMember() },
        handlers: {
          'dashboard:get': () => dashboard({ book: { households: 150, assets: inr(133_286_539_00), annualRevenue: inr(4_80_000_00) } }),
        },
      },
    );
    const book = await screen.findByRole('region', { name: 'The book' });
    expect((await within(book).findByText('₹13.3Cr')).getAttribute('title')).toBe('₹13,32,86,539');
    expect(within(book).getByText('₹4.8L').getAttribute('title')).toBe('₹4,80,000');
  });

  it('shows my book, then the whole firm after the toggle', async () => {
    const user = userEvent.setup();
    const { transport } = renderDashboard(({ managerId }) =>
      dashboard({ book: { households: managerId ? 42 : 150, assets: usd(210_000_000_00), annualRevenue: usd(1_450_000_00) } }),
    );
    const book = await screen.findByRole('region', { name: 'The book' });
    expect(await within(book).findByText('42')).toBeTruthy();
    expect(within(book).getByText('$210M').getAttribute('title')).toBe('$210,000,000');
    expect(within(book).getByText('$1.45M').getAttribute('title')).toBe('$1,450,000');
    expect(transport.callsTo('dashboard:get')).toEqual([{ managerId: 'tm_1' }]);

    const scope = screen.getByRole('group', { name: 'Whose book' });
    expect(within(scope).getByRole('button', { name: 'My book' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(scope).getByRole('button', { name: 'Whole firm' }));
    expect(await within(book).findByText('150')).toBeTruthy();
    expect(within(scope).getByRole('button', { name: 'Whole firm' }).getAttribute('aria-pressed')).toBe('true');
    expect(transport.callsTo('dashboard:get')).toEqual([{ managerId: 'tm_1' }, { managerId: null }]);
    expect(screen.getByRole('region', { name: "The firm's work" })).toBeTruthy();
  });

  it('lists clients at risk with their main reason, band, trend and a link, and the band counts', async () => {
    renderDashboard(() => dashboard({ atRisk: [healthRow(), fallingFast], atRiskCount: 14, bands: { green: 96, amber: 40, red: 11 } }));
    const card = await screen.findByRole('region', { name: 'Clients at risk' });
    expect(within(card).getByText('14 at risk in all')).toBeTruthy();
    expect(within(card).getByText(/showing the 2 most at risk/)).toBeTruthy();
    const bands = within(card).getByRole('list', { name: 'Clients by health band' });
    expect(
      within(bands)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Good 96', 'Fair 40', 'Poor 11']);

    const rows = within(within(card).getByRole('table', { name: 'Clients at risk, worst first' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);
    const [okafor, brennan] = rows;
    expect(within(okafor!).getByRole('link', { name: 'Okafor Household' }).getAttribute('href')).toBe('/clients/cl_1');
    expect(within(okafor!).getByText('Priya Shah · Platinum')).toBeTruthy();
    expect(within(okafor!).getByText('Poor')).toBeTruthy();
    expect(within(okafor!).getByText('down 6 points since 30 days ago')).toBeTruthy();
    expect(within(okafor!).getByText('No contact for 143 days; Platinum expects 30')).toBeTruthy();
    expect(within(brennan!).getByRole('link', { name: 'Brennan Trust' }).getAttribute('href')).toBe('/clients/cl_2');
    expect(within(brennan!).getByText('Fair')).toBeTruthy();
    expect(within(brennan!).getByText('down 19 points since 30 days ago')).toBeTruthy();
    expect(within(brennan!).getByText('NPS answer of 3, 9 days ago')).toBeTruthy();
  });

  it('says so when nobody is at risk', async () => {
    renderDashboard(() => dashboard({ atRisk: [], atRiskCount: 0 }));
    const card = await screen.findByRole('region', { name: 'Clients at risk' });
    expect(within(card).getByText('0 at risk in all')).toBeTruthy();
    expect(within(card).getByText(/No clients are at risk/)).toBeTruthy();
    expect(within(card).queryByRole('table')).toBeNull();
  });

  it('lists clients lost in the last 12 months with reason, date and assets, and the total', async () => {
    renderDashboard(() =>
      dashboard({
        lost: [
          {
            clientId: 'cl_7',
            clientName: 'Delgado Household',
            managerName: 'Priya Shah',
            on: '2026-02-10',
            reason: 'fees',
            detail: 'Moved to a robo-adviser',
            assetsLeft: usd(1_250_000_00),
          },
          {
            clientId: 'cl_8',
            clientName: 'Ito Family',
            managerName: 'Tom Reyes',
            on: '2025-09-01',
            reason: 'moved',
            detail: '',
            assetsLeft: usd(400_000_00),
          },
        ],
        assetsLost: usd(1_650_000_00),
      }),
    );
    const card = await screen.findByRole('region', { name: 'Clients lost in the last 12 months' });
    expect(within(card).getByText('2 households left')).toBeTruthy();
    const table = within(card).getByRole('table', { name: 'Clients lost in the last 12 months, newest first' });
    const [, delgado, ito, total] = within(table).getAllByRole('row');
    expect(within(delgado!).getByRole('link', { name: 'Delgado Household' }).getAttribute('href')).toBe('/clients/cl_7');
    expect(within(delgado!).getByText('Feb 10, 2026')).toBeTruthy();
    expect(within(delgado!).getByText('Fees')).toBeTruthy();
    expect(within(delgado!).getByText('Moved to a robo-adviser')).toBeTruthy();
    expect(within(delgado!).getByText('$1,250,000')).toBeTruthy();
    expect(within(ito!).getByText('Moved away')).toBeTruthy();
    expect(within(ito!).getByText('$400,000')).toBeTruthy();
    expect(within(total!).getByRole('rowheader', { name: 'Total assets lost' })).toBeTruthy();
    expect(within(total!).getByText('$1,650,000')).toBeTruthy();
  });

  it('shows retention by year, the current year to date', async () => {
    renderDashboard(() =>
      dashboard({
        retention: [
          { year: 2024, atStart: 140, lost: 7, rate: 95 },
          { year: 2025, atStart: 146, lost: 9, rate: 93.8356 },
          { year: 2026, atStart: 0, lost: 0, rate: null },
        ],
      }),
    );
    const card = await screen.findByRole('region', { name: 'Retention by year' });
    const rows = within(within(card).getByRole('table', { name: 'Retention by year' })).getAllByRole('row');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Year', 'Clients at start', 'Lost', 'Retention'],
      ['2024', '140', '7', '95%'],
      ['2025', '146', '9', '93.8%'],
      ['2026 (to date)', '0', '0', 'Not enough clients'],
    ]);
  });

  it('shows the 90-day NPS and CSAT, each with its own number of answers, and both by month', async () => {
    renderDashboard(() =>
      dashboard({
        satisfactionRolling90: trendPoint({ key: 'rolling-90', nps: 37.6, npsResponses: 12, csat: 88.4, csatResponses: 35 }),
      }),
    );
    const card = await screen.findByRole('region', { name: 'Satisfaction' });
    expect(within(card).getByText('+38')).toBeTruthy();
    expect(within(card).getByText(/from 12 answers · Few answers, so read it with care/)).toBeTruthy();
    expect(within(card).getByText('88%')).toBeTruthy();
    expect(within(card).getByText('CSAT, last 90 days')).toBeTruthy();
    // The whole text: 35 CSAT answers are enough, so no low-confidence flag follows.
    expect(within(card).getByText('from 35 answers')).toBeTruthy();
    expect(within(card).getByRole('figure', { name: 'NPS and CSAT by month, last 12 months' })).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Open satisfaction' }).getAttribute('href')).toBe('/satisfaction');
  });

  it('says when the last 90 days have no CSAT answers', async () => {
    renderDashboard(() =>
      dashboard({ satisfactionRolling90: trendPoint({ key: 'rolling-90', nps: 20, npsResponses: 40, csat: null, csatResponses: 0 }) }),
    );
    const card = await screen.findByRole('region', { name: 'Satisfaction' });
    expect(within(card).getByText('+20')).toBeTruthy();
    expect(within(card).getByText('No CSAT answers in the last 90 days')).toBeTruthy();
  });

  it('shows a failure with a way to try again', async () => {
    const user = userEvent.setup();
    let fail = true;
    renderDashboard(() => {
      if (fail) throw new Error('offline');
      return dashboard();
    });
    const alert = await screen.findByRole('alert');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Clients at risk' })).toBeTruthy());
  });
});
