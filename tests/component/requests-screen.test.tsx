import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { RequestRow, TeamMember } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { RequestsScreen } from '../../renderer/features/requests/requests-screen';
import { clientRow, teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';
import { requestRow } from './support/work-data';

const members: TeamMember[] = [
  teamMember(),
  teamMember({ id: 'tm_2', name: 'Sam Lee', role: 'paraplanner', email: 'sam@harbour.example' }),
  teamMember({ id: 'tm_3', name: 'Olu Bello', role: 'operations', email: 'olu@harbour.example' }),
  teamMember({ id: 'tm_4', name: 'Dana Former', role: 'support', email: 'dana@harbour.example', active: false }),
];

const rows: RequestRow[] = [
  requestRow({ id: 'rq_1', type: 'money_movement' }),
  requestRow(
    { id: 'rq_2', clientId: 'cl_2', type: 'complaint', channel: 'letter', status: 'in_progress', description: 'The fee letter was wrong.' },
    { clientName: 'Nguyen Family', overdue: true },
  ),
  requestRow({ id: 'rq_3', type: 'document_request', status: 'waiting' }),
  requestRow({ id: 'rq_4', type: 'contact_change', status: 'closed' }),
];

function renderRequests(route = '/requests', extra: FakeHandlers = {}) {
  return renderWithApp(
    <>
      <RequestsScreen />
      <NoticeRegion />
    </>,
    {
      route,
      currentUser: { member: members[0]!, members: members.filter((m) => m.active) },
      handlers: {
        'requests:list': ({ ownerId } = {}) => rows.filter((row) => !ownerId || row.request.ownerId === ownerId),
        'requests:get': ({ id }) => structuredClone(rows.find((row) => row.request.id === id)!),
        'team:list': () => members,
        'clients:list': () => [
          clientRow(),
          clientRow({ id: 'cl_2', name: 'Nguyen Family', primaryManagerId: 'tm_2', primaryManagerName: 'Sam Lee' }),
        ],
        ...extra,
      },
    },
  );
}

const column = (name: RegExp) => screen.getByRole('region', { name });

/** Chooses a household in the form's client picker: type part of its name, pick the match. */
async function pickClient(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, name: string) {
  await user.type(within(form).getByRole('combobox', { name: 'Client' }), name.slice(0, 4));
  await user.click(await within(form).findByRole('option', { name: new RegExp(name) }));
}

describe('Service requests: board', () => {
  it('puts each request in its status column and flags complaints and lateness', async () => {
    renderRequests();
    await screen.findByRole('group', { name: 'Requests by status' });

    const received = column(/^Received \(1\)/);
    expect(within(received).getByRole('listitem', { name: 'Okafor Household: Money movement' })).toBeTruthy();
    const inProgress = column(/^In progress \(1\)/);
    const complaint = within(inProgress).getByRole('listitem', { name: 'Nguyen Family: Complaint' });
    expect(within(complaint).getByText('Complaint').className).toContain('rq-flag--complaint');
    expect(within(complaint).getByText('Overdue')).toBeTruthy();
    expect(within(column(/^Waiting \(1\)/)).getByRole('listitem', { name: 'Okafor Household: Document request' })).toBeTruthy();
    expect(within(column(/^Resolved \(0\)/)).getByText('None')).toBeTruthy();

    // Closed requests stay folded away until asked for.
    const closed = column(/^Closed \(1\)/);
    expect(within(closed).queryByRole('listitem')).toBeNull();
    await userEvent.click(within(closed).getByRole('button', { name: 'Show 1 closed request' }));
    expect(within(closed).getByRole('listitem', { name: 'Okafor Household: Contact change' })).toBeTruthy();
  });

  it('says on each card what the client asked for', async () => {
    renderRequests();
    const card = await screen.findByRole('listitem', { name: 'Nguyen Family: Complaint' });
    expect(within(card).getByText('The fee letter was wrong.')).toBeTruthy();
    const received = within(column(/^Received \(1\)/)).getByRole('listitem');
    expect(within(received).getByText('Move $20,000 from savings to the brokerage account.')).toBeTruthy();
  });

  it('moves a request to In progress from the keyboard', async () => {
    const user = userEvent.setup();
    const { transport } = renderRequests('/requests', {
      'requests:setStatus': ({ id, status }) => ({ ...rows.find((row) => row.request.id === id)!.request, status }),
    });
    const menu = await screen.findByRole('button', { name: 'Move to another status: Okafor Household: Money movement' });
    menu.focus();
    await user.keyboard('{Enter}');
    // The first other status takes focus, so Enter moves the request straight on.
    expect(document.activeElement?.textContent).toBe('In progress');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(transport.callsTo('requests:setStatus')).toEqual([{ id: 'rq_1', status: 'in_progress', byId: 'tm_1' }]));
    expect(await screen.findByText('Moved Okafor Household: Money movement to In progress.')).toBeTruthy();
  });

  it('says why a move from the board was refused, and leaves the request where it was', async () => {
    const user = userEvent.setup();
    const { transport } = renderRequests('/requests', {
      'requests:setStatus': () => {
        throw new AppError('CONFLICT', 'Someone else changed this request meanwhile. Refresh and try again.');
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Move to another status: Okafor Household: Money movement' }));
    await user.click(screen.getByRole('button', { name: 'In progress' }));

    await waitFor(() => expect(transport.callsTo('requests:setStatus')).toHaveLength(1));
    expect(await screen.findByText('Someone else changed this request meanwhile. Refresh and try again.')).toBeTruthy();
    expect(screen.queryByText(/^Moved /)).toBeNull();
  });

  it('asks for the resolution before closing a complaint and shows the backend’s refusal beside it', async () => {
    const user = userEvent.setup();
    const { transport } = renderRequests('/requests', {
      'requests:setStatus': () => {
        throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
          { path: 'resolution', message: 'is required to resolve or close a complaint' },
        ]);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Move to another status: Nguyen Family: Complaint' }));
    await user.click(screen.getByRole('button', { name: 'Closed' }));

    // Not sent: the complaint opens with Closed chosen and a place for the resolution.
    const panel = await screen.findByRole('complementary', { name: 'Request details' });
    await within(panel).findByRole('heading', { name: 'Nguyen Family: Complaint' });
    expect(transport.callsTo('requests:setStatus')).toEqual([]);
    const form = within(panel).getByRole('form', { name: 'Change status' });
    expect(within(form).getByLabelText('New status')).toHaveProperty('value', 'closed');
    const resolution = within(form).getByLabelText('Resolution');

    await user.click(within(form).getByRole('button', { name: 'Change status' }));
    await waitFor(() =>
      expect(transport.callsTo('requests:setStatus')).toEqual([{ id: 'rq_2', status: 'closed', note: '', resolution: '', byId: 'tm_1' }]),
    );
    expect(await within(form).findByText('Resolution is required to resolve or close a complaint')).toBeTruthy();
    expect(resolution.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('returns focus to the request’s Open button when its details close', async () => {
    const user = userEvent.setup();
    renderRequests();
    const openButton = await screen.findByRole('button', { name: /^Open .*: Money movement$/ });
    await user.click(openButton);
    const panel = await screen.findByRole('complementary', { name: 'Request details' });
    await user.click(within(panel).getByRole('button', { name: 'Close details' }));
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Request details' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: openButton.getAttribute('aria-label')! }));
  });

  it('shows the description and history, and hands off only to active colleagues', async () => {
    const user = userEvent.setup();
    const handed = requestRow({
      id: 'rq_1',
      ownerId: 'tm_2',
      history: [
        ...rows[0]!.request.history,
        {
          at: new Date().toISOString(),
          byId: 'tm_1',
          kind: 'handoff',
          status: null,
          fromId: 'tm_1',
          toId: 'tm_2',
          note: 'Please call them back.',
        },
      ],
    });
    const { transport } = renderRequests('/requests?open=rq_1', { 'requests:handOff': () => handed.request });
    const panel = await screen.findByRole('complementary', { name: 'Request details' });
    expect(await within(panel).findByText('Move $20,000 from savings to the brokerage account.')).toBeTruthy();
    const history = within(panel).getByRole('list', { name: 'History of this request, oldest first' });
    expect(within(history).getByText('Received by Priya Shah')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Hand off…' }));
    const form = within(panel).getByRole('form', { name: 'Hand off to a colleague' });
    const colleague = within(form).getByLabelText('Colleague');
    const offered = within(colleague)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(offered).toEqual(['Choose…', 'Sam Lee', 'Olu Bello']);

    await user.selectOptions(colleague, 'tm_2');
    await user.click(within(form).getByRole('button', { name: 'Hand off' }));
    expect(await within(form).findByText('Note for them is required.')).toBeTruthy();
    expect(transport.callsTo('requests:handOff')).toEqual([]);

    await user.type(within(form).getByLabelText('Note for them'), 'Please call them back.');
    await user.click(within(form).getByRole('button', { name: 'Hand off' }));
    await waitFor(() =>
      expect(transport.callsTo('requests:handOff')).toEqual([{ id: 'rq_1', toId: 'tm_2', note: 'Please call them back.', byId: 'tm_1' }]),
    );
    expect(await screen.findByText('Handed Okafor Household: Money movement to Sam Lee.')).toBeTruthy();
  });
});

describe('Service requests: list and new request', () => {
  it('lists requests with a complaint flag and filters by owner through the address', async () => {
    const user = userEvent.setup();
    const { transport } = renderRequests('/requests?view=list');
    const table = await screen.findByRole('table', { name: 'Service requests' });
    const complaintRow = within(table).getByRole('row', { name: /Nguyen Family/ });
    expect(within(complaintRow).getByText('Complaint')).toBeTruthy();
    expect(within(complaintRow).getByText('Overdue')).toBeTruthy();
    expect(within(complaintRow).getByText('The fee letter was wrong.')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Owner'), 'tm_2');
    await waitFor(() => expect(transport.callsTo('requests:list').at(-1)).toEqual({ ownerId: 'tm_2' }));
    expect(within(screen.getByLabelText('Owner')).getByRole('option', { name: 'Dana Former (inactive)' })).toBeTruthy();
  });

  it('sends a new request with the owner defaulted to the client’s manager', async () => {
    const user = userEvent.setup();
    let created: RequestRow | undefined;
    const { transport } = renderRequests('/requests', {
      'requests:create': ({ byId, ...draft }) => {
        const request = {
          ...draft,
          id: 'rq_9',
          ownerId: draft.ownerId ?? 'tm_2',
          receivedAt: draft.receivedAt ?? new Date().toISOString(),
          createdById: byId,
        };
        created = requestRow(request, { clientName: 'Nguyen Family', ownerName: 'Sam Lee' });
        return created.request;
      },
      // The screen opens the request it has just added.
      'requests:get': ({ id }) => structuredClone([created, ...rows].find((row) => row?.request.id === id)!),
    });
    await user.click(await screen.findByRole('button', { name: /New request/ }));
    const form = screen.getByRole('form', { name: 'New service request' });
    await pickClient(user, form, 'Nguyen Family');
    expect(within(form).getByLabelText('Owner')).toHaveProperty('value', 'tm_2');
    await user.selectOptions(within(form).getByLabelText('Type'), 'complaint');
    await user.selectOptions(within(form).getByLabelText('How they asked'), 'email');
    await user.type(within(form).getByLabelText('What they asked for'), 'Unhappy with the response time.');
    const received = within(form).getByLabelText('Received');
    await user.clear(received);
    await user.type(received, '2026-03-02T09:30');
    await user.click(within(form).getByRole('button', { name: 'Add request' }));

    await waitFor(() =>
      expect(transport.callsTo('requests:create')).toEqual([
        {
          clientId: 'cl_2',
          type: 'complaint',
          channel: 'email',
          description: 'Unhappy with the response time.',
          ownerId: 'tm_2',
          receivedAt: new Date('2026-03-02T09:30').toISOString(),
          byId: 'tm_1',
        },
      ]),
    );
    expect(await screen.findByText('Added the request from Nguyen Family.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'New service request' })).toBeNull();
  });

  it('shows the backend’s field messages beside the new request’s fields', async () => {
    const user = userEvent.setup();
    renderRequests('/requests', {
      'requests:create': () => {
        throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
          { path: 'receivedAt', message: 'cannot be in the future' },
        ]);
      },
    });
    await user.click(await screen.findByRole('button', { name: /New request/ }));
    const form = screen.getByRole('form', { name: 'New service request' });
    await pickClient(user, form, 'Okafor Household');
    await user.selectOptions(within(form).getByLabelText('Type'), 'other');
    await user.selectOptions(within(form).getByLabelText('How they asked'), 'phone');
    await user.type(within(form).getByLabelText('What they asked for'), 'A question.');
    await user.click(within(form).getByRole('button', { name: 'Add request' }));
    expect(await within(form).findByText('Received cannot be in the future')).toBeTruthy();
    expect(within(form).getByLabelText('Received').getAttribute('aria-invalid')).toBe('true');
  });
});
