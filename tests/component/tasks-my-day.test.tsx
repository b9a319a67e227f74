import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { Task } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { TasksScreen } from '../../renderer/features/tasks/tasks-screen';
import type { FakeHandlers } from './support/fake-transport';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';
import { myDay, taskRow } from './support/tasks';

const priya = teamMember();
const tom = teamMember({ id: 'tm_2', name: 'Tom Hale' });

const overdueCall = taskRow({ task: { id: 'tk_overdue', title: 'Call about the rollover', dueOn: '2026-03-27' } });
const weeklyReport = taskRow({
  task: {
    id: 'tk_weekly',
    title: 'Send the weekly report',
    dueOn: '2026-03-31',
    dueTime: '09:30',
    priority: 'high',
    category: 'admin',
    recurrence: { frequency: 'weekly', interval: 1, weekday: 2, dayOfMonth: null, until: null, count: null },
    clientId: null,
  },
  clientName: null,
});
const complaint = taskRow({
  task: { id: 'tk_complaint', title: 'Answer the fee complaint', dueOn: '2026-04-02', category: 'service_request', clientId: 'cl_9' },
  clientName: 'Baptiste Family',
  complaint: true,
});
const waitingDocs = taskRow({ task: { id: 'tk_waiting', title: 'Chase the signed forms', status: 'waiting_client' } });

function renderMyDay(handlers: FakeHandlers = {}) {
  return renderWithApp(
    <>
      <TasksScreen />
      <NoticeRegion />
    </>,
    {
      route: '/tasks',
      currentUser: { member: priya, members: [priya, tom] },
      handlers: {
        'tasks:myDay': () => myDay({ overdue: [overdueCall], dueToday: [weeklyReport], upcoming: [complaint], waiting: [waitingDocs] }),
        ...handlers,
      },
    },
  );
}

function nextOf(task: Task, changes: Partial<Task>): Task {
  return { ...task, ...changes };
}

describe('My day', () => {
  it('lists overdue, today, the next 7 days and waiting, each with its count and what each task is about', async () => {
    const { transport } = renderMyDay();
    const overdue = await screen.findByRole('region', { name: /Overdue/ });
    expect(transport.callsTo('tasks:myDay')).toEqual([{ assigneeId: 'tm_1' }]);
    expect(within(overdue).getByRole('heading').textContent).toBe('Overdue1 task');
    expect(within(overdue).getByRole('button', { name: 'Call about the rollover' })).toBeTruthy();
    expect(within(overdue).getByRole('link', { name: 'Okafor Household' }).getAttribute('href')).toBe('/clients/cl_1');
    expect(within(overdue).getByText('Mar 27, 2026')).toBeTruthy();

    const today = screen.getByRole('region', { name: /Today/ });
    expect(within(today).getByText('Mar 31, 2026 · 9:30 AM')).toBeTruthy();
    expect(within(today).getByText('High priority')).toBeTruthy();
    expect(within(today).getByText('Admin')).toBeTruthy();
    expect(within(today).getByText('Repeats weekly')).toBeTruthy();
    expect(within(today).getByText('No client')).toBeTruthy();

    const upcoming = screen.getByRole('region', { name: /Next 7 days/ });
    expect(within(upcoming).getByText('Complaint')).toBeTruthy();
    expect(within(upcoming).getByRole('link', { name: 'Baptiste Family' }).getAttribute('href')).toBe('/clients/cl_9');
    expect(within(today).queryByText('Complaint')).toBeNull();

    const waiting = screen.getByRole('region', { name: /Waiting/ });
    expect(within(waiting).getByText('Waiting on client')).toBeTruthy();
    expect(within(waiting).getByRole('heading').textContent).toBe('Waiting1 task');
  });

  it('says plainly that nobody is chosen instead of showing anyone’s tasks', () => {
    const { transport } = renderWithApp(<TasksScreen />, { route: '/tasks', currentUser: { member: null, members: [priya] } });
    expect(screen.getByRole('heading', { name: 'Who is at this workstation?' })).toBeTruthy();
    expect(transport.callsTo('tasks:myDay')).toEqual([]);
  });

  it('ticks off the focused task with one key, says when the next one is due, and undoes it', async () => {
    const user = userEvent.setup();
    const { transport } = renderMyDay({
      'tasks:complete': ({ id }) => ({
        task: nextOf(weeklyReport.task, { id, status: 'done' }),
        next: nextOf(weeklyReport.task, { id: 'tk_weekly_2', dueOn: '2026-04-07' }),
      }),
      'tasks:reopen': ({ id }) => nextOf(weeklyReport.task, { id }),
    });
    const first = (await screen.findByRole('button', { name: 'Call about the rollover' })).closest('li');
    first?.focus();
    await user.keyboard('{ArrowDown}');
    const second = screen.getByRole('button', { name: 'Send the weekly report' }).closest('li');
    expect(document.activeElement).toBe(second);

    await user.keyboard('x');
    expect(transport.callsTo('tasks:complete')).toEqual([{ id: 'tk_weekly', byId: 'tm_1' }]);
    const notice = await screen.findByText('Done: Send the weekly report — next one due Apr 7, 2026 · 9:30 AM');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Done: Send the weekly report' }).checked).toBe(true);

    await user.click(within(notice.parentElement!).getByRole('button', { name: 'Undo' }));
    expect(transport.callsTo('tasks:reopen')).toEqual([{ id: 'tk_weekly', byId: 'tm_1' }]);
    await waitFor(() => expect(screen.queryByText(/^Done: Send the weekly report/)).toBeNull());
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Done: Send the weekly report' }).checked).toBe(false);
  });

  it('keeps the keyboard in place when a ticked-off task leaves the list', async () => {
    const user = userEvent.setup();
    const done = new Set<string>();
    const without = (rows: (typeof overdueCall)[]) => rows.filter((row) => !done.has(row.task.id));
    renderMyDay({
      'tasks:myDay': () =>
        myDay({ overdue: without([overdueCall]), dueToday: without([weeklyReport]), upcoming: without([complaint]), waiting: [] }),
      'tasks:complete': ({ id }) => {
        done.add(id);
        return { task: nextOf(overdueCall.task, { id, status: 'done' }), next: null };
      },
    });
    (await screen.findByRole('button', { name: 'Call about the rollover' })).closest('li')?.focus();
    await user.keyboard('x');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Call about the rollover' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Send the weekly report' }).closest('li'));
    await user.keyboard(' ');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Send the weekly report' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Answer the fee complaint' }).closest('li'));
  });

  it('ticks off with the mouse too, and skips a repeating task', async () => {
    const user = userEvent.setup();
    const { transport } = renderMyDay({
      'tasks:complete': ({ id }) => ({ task: nextOf(overdueCall.task, { id, status: 'done' }), next: null }),
      'tasks:skip': ({ id }) => ({
        task: nextOf(weeklyReport.task, { id, status: 'cancelled', skipped: true }),
        next: nextOf(weeklyReport.task, { id: 'tk_weekly_2', dueOn: '2026-04-07', dueTime: null }),
      }),
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Done: Call about the rollover' }));
    expect(transport.callsTo('tasks:complete')).toEqual([{ id: 'tk_overdue', byId: 'tm_1' }]);
    expect(await screen.findByText('Done: Call about the rollover')).toBeTruthy();

    expect(screen.queryByRole('button', { name: 'Skip this time: Call about the rollover' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Skip this time: Send the weekly report' }));
    expect(transport.callsTo('tasks:skip')).toEqual([{ id: 'tk_weekly', byId: 'tm_1' }]);
    expect(await screen.findByText('Skipped: Send the weekly report — next one due Apr 7, 2026')).toBeTruthy();
  });

  it('shows a ticked-off task as done at once, and as not done again with the reason when the backend refuses', async () => {
    const user = userEvent.setup();
    let refuse: (error: Error) => void = () => {};
    renderMyDay({ 'tasks:complete': () => new Promise((_, reject) => (refuse = reject)) });
    const box = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Done: Call about the rollover' });
    await user.click(box);
    expect(box.checked).toBe(true);

    refuse(new AppError('CONFLICT', 'Someone else changed this task. Reload to see the change.'));
    expect(await screen.findByText('Someone else changed this task. Reload to see the change.')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Done: Call about the rollover' }).checked).toBe(false);
  });

  it('reassigns the selected tasks in one go', async () => {
    const user = userEvent.setup();
    const { transport } = renderMyDay({ 'tasks:bulk': ({ ids }) => ({ changed: ids.length }) });
    await user.click(await screen.findByRole('checkbox', { name: 'Select: Call about the rollover' }));
    // Shift extends the selection from the last box ticked.
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select: Answer the fee complaint' }));
    await user.keyboard('{/Shift}');
    const bar = screen.getByRole('group', { name: 'Selected tasks' });
    expect(within(bar).getByText('3 selected')).toBeTruthy();

    await user.selectOptions(within(bar).getByLabelText('Assign to'), 'Tom Hale');
    await user.click(within(bar).getByRole('button', { name: 'Reassign' }));
    expect(transport.callsTo('tasks:bulk')).toEqual([
      { ids: ['tk_overdue', 'tk_weekly', 'tk_complaint'], action: { kind: 'reassign', assigneeId: 'tm_2' }, byId: 'tm_1' },
    ]);
    expect(await screen.findByText('3 tasks reassigned.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Selected tasks' })).toBeNull();
  });

  it('opens a task with Enter and shows the backend’s field messages beside the fields', async () => {
    const user = userEvent.setup();
    const { transport } = renderMyDay({
      'tasks:update': () => {
        throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
          { path: 'changes.recurrence.interval', message: 'must be at most 99' },
        ]);
      },
    });
    const row = (await screen.findByRole('button', { name: 'Send the weekly report' })).closest('li');
    row?.focus();
    await user.keyboard('{Enter}');
    const editor = screen.getByRole('form', { name: 'Edit “Send the weekly report”' });
    const title = within(editor).getByLabelText('Title');
    expect(document.activeElement).toBe(title);
    await user.clear(title);
    await user.type(title, 'Send the monthly report');
    await user.selectOptions(within(editor).getByLabelText('Priority'), 'Low priority');
    await user.click(within(editor).getByRole('button', { name: 'Save task' }));

    // Only what changed is sent.
    expect(transport.callsTo('tasks:update')).toEqual([
      { id: 'tk_weekly', byId: 'tm_1', changes: { title: 'Send the monthly report', priority: 'low' } },
    ]);
    const every = within(editor).getByLabelText('Every');
    expect(every.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(every.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(
      'Every must be at most 99',
    );
  });

  it('saves an edited repeat rule and checklist, then closes and returns focus to the task', async () => {
    const user = userEvent.setup();
    const { transport } = renderMyDay({ 'tasks:update': ({ id }) => nextOf(overdueCall.task, { id }) });
    const title = await screen.findByRole('button', { name: 'Call about the rollover' });
    await user.click(title);
    const editor = screen.getByRole('form', { name: 'Edit “Call about the rollover”' });
    await user.selectOptions(within(editor).getByLabelText('Repeats'), 'Monthly');
    await user.clear(within(editor).getByLabelText('Day of the month'));
    await user.type(within(editor).getByLabelText('Day of the month'), '15');
    await user.selectOptions(within(editor).getByLabelText('Ends'), 'After a number of times');
    await user.type(within(editor).getByLabelText('Number of times'), '6');
    await user.type(within(editor).getByLabelText('New checklist item'), 'Confirm the new address{Enter}');
    await user.click(within(editor).getByRole('button', { name: 'Save task' }));

    const [update] = transport.callsTo('tasks:update');
    expect(update?.changes).toEqual({
      recurrence: { frequency: 'monthly', interval: 1, weekday: null, dayOfMonth: 15, until: null, count: 6 },
      checklist: [{ id: expect.stringMatching(/^ck_/), text: 'Confirm the new address', done: false }],
    });
    expect(await screen.findByText('Saved: Call about the rollover')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(title.closest('li')));
  });
});
