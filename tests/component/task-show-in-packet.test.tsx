import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TaskRow } from '../../shared/model';
import { TaskEditor } from '../../renderer/features/tasks/task-editor';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';
import { taskRow } from './support/tasks';

const priya = teamMember();

function renderEditor(row: TaskRow) {
  return renderWithApp(<TaskEditor row={row} byId={priya.id} onSaved={() => {}} onClose={() => {}} />, {
    currentUser: { member: priya },
    handlers: { 'tasks:update': ({ id, changes }) => ({ ...row.task, ...changes, id }) as TaskRow['task'] },
  });
}

describe('the task form’s “show in packet” tick', () => {
  it('puts a client’s task among the action items of their review packet, and takes it out again', async () => {
    const user = userEvent.setup();
    const { transport } = renderEditor(taskRow({ task: { title: 'Send the new fee schedule' } }));
    const editor = screen.getByRole('form', { name: 'Edit “Send the new fee schedule”' });
    const tick = within(editor).getByRole('checkbox', { name: /Show in the client's review packet/ });
    expect((tick as HTMLInputElement).checked).toBe(false);
    await user.click(tick);
    await user.click(within(editor).getByRole('button', { name: 'Save task' }));
    expect(transport.callsTo('tasks:update')).toEqual([{ id: 'tk_1', byId: priya.id, changes: { showInPacket: true } }]);
  });

  it('starts ticked for a task already shown, and is not offered for a task of no client', async () => {
    const user = userEvent.setup();
    const shown = renderEditor(taskRow({ task: { showInPacket: true } }));
    const tick = screen.getByRole('checkbox', { name: /Show in the client's review packet/ });
    expect((tick as HTMLInputElement).checked).toBe(true);
    await user.click(tick);
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect(shown.transport.callsTo('tasks:update')).toEqual([{ id: 'tk_1', byId: priya.id, changes: { showInPacket: false } }]);
    shown.unmount();

    renderEditor(taskRow({ task: { clientId: null }, clientName: null }));
    expect(screen.getByRole('form')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Show in the client's review packet/ })).toBeNull();
  });
});
