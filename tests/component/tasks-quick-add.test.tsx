import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { NoticeRegion } from '../../renderer/components/notices';
import { QuickAddProvider } from '../../renderer/features/tasks/quick-add';
import { localToday } from '../../shared/domain/local-day';
import type { FakeHandlers } from './support/fake-transport';
import { clientRow, teamMember } from './support/data';
import { renderWithApp } from './support/render';
import { taskRow } from './support/tasks';

const priya = teamMember();
const tom = teamMember({ id: 'tm_2', name: 'Tom Hale' });

function renderQuickAdd(handlers: FakeHandlers = {}) {
  return renderWithApp(
    <QuickAddProvider>
      <button type="button">Somewhere on the screen</button>
      <label>
        Notes <input />
      </label>
      <NoticeRegion />
    </QuickAddProvider>,
    {
      currentUser: { member: priya, members: [priya, tom] },
      handlers: {
        'clients:list': ({ search } = {}) =>
          [clientRow(), clientRow({ id: 'cl_2', name: 'Okonkwo Trust' })].filter((row) => row.name.includes(search ?? '')),
        'tasks:create': (draft) => ({ ...taskRow().task, id: 'tk_new', title: draft.title }),
        ...handlers,
      },
    },
  );
}

describe('Quick-add', () => {
  it('opens with T, picks a client by typing, and Enter adds the task in the current person’s name', async () => {
    const user = userEvent.setup();
    const { transport } = renderQuickAdd();
    const origin = screen.getByRole('button', { name: 'Somewhere on the screen' });
    origin.focus();
    await user.keyboard('t');

    // The frame opens at once; the form's code is fetched on this first open.
    const dialog = screen.getByRole('dialog', { name: 'New task' });
    const title = await within(dialog).findByLabelText('Title');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Assigned to').value).toBe('tm_1');
    await user.keyboard('Send the transfer form');
    await user.type(within(dialog).getByRole('combobox', { name: 'Client' }), 'Okon');
    const option = await within(dialog).findByRole('option', { name: /Okonkwo Trust/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    // The first Enter takes the highlighted client; the second saves.
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole<HTMLInputElement>('combobox', { name: 'Client' }).value).toBe('Okonkwo Trust');
    await user.selectOptions(within(dialog).getByLabelText('Assigned to'), 'Tom Hale');
    await user.click(within(dialog).getByLabelText('Title'));
    await user.keyboard('{Enter}');

    const created = transport.callsTo('tasks:create');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      title: 'Send the transfer form',
      clientId: 'cl_2',
      assigneeId: 'tm_2',
      dueOn: localToday(),
      byId: 'tm_1',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Task added: Send the transfer form')).toBeTruthy();
    expect(document.activeElement).toBe(origin);
  });

  it('closes with Escape without adding anything, and gives focus back', async () => {
    const user = userEvent.setup();
    const { transport } = renderQuickAdd();
    const origin = screen.getByRole('button', { name: 'Somewhere on the screen' });
    origin.focus();
    await user.keyboard('T');
    await screen.findByLabelText('Title');
    await user.keyboard('Half a tho');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(origin);
    expect(transport.callsTo('tasks:create')).toEqual([]);
  });

  it('does not open while someone is typing T into a field', async () => {
    const user = userEvent.setup();
    renderQuickAdd();
    await user.type(screen.getByLabelText('Notes'), 'To do');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Notes').value).toBe('To do');
  });

  it('shows a refusal from the backend beside the field it names', async () => {
    const user = userEvent.setup();
    renderQuickAdd({
      'tasks:create': () => {
        throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
          { path: 'assigneeId', message: 'is not an active team member' },
        ]);
      },
    });
    await user.keyboard('t');
    await screen.findByLabelText('Title');
    await user.keyboard('Call back{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'New task' });
    const assignee = within(dialog).getByLabelText('Assigned to');
    await waitFor(() => expect(assignee.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Assigned to is not an active team member')).toBeTruthy();
    expect(document.activeElement).toBe(assignee);
  });
});
