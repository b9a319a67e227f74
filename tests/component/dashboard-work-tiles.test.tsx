import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkCounts } from '../../shared/model';
import { AppStatusContext } from '../../renderer/app/app-status';
import { DashboardScreen } from '../../renderer/features/dashboard/dashboard-screen';
import { appStatus, teamMember } from './support/data';
import { renderWithApp } from './support/render';

function renderDashboard(counts: WorkCounts | null) {
  return renderWithApp(
    <AppStatusContext value={{ status: appStatus(), setStatus: () => {} }}>
      <DashboardScreen />
    </AppStatusContext>,
    {
      currentUser: { member: counts ? teamMember() : null },
      handlers: { 'tasks:counts': () => counts! },
    },
  );
}

describe('Dashboard: your work', () => {
  it('shows the current user’s counts, each linking to its list', async () => {
    const { transport } = renderDashboard({ overdue: 2, dueToday: 1, openRequests: 5, overdueRequests: 1 });
    const work = screen.getByRole('region', { name: 'Your work' });
    const overdue = await within(work).findByRole('link', { name: '2 overdue tasks' });
    expect(overdue.getAttribute('href')).toBe('/tasks');
    expect(within(work).getByRole('link', { name: '1 task due today' }).getAttribute('href')).toBe('/tasks');
    const requests = within(work).getByRole('link', { name: /5 open service requests/ });
    expect(requests.getAttribute('href')).toBe('/requests?view=list&status=open_any&owner=tm_1');
    expect(within(requests).getByText('1 past its due-by time')).toBeTruthy();
    expect(transport.callsTo('tasks:counts')).toEqual([{ memberId: 'tm_1' }]);
  });

  it('asks who is at the computer instead of counting nobody’s work', () => {
    const { transport } = renderDashboard(null);
    const work = screen.getByRole('region', { name: 'Your work' });
    expect(within(work).getByText(/Choose who you are/)).toBeTruthy();
    expect(within(work).queryByRole('link')).toBeNull();
    expect(transport.callsTo('tasks:counts')).toEqual([]);
  });
});
