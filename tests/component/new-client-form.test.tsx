import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { Client } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { NewClientScreen } from '../../renderer/features/clients/new-client-screen';
import type { FakeHandlers } from './support/fake-transport';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';

function ClientsStub() {
  const state = useLocation().state as { createdId?: string } | null;
  return <p>Clients list, new id {state?.createdId}</p>;
}

function renderForm(create: FakeHandlers['clients:create']) {
  return renderWithApp(
    <>
      <Routes>
        <Route path="/clients/new" element={<NewClientScreen />} />
        <Route path="/clients" element={<ClientsStub />} />
      </Routes>
      <NoticeRegion />
    </>,
    {
      route: '/clients/new',
      handlers: {
        'team:list': () => [teamMember(), teamMember({ id: 'tm_2', name: 'Tom Hale', active: false })],
        'clients:create': create,
      },
    },
  );
}

/** The message shown next to a field, found the way assistive tech finds it. */
function messageFor(label: string): string | null {
  const control = screen.getByLabelText(label);
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field__error'));
  return error?.textContent ?? null;
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Lindqvist Household');
  await user.selectOptions(screen.getByLabelText('Tier'), 'A');
  await screen.findByRole('option', { name: 'Priya Shah' });
  await user.selectOptions(screen.getByLabelText('Primary manager'), 'tm_1');
}

describe('New client form', () => {
  it('checks the fields before sending anything and says what is wrong next to each', async () => {
    const user = userEvent.setup();
    const { transport } = renderForm(() => {
      throw new Error('should not be called');
    });
    await user.click(screen.getByRole('button', { name: 'Add client' }));

    expect(messageFor('Name')).toBe('Name is required.');
    expect(messageFor('Tier')).toBe('Choose a value for Tier from the list.');
    expect(messageFor('Primary manager')).toBe('Primary manager is required.');
    expect(messageFor('Type')).toBeNull();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(transport.callsTo('clients:create')).toHaveLength(0);
  });

  it('offers only active team members as primary manager', async () => {
    renderForm(() => {
      throw new Error('unused');
    });
    expect(await screen.findByRole('option', { name: 'Priya Shah' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Tom Hale' })).toBeNull();
  });

  it('shows the messages of an INVALID_INPUT answer next to the fields they name', async () => {
    const user = userEvent.setup();
    renderForm(() => {
      throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
        { path: 'name', message: 'is already used by another client' },
        { path: 'primaryManagerId', message: 'must be an active team member' },
      ]);
    });
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Add client' }));

    await waitFor(() => expect(messageFor('Name')).toBe('Name is already used by another client'));
    expect(messageFor('Primary manager')).toBe('Primary manager must be an active team member');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('shows an error without field issues for the whole form', async () => {
    const user = userEvent.setup();
    renderForm(() => {
      throw new AppError('READ_ONLY', 'Clientbook is read-only right now, so the client was not added.');
    });
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Clientbook is read-only right now');
  });

  it('sends the draft and returns to the list with the new client', async () => {
    const user = userEvent.setup();
    const { transport } = renderForm((draft) => {
      const client: Client = {
        id: 'cl_new',
        name: draft.name,
        type: draft.type ?? 'household',
        status: draft.status ?? 'active',
        tier: draft.tier,
        primaryManagerId: draft.primaryManagerId,
        clientSince: null,
        tags: [],
        lastContactAt: null,
        archived: false,
        createdAt: '2025-11-27T10:00:00.000Z',
        updatedAt: '2025-11-27T10:00:00.000Z',
      };
      return client;
    });
    await fillValidForm(user);
    await user.selectOptions(screen.getByLabelText('Status'), 'prospect');
    await user.click(screen.getByRole('button', { name: 'Add client' }));

    expect(await screen.findByText('Clients list, new id cl_new')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Added Lindqvist Household to the client book.');
    expect(transport.callsTo('clients:create')).toEqual([
      {
        name: 'Lindqvist Household',
        type: 'household',
        status: 'prospect',
        tier: 'A',
        primaryManagerId: 'tm_1',
        clientSince: null,
        tags: [],
      },
    ]);
  });
});
