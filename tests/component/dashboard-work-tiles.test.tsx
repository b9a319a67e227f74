import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../shared/model';
import { AppStatusContext } from '../../renderer/app/app-status';
import { DashboardScreen } from '../../renderer/features/dashboard/dashboard-screen';
import { appStatus, teamMember } from './support/data';
import { dashboard } from './support/health-data';
import { renderWithApp } from './support/render';

function renderDashboard(member: TeamMember | null) {
  return renderWithApp(
    <AppStatusContext value={{ status: appStatus(), setStatus: () => {} }}>
      <DashboardScreen />
    </AppStatusContext>,
    {
      currentUser: { member },
      handlers: { 'dashboard:get': () => dashboard({ reviewsDueThisMonth: 4, reviewsOverdue: 1 }) },
    },
  );
}

describe('Dashboard: work', () => {
  it('shows the current user’s counts, each task and request count linking to its list', async () => {
    renderDashboard(teamMember());
    const work = await screen.findByRole('region', { name: 'Your work' });
    const overdue = within(work).getByRole('link', { name: '2 overdue tasks' });
    expect(overdue.getAttribute('href')).toBe('/tasks');
    expect(within(work).getByRole('link', { name: '1 task due today' }).getAttribute('href')).toBe('/tasks');
    const requests = within(work).getByRole('link', { name: /5 open service requests/ });
    expect(requests.getAttribute('href')).toBe('/requests?view=list&status=open_any&owner=tm_1');
    expect(within(requests).getByText('1 past its due-by time')).toBeTruthy();
    expect(within(work).getByText('reviews due this month').previousElementSibling?.textContent).toBe('4');
    expect(within(work).getByText('overdue review').previousElementSibling?.textContent).toBe('1');
  });

  it('shows the firm’s work, linking to the team’s lists, when nobody is chosen', async () => {
    const { transport } = renderDashboard(null);
    const work = await screen.findByRole('region', { name: "The firm's work" });
    expect(within(work).getByRole('link', { name: '2 overdue tasks' }).getAttribute('href')).toBe('/tasks/team');
    expect(
      within(work)
        .getByRole('link', { name: /5 open service requests/ })
        .getAttribute('href'),
    ).toBe('/requests?view=list&status=open_any');
    expect(screen.getByText(/Showing the whole firm\. Choose who you are/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Whose book' })).toBeNull();
    expect(transport.callsTo('dashboard:get')).toEqual([{ managerId: null }]);
  });
});
