import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/model';
import { currentUserStorageKey } from '../../renderer/app/current-user';
import { Shell } from '../../renderer/app/shell';
import { PrintMyDayScreen } from '../../renderer/features/tasks/print-my-day-screen';
import { TeamTasksScreen } from '../../renderer/features/tasks/team-tasks-screen';
import { appStatus, teamMember } from './support/data';
import { renderWithApp } from './support/render';
import { myDay, taskRow, teamLoad } from './support/tasks';

const priya = teamMember();
const tom = teamMember({ id: 'tm_2', name: 'Tom Hale' });

const loads = [
  teamLoad({ memberId: 'tm_1', name: 'Priya Shah', open: 4, overdue: 1, dueToday: 2, waiting: 1, openRequests: 3 }),
  teamLoad({ memberId: 'tm_2', name: 'Tom Hale', role: 'paraplanner', open: 22, overdue: 6, dueToday: 4, waiting: 2, openRequests: 1 }),
  teamLoad({ memberId: 'tm_3', name: 'Ana Ruiz', open: 3, overdue: 0, dueToday: 0, waiting: 0, openRequests: 0 }),
];

describe('Team tasks', () => {
  it('lists the first 100 tasks and adds the rest on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 150 }, (_, i) => taskRow({ task: { id: `tk_${i}`, title: `Task ${i}`, assigneeId: 'tm_1' } }));
    renderWithApp(<TeamTasksScreen />, {
      route: '/tasks/team',
      currentUser: { member: priya, members: [priya] },
      handlers: { 'tasks:teamLoad': () => loads, 'tasks:list': () => many },
    });
    expect(await screen.findByText('Showing 100 of 150 tasks.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Task 99' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Task 100' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(screen.getByRole('button', { name: 'Task 149' })).toBeTruthy();
    expect(screen.queryByText(/^Showing/)).toBeNull();
  }, 15_000); // 150 rows in happy-dom: about 1 s alone, several times that on a loaded 2-core machine.

  it('shows each person’s load, highlights who is overloaded, and filters the task list', async () => {
    const user = userEvent.setup();
    const { transport } = renderWithApp(<TeamTasksScreen />, {
      route: '/tasks/team',
      currentUser: { member: priya, members: [priya, tom] },
      handlers: {
        'tasks:teamLoad': () => loads,
        'tasks:list': (query = {}) =>
          [
            taskRow({ task: { id: 'tk_1', title: 'Prepare the Okafor review', assigneeId: 'tm_1', category: 'review_preparation' } }),
            taskRow({
              task: { id: 'tk_2', title: 'File the KYC update', assigneeId: 'tm_2', category: 'compliance' },
              assigneeName: 'Tom Hale',
            }),
          ].filter((row) => !query.assigneeId || row.task.assigneeId === query.assigneeId),
      },
    });
    const table = await screen.findByRole('table', { name: 'Load by person' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('td.num')].map((cell) => cell.textContent))).toEqual([
      ['4', '1', '2', '1', '3'],
      ['22', '6', '4', '2', '1'],
      ['3', '0', '0', '0', '0'],
    ]);
    expect(rows.map((row) => within(row).queryByText('Overloaded') !== null)).toEqual([false, true, false]);
    expect(rows[1]?.className).toContain('is-overloaded');

    // The list shows whose each task is.
    expect(await screen.findByText('Assigned to Tom Hale')).toBeTruthy();
    expect(transport.callsTo('tasks:list')).toEqual([{ status: 'open_any' }]);

    await user.click(within(table).getByRole('button', { name: 'Show tasks of Tom Hale' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Prepare the Okafor review' })).toBeNull());
    expect(transport.callsTo('tasks:list').at(-1)).toEqual({ status: 'open_any', assigneeId: 'tm_2' });
    expect(screen.getByRole('button', { name: 'File the KYC update' })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Category'), 'Compliance');
    await user.click(screen.getByLabelText('Overdue only'));
    expect(transport.callsTo('tasks:list').at(-1)).toEqual({
      status: 'open_any',
      assigneeId: 'tm_2',
      category: 'compliance',
      overdue: true,
    });
  });
});

describe('Print my day', () => {
  it('prints the firm, the person, the day and the groups with boxes to tick', async () => {
    renderWithApp(<PrintMyDayScreen />, {
      route: '/tasks/print',
      currentUser: { member: priya },
      handlers: {
        'app:status': () => appStatus(),
        'tasks:myDay': () =>
          myDay({
            overdue: [taskRow({ task: { title: 'Call about the rollover', dueOn: '2026-03-27' }, complaint: true })],
            dueToday: [taskRow({ task: { id: 'tk_2', title: 'Send the report', dueTime: '14:00' } })],
          }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Tasks for Priya Shah' })).toBeTruthy();
    expect(await screen.findByText('Harbour Wealth Partners')).toBeTruthy();
    expect(screen.getByText('Mar 31, 2026')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Overdue (1 task)',
      'Today (1 task)',
      'Next 7 days (0 tasks)',
      'Waiting (0 tasks)',
    ]);
    expect(screen.getByText('Okafor Household · Mar 27, 2026 · Normal priority')).toBeTruthy();
    expect(screen.getByText('Okafor Household · Mar 31, 2026 · 2:00 PM · Normal priority')).toBeTruthy();
    expect(document.querySelectorAll('.task-print__box')).toHaveLength(2);
  });
});

describe('Tasks in the navigation', () => {
  afterEach(() => window.localStorage.clear());

  it('shows how many of the current person’s tasks are due today or overdue', async () => {
    window.localStorage.setItem(currentUserStorageKey, 'tm_1');
    const { transport } = renderWithApp(<Shell status={appStatus()} />, {
      route: '/tasks/team',
      handlers: {
        'team:list': () => [priya, tom],
        'settings:get': () => defaultSettings,
        'tasks:counts': () => ({ overdue: 2, dueToday: 1, openRequests: 0, overdueRequests: 0 }),
        'tasks:teamLoad': () => loads,
        'tasks:list': () => [],
        'session:member': () => ({ member: { id: priya.id, name: priya.name } }),
      },
    });
    const link = screen.getByRole('link', { name: /^Tasks/ });
    await waitFor(() => expect(link.textContent).toContain('3 tasks due today or overdue'));
    expect(transport.callsTo('tasks:counts')).toEqual([{ memberId: 'tm_1' }]);
    expect(within(link).getByText('3').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Team tasks' })).toBeTruthy();
  });
});
