import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useNavigationType, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { Client, DuplicateMatch } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { NewClientScreen } from '../../renderer/features/clients/new-client-screen';
import type { FakeHandlers } from './support/fake-transport';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';

/** Stands for the client page: which household it shows, and whether it replaced the form in the history. */
function ClientPageStub() {
  const { id } = useParams();
  return (
    <p>
      Client page of {id}, by {useNavigationType()}
    </p>
  );
}

function newClient(draft: Parameters<NonNullable<FakeHandlers['clients:create']>>[0]): Client {
  return {
    id: 'cl_new',
    name: draft.name,
    type: draft.type ?? 'household',
    status: draft.status ?? 'active',
    tier: draft.tier,
    primaryManagerId: draft.primaryManagerId,
    serviceTeamIds: draft.serviceTeamIds ?? [],
    clientSince: draft.clientSince ?? null,
    source: draft.source ?? '',
    address: null,
    preferredContact: draft.preferredContact ?? null,
    reviewCadenceMonths: null,
    notes: '',
    tags: draft.tags ?? [],
    lastContactAt: null,
    departure: null,
    archived: false,
    createdAt: '2025-11-27T10:00:00.000Z',
    updatedAt: '2025-11-27T10:00:00.000Z',
  };
}

function renderForm(create: FakeHandlers['clients:create'], duplicates: DuplicateMatch[] = []) {
  return renderWithApp(
    <>
      <Routes>
        <Route path="/clients/new" element={<NewClientScreen />} />
        <Route path="/clients/:id" element={<ClientPageStub />} />
      </Routes>
      <NoticeRegion />
    </>,
    {
      route: '/clients/new',
      handlers: {
        'team:list': () => [teamMember(), teamMember({ id: 'tm_2', name: 'Tom Hale', active: false })],
        'clients:create': create,
        'clients:findDuplicates': () => duplicates,
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

  it('sends the draft and opens the new client’s page in place of the form', async () => {
    const user = userEvent.setup();
    const { transport } = renderForm(newClient);
    await fillValidForm(user);
    await user.selectOptions(screen.getByLabelText('Status'), 'prospect');
    await user.click(screen.getByRole('button', { name: 'Add client' }));

    expect(await screen.findByText('Client page of cl_new, by REPLACE')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Added Lindqvist Household to the client book.');
    expect(transport.callsTo('clients:create')).toEqual([
      {
        name: 'Lindqvist Household',
        type: 'household',
        status: 'prospect',
        tier: 'A',
        primaryManagerId: 'tm_1',
        serviceTeamIds: [],
        clientSince: null,
        source: '',
        address: null,
        preferredContact: null,
        reviewCadenceMonths: null,
        notes: '',
        tags: [],
      },
    ]);
    // The name was checked for duplicates first.
    expect(transport.callsTo('clients:findDuplicates')).toEqual([{ name: 'Lindqvist Household' }]);
  });

  it('sends the optional fields: service team, client since, source, preferred contact, tags', async () => {
    const user = userEvent.setup();
    const { transport } = renderWithApp(
      <Routes>
        <Route path="/clients/new" element={<NewClientScreen />} />
        <Route path="/clients/:id" element={<ClientPageStub />} />
      </Routes>,
      {
        route: '/clients/new',
        handlers: {
          'team:list': () => [teamMember(), teamMember({ id: 'tm_3', name: 'Ana Ruiz', role: 'paraplanner' })],
          'clients:create': newClient,
          'clients:findDuplicates': () => [],
        },
      },
    );
    await fillValidForm(user);
    await user.click(await screen.findByRole('checkbox', { name: /Ana Ruiz/ }));
    await user.type(screen.getByLabelText('Client since'), '2019-04-01');
    await user.type(screen.getByLabelText('Source or referral'), 'Referral from the Okafors');
    await user.selectOptions(screen.getByLabelText('Preferred contact'), 'email');
    await user.type(screen.getByLabelText('Tags'), 'retired, estate planning, retired');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect(await screen.findByText('Client page of cl_new, by REPLACE')).toBeTruthy();
    expect(transport.callsTo('clients:create')[0]).toMatchObject({
      serviceTeamIds: ['tm_3'],
      clientSince: '2019-04-01',
      source: 'Referral from the Okafors',
      preferredContact: 'email',
      tags: ['retired', 'estate planning'],
    });
  });

  it('warns about possible duplicates with links, and creates only after "Create anyway"', async () => {
    const user = userEvent.setup();
    const { transport } = renderForm(newClient, [
      { clientId: 'cl_9', clientName: 'Lindqvist Household', personName: 'Eva Lindqvist', matchedOn: ['name'] },
    ]);
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Add client' }));

    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('A household with a similar name is already in the book');
    expect(warning.textContent).toContain('Eva Lindqvist');
    expect(screen.getByRole('link', { name: 'Lindqvist Household' }).getAttribute('href')).toBe('/clients/cl_9');
    expect(transport.callsTo('clients:create')).toHaveLength(0);
    // What was typed is kept while the person decides.
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Lindqvist Household');

    await user.click(screen.getByRole('button', { name: 'Create anyway' }));
    expect(await screen.findByText('Client page of cl_new, by REPLACE')).toBeTruthy();
    expect(transport.callsTo('clients:create')).toHaveLength(1);
    expect(transport.callsTo('clients:findDuplicates')).toHaveLength(1);
  });
});
