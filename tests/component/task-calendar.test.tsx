import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TaskRow } from '../../shared/model';
import { TaskEditor } from '../../renderer/features/tasks/task-editor';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';
import { taskRow } from './support/tasks';

const priya = teamMember();

function renderEditor(row: TaskRow) {
  return renderWithApp(<TaskEditor row={row} byId={priya.id} onSaved={() => {}} onClose={() => {}} />, {
    currentUser: { member: priya },
    handlers: {
      'calendar:file': () => ({
        fileName: '2026-03-31 Send the fee schedule.ics',
        text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        events: 1,
      }),
    },
  });
}

describe('a task with a due date in the calendar', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the task as a calendar file from its form', async () => {
    const user = userEvent.setup();
    const downloaded: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:calendar');
    URL.revokeObjectURL = vi.fn();
    const { transport } = renderEditor(taskRow({ task: { title: 'Send the fee schedule', dueOn: '2026-03-31' } }));
    const editor = screen.getByRole('form', { name: 'Edit “Send the fee schedule”' });
    await user.click(within(editor).getByRole('button', { name: 'Add to calendar' }));
    await waitFor(() => expect(downloaded).toEqual(['2026-03-31 Send the fee schedule.ics']));
    expect(transport.callsTo('calendar:file')).toEqual([{ of: 'task', id: 'tk_1' }]);
  });

  it('is not offered for a task with no due date', () => {
    renderEditor(taskRow({ task: { dueOn: null } }));
    expect(screen.getByRole('form')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add to calendar' })).toBeNull();
  });
});
