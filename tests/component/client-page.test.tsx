import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { defaultSettings, type ClientDetail, type DuplicateMatch, type Interaction, type TeamMember } from '../../shared/model';
import { CurrentUserContext } from '../../renderer/app/current-user';
import { ClientPage } from '../../renderer/features/client-page/client-page';
import { NoticeRegion } from '../../renderer/components/notices';
import { QuickAddProvider } from '../../renderer/features/tasks/quick-add';
import { clientDetail, daysAgo, person, teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';
import { taskRow } from './support/tasks';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

function detail(): ClientDetail {
  return clientDetail({
    client: {
      serviceTeamIds: ['tm_2'],
      source: 'Referral from Dr. Ames',
      preferredContact: 'phone',
      notes: 'Prefers morning calls.',
      tags: ['retiree'],
      lastContactAt: daysAgo(12),
    },
    people: [
      person({ dateOfBirth: '1961-02-03', email: 'ada@okafor.example', phone: '+1 555-0142', preferredContact: 'email' }),
      person({ id: 'pe_2', name: 'Ben Okafor', relationship: 'spouse_partner', isPrimaryContact: false }),
    ],
    holdings: [
      {
        id: 'ho_1',
        clientId: 'cl_1',
        kind: 'retirement_account',
        provider: 'Vanguard',
        name: 'Rollover IRA',
        accountNumber: '7700-1234-4821',
        status: 'open',
        openedOn: null,
        closedOn: null,
        value: usd(85_000_000),
        valuedOn: '2025-03-31',
        valueHistory: [
          { on: '2024-12-31', value: usd(80_000_000) },
          { on: '2025-03-31', value: usd(85_000_000) },
        ],
        annualFee: usd(850_000),
        soldById: null,
      },
      {
        id: 'ho_2',
        clientId: 'cl_1',
        kind: 'investment_account',
        provider: 'Schwab',
        name: 'Joint brokerage',
        accountNumber: 'JB99007310',
        status: 'open',
        openedOn: null,
        closedOn: null,
        value: usd(40_000_000),
        valuedOn: '2025-03-31',
        valueHistory: [{ on: '2025-03-31', value: usd(40_000_000) }],
        annualFee: usd(400_000),
        soldById: null,
      },
    ],
    serviceTeam: [{ id: 'tm_2', name: 'Sam Lee', role: 'paraplanner' }],
    assets: usd(125_000_000),
    annualRevenue: usd(1_250_000),
    nextReviewOn: '2099-06-30',
  });
}

function interaction(overrides: Partial<Interaction>): Interaction {
  return {
    id: 'in_x',
    clientId: 'cl_1',
    kind: 'call',
    at: daysAgo(12),
    durationMinutes: 15,
    staffId: 'tm_1',
    personIds: ['pe_1'],
    summary: 'Quarterly check-in.',
    followUpOn: null,
    ...overrides,
  };
}

const members: TeamMember[] = [
  teamMember(),
  teamMember({ id: 'tm_2', name: 'Sam Lee', role: 'paraplanner', email: 'sam@harbour.example' }),
];

function renderPage(extraHandlers: FakeHandlers = {}) {
  const state = detail();
  let interactions: Interaction[] = [
    interaction({ id: 'in_3', kind: 'complaint', at: daysAgo(12), summary: 'Unhappy about the fee letter.' }),
    interaction({ id: 'in_2', kind: 'meeting', at: daysAgo(40), summary: 'Annual review.' }),
    interaction({ id: 'in_1', kind: 'email', at: daysAgo(90), summary: 'Sent the plan.' }),
  ];
  const current = { currentUser: members[0]!, setCurrentUserId: () => {}, members, loading: false, signedIn: false };
  const result = renderWithApp(
    <CurrentUserContext value={current}>
      <QuickAddProvider>
        <Routes>
          <Route path="/clients/:id" element={<ClientPage />} />
        </Routes>
      </QuickAddProvider>
      <NoticeRegion />
    </CurrentUserContext>,
    {
      route: '/clients/cl_1',
      handlers: {
        'clients:get': () => structuredClone(state),
        'team:list': () => members,
        'settings:get': () => defaultSettings,
        'interactions:list': ({ kinds }) => interactions.filter((i) => !kinds || kinds.includes(i.kind)),
        'interactions:log': (draft) => {
          if (draft.summary.includes('server')) {
            throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
              { path: 'followUpOn', message: 'must be after the interaction' },
            ]);
          }
          const logged = interaction({
            ...draft,
            id: `in_${interactions.length + 1}`,
            durationMinutes: draft.durationMinutes ?? null,
            personIds: draft.personIds ?? [],
            followUpOn: draft.followUpOn ?? null,
          });
          interactions = [logged, ...interactions];
          state.client.lastContactAt = logged.at;
          return logged;
        },
        'people:create': (draft) => {
          const added = {
            ...draft,
            id: `pe_${state.people.length + 1}`,
            dateOfBirth: draft.dateOfBirth ?? null,
            email: draft.email ?? null,
            phone: draft.phone ?? null,
            preferredContact: draft.preferredContact ?? null,
            isPrimaryContact: draft.isPrimaryContact ?? false,
          };
          state.people.push(added);
          return added;
        },
        ...extraHandlers,
      },
    },
  );
  return result;
}

async function loaded() {
  await screen.findByRole('heading', { name: 'Okafor Household', level: 1 });
  await screen.findByRole('list', { name: 'Interaction timeline, newest first' });
}

describe('Client page', () => {
  it('saves details against the version it showed, and after a colleague’s save offers to reload instead of overwriting it', async () => {
    const user = userEvent.setup();
    let current = { ...detail(), versions: { cl_1: 3 } };
    const saves: unknown[] = [];
    const { transport } = renderPage({
      'clients:get': () => structuredClone(current),
      'clients:update': (input) => {
        saves.push(input);
        if (input.expectedVersion !== current.versions.cl_1) {
          throw new AppError(
            'CONFLICT',
            'Ben Ortiz changed this household at Dec 6, 2026, 10:42 AM, after you opened it, so your changes were not saved. Reload it to see theirs, then make yours again.',
            [{ path: 'expectedVersion', message: 'is not the current version' }],
          );
        }
        current = { ...current, client: { ...current.client, ...input.changes }, versions: { cl_1: current.versions.cl_1 + 1 } };
        return current.client;
      },
    });
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    const form = screen.getByRole('form', { name: 'Edit details' });

    // Ben saves a new source while the form is open: the page follows, the form keeps what it showed.
    current = { ...current, client: { ...current.client, source: 'Ben’s referral' }, versions: { cl_1: 4 } };
    transport.emit('data:changed', { collections: ['clients'] });
    await user.clear(within(form).getByLabelText('Tags'));
    await user.type(within(form).getByLabelText('Tags'), 'golf');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect((await within(form).findByRole('alert')).textContent).toMatch(/^Ben Ortiz changed this household/);
    expect(saves).toMatchObject([{ id: 'cl_1', expectedVersion: 3 }]);
    expect(current.client.tags).not.toContain('golf');

    await user.click(within(form).getByRole('button', { name: 'Reload' }));
    const fresh = screen.getByRole('form', { name: 'Edit details' });
    expect((within(fresh).getByLabelText('Source') as HTMLInputElement).value).toBe('Ben’s referral');
    expect(within(fresh).queryByRole('alert')).toBeNull();
    await user.clear(within(fresh).getByLabelText('Tags'));
    await user.type(within(fresh).getByLabelText('Tags'), 'golf');
    await user.click(within(fresh).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(current.client.tags).toEqual(['golf']));
    expect(saves).toMatchObject([{ expectedVersion: 3 }, { expectedVersion: 4, changes: { source: 'Ben’s referral' } }]);
  });

  it('shows the header figures', async () => {
    renderPage();
    await loaded();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Tier A')).toBeTruthy();
    // The tier badge says what it is as text (a <span> may not have aria-label).
    expect(within(header).getByText('Tier: Tier A').className).toBe('visually-hidden');
    expect(within(header).getByText('Active')).toBeTruthy();
    expect(within(header).getByText('Priya Shah')).toBeTruthy();
    expect(within(header).getByText('Sam Lee')).toBeTruthy();
    expect(screen.getByTestId('header-assets').textContent).toBe('$1,250,000');
    expect(screen.getByTestId('header-revenue').textContent).toBe('$12,500');
    expect(screen.getByTestId('header-last-contact').textContent).toBe('12 days ago');
  });

  it('masks account numbers to the last four and totals the table', async () => {
    renderPage();
    await loaded();
    const table = screen.getByRole('table', { name: 'Products and services' });
    expect(within(table).getByText('•••• 4821')).toBeTruthy();
    expect(within(table).getByText('•••• 7310')).toBeTruthy();
    // Read as words, not as four dots: the dots are hidden from screen readers, the words are text.
    expect(within(table).getByText('•••• 4821').getAttribute('aria-hidden')).toBe('true');
    expect(within(table).getByText('Account ending 4821').className).toBe('visually-hidden');
    expect(table.textContent).not.toContain('7700-1234');
    expect(table.textContent).not.toContain('JB9900');
    expect(screen.getByTestId('total-assets').textContent).toBe('$1,250,000');
    expect(screen.getByTestId('total-revenue').textContent).toBe('$12,500');
  });

  it('shows cents where an amount has them: in the header, the table, its totals and a history', async () => {
    const user = userEvent.setup();
    const withCents = detail();
    withCents.holdings[1]!.value = usd(8_812_050);
    withCents.holdings[1]!.valueHistory = [
      { on: '2024-12-31', value: usd(8_800_000) },
      { on: '2025-03-31', value: usd(8_812_050) },
    ];
    withCents.assets = usd(93_812_050);
    renderPage({ 'clients:get': () => structuredClone(withCents) });
    await loaded();
    expect(screen.getByTestId('header-assets').textContent).toBe('$938,120.50');
    expect(screen.getByTestId('header-revenue').textContent).toBe('$12,500');
    const table = screen.getByRole('table', { name: 'Products and services' });
    // A column with one amount in cents shows every amount in it to the cent, so it lines up.
    expect(within(table).getByText('$88,120.50')).toBeTruthy();
    expect(within(table).getByText('$850,000.00')).toBeTruthy();
    expect(screen.getByTestId('total-assets').textContent).toBe('$938,120.50');
    expect(screen.getByTestId('total-revenue').textContent).toBe('$12,500');
    await user.click(screen.getByRole('button', { name: 'History of the value of Joint brokerage' }));
    const rows = within(screen.getByRole('table', { name: 'Value history of Joint brokerage' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('$88,120.50+$120.50'),
      expect.stringContaining('$88,000.00'),
    ]);
  });

  it('opens a holding’s value history', async () => {
    const user = userEvent.setup();
    renderPage();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'History of the value of Rollover IRA' }));
    const history = screen.getByRole('table', { name: 'Value history of Rollover IRA' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('$850,000');
    expect(rows[0]!.textContent).toContain('+$50,000');
    expect(rows[1]!.textContent).toContain('$800,000');
  });

  it('values a product as the total does, by its valuation today, and marks one dated in the future', async () => {
    const user = userEvent.setup();
    const oldBook = detail();
    // An older version let this be recorded; the backend's total leaves it out until its day.
    const ira = oldBook.holdings[0]!;
    ira.valueHistory.push({ on: '2099-12-31', value: usd(500) });
    ira.value = usd(500);
    ira.valuedOn = '2099-12-31';
    renderPage({ 'clients:get': () => structuredClone(oldBook) });
    await loaded();
    const table = screen.getByRole('table', { name: 'Products and services' });
    const [iraRow] = within(table).getAllByRole('row').slice(1);
    expect(iraRow!.textContent).toContain('$850,000as of Mar 31, 2025');
    expect(screen.getByTestId('total-assets').textContent).toBe('$1,250,000');

    await user.click(screen.getByRole('button', { name: 'History of the value of Rollover IRA' }));
    const [future, current] = within(screen.getByRole('table', { name: 'Value history of Rollover IRA' }))
      .getAllByRole('row')
      .slice(1);
    expect(future!.textContent).toContain('Dec 31, 2099 Dated in the future: not counted');
    expect(current!.textContent).not.toContain('Dated in the future');
    await user.click(screen.getByRole('button', { name: 'Record valuation of Rollover IRA' }));
    expect(screen.getByRole('form', { name: 'Record a valuation of Rollover IRA' }).textContent).toContain('Current value: $850,000.');
  });

  it('removes a wrong valuation from a value history by keyboard, after a confirmation that says what the value becomes', async () => {
    const user = userEvent.setup();
    const state = detail();
    state.versions = { ho_1: 7 };
    const { transport } = renderPage({
      'clients:get': () => structuredClone(state),
      'holdings:removeValue': ({ id, on }) => {
        const holding = state.holdings.find((candidate) => candidate.id === id)!;
        holding.valueHistory = holding.valueHistory.filter((entry) => entry.on !== on);
        holding.value = holding.valueHistory.at(-1)!.value;
        holding.valuedOn = holding.valueHistory.at(-1)!.on;
        state.assets = usd(120_000_000);
        return structuredClone(holding);
      },
    });
    await loaded();
    await user.click(screen.getByRole('button', { name: 'History of the value of Rollover IRA' }));
    // Past the row's Record valuation and Edit, the newest valuation's Remove is next.
    await user.tab();
    await user.tab();
    await user.tab();
    const remove = screen.getByRole('button', { name: 'Remove the Mar 31, 2025 valuation of Rollover IRA' });
    expect(document.activeElement).toBe(remove);

    await user.keyboard('{Enter}');
    const confirm = screen.getByRole('alertdialog', { name: 'Remove the Mar 31, 2025 valuation of Rollover IRA?' });
    expect(confirm.textContent).toContain("The product's value will then be $800,000, as of Dec 31, 2024.");
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(transport.callsTo('holdings:removeValue')).toHaveLength(0);

    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove valuation' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('total-assets').textContent).toBe('$1,200,000'));
    expect(transport.callsTo('holdings:removeValue')).toEqual([{ id: 'ho_1', on: '2025-03-31', expectedVersion: 7 }]);
    expect(screen.getByText('Removed the Mar 31, 2025 valuation of Rollover IRA.')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Value history of Rollover IRA' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining('$800,000')]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps the confirmation open with the reason when a valuation cannot be removed, and offers a reload after a colleague’s change', async () => {
    const user = userEvent.setup();
    renderPage({
      'holdings:removeValue': () => {
        throw new AppError('CONFLICT', 'Sam Lee changed this product just now, after you opened it, so your changes were not saved.');
      },
    });
    await loaded();
    await user.click(screen.getByRole('button', { name: 'History of the value of Joint brokerage' }));
    await user.click(screen.getByRole('button', { name: 'Remove the Mar 31, 2025 valuation of Joint brokerage' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Remove the Mar 31, 2025 valuation of Joint brokerage?' });
    expect(confirm.textContent).toContain('It is the only valuation: the product will have no value until you record one.');
    await user.click(within(confirm).getByRole('button', { name: 'Remove valuation' }));
    expect((await within(confirm).findByRole('alert')).textContent).toContain('Sam Lee changed this product just now');
    expect(within(confirm).getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('lists the timeline newest first, flags complaints, and filters by kind', async () => {
    const user = userEvent.setup();
    const { transport } = renderPage();
    await loaded();
    const list = screen.getByRole('list', { name: 'Interaction timeline, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-kind'))).toEqual(['complaint', 'meeting', 'email']);
    expect(within(items[0]!).getByText('Needs attention')).toBeTruthy();
    expect(items[0]!.textContent).toContain('By Priya Shah');
    expect(items[0]!.textContent).toContain('with Ada Okafor');
    expect(items[0]!.textContent).toContain('15 min');

    const filters = screen.getByRole('group', { name: 'Show kinds' });
    await user.click(within(filters).getByRole('button', { name: 'Meeting' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: /timeline/ })).getAllByRole('listitem')).toHaveLength(1));
    expect(transport.callsTo('interactions:list').at(-1)).toMatchObject({ clientId: 'cl_1', kinds: ['meeting'] });
    expect(within(filters).getByRole('button', { name: 'Meeting' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(within(filters).getByRole('button', { name: 'All' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: /timeline/ })).getAllByRole('listitem')).toHaveLength(3));
  });

  it('goes to the log-interaction form with L, but not while typing', async () => {
    const user = userEvent.setup();
    renderPage();
    await loaded();
    const form = screen.getByRole('form', { name: 'Log interaction' });
    await user.keyboard('l');
    expect(document.activeElement).toBe(within(form).getByLabelText('Kind'));
    const summary = within(form).getByLabelText('Summary');
    await user.type(summary, 'Called about the rollover');
    expect((summary as HTMLTextAreaElement).value).toBe('Called about the rollover');
    expect(document.activeElement).toBe(summary);
  });

  it('logs an interaction: it is posted, appears at the top and last contact updates', async () => {
    const user = userEvent.setup();
    const { transport } = renderPage();
    await loaded();
    const form = screen.getByRole('form', { name: 'Log interaction' });
    await user.clear(within(form).getByLabelText('Minutes'));
    await user.type(within(form).getByLabelText('Minutes'), '20');
    await user.click(within(form).getByRole('checkbox', { name: 'Ben Okafor' }));
    await user.type(within(form).getByLabelText('Summary'), 'Discussed the rollover.');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    await waitFor(() => expect(transport.callsTo('interactions:log')).toHaveLength(1));
    const posted = transport.callsTo('interactions:log')[0]!;
    expect(posted).toMatchObject({
      clientId: 'cl_1',
      kind: 'call',
      durationMinutes: 20,
      staffId: 'tm_1',
      personIds: ['pe_2'],
      summary: 'Discussed the rollover.',
    });
    expect(Date.now() - new Date(posted.at).getTime()).toBeLessThan(5 * 60_000);

    await waitFor(() => {
      const first = within(screen.getByRole('list', { name: /timeline/ })).getAllByRole('listitem')[0]!;
      expect(first.textContent).toContain('Discussed the rollover.');
    });
    await waitFor(() => expect(screen.getByTestId('header-last-contact').textContent).toBe('today'));
    expect((within(form).getByLabelText('Summary') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows the follow-up task a logged contact made, with a way to My day when it is yours', async () => {
    renderPage({
      'tasks:list': () => [
        taskRow({ task: { id: 'ta_1', interactionId: 'in_3', assigneeId: 'tm_1', dueOn: '2099-06-30', status: 'open' } }),
        taskRow({
          task: { id: 'ta_2', interactionId: 'in_2', assigneeId: 'tm_2', dueOn: '2099-07-01', status: 'done' },
          assigneeName: 'Sam Lee',
        }),
      ],
    });
    await loaded();
    const [complaint, meeting] = within(screen.getByRole('list', { name: /timeline/ })).getAllByRole('listitem');
    await waitFor(() => expect(complaint!.textContent).toMatch(/Follow-up task for Priya Shah, due .*2099 · Open/));
    expect(within(complaint!).getByRole('link', { name: 'Open My day' }).getAttribute('href')).toBe('/tasks');
    expect(meeting!.textContent).toMatch(/Follow-up task for Sam Lee, due .*2099 · Done/);
    expect(within(meeting!).queryByRole('link', { name: 'Open My day' })).toBeNull();
  });

  it('says a follow-up task was made when the contact is logged with a follow-up date', async () => {
    const user = userEvent.setup();
    const { transport } = renderPage({ 'tasks:list': () => [] });
    await loaded();
    const form = screen.getByRole('form', { name: 'Log interaction' });
    expect(within(form).getByText('Adds a follow-up task to My day.')).toBeTruthy();
    await user.type(within(form).getByLabelText('Summary'), 'Wants the fee comparison.');
    await user.type(within(form).getByLabelText('Follow up by'), '2099-06-30');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    await waitFor(() => expect(transport.callsTo('interactions:log')).toMatchObject([{ followUpOn: '2099-06-30' }]));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Call logged, with a follow-up task due .*2099\.$/));
  });

  it('adds a task about this household with T', async () => {
    const user = userEvent.setup();
    const { transport } = renderPage({ 'tasks:list': () => [], 'tasks:create': (draft) => taskRow({ task: { title: draft.title } }).task });
    await loaded();
    await user.keyboard('t');
    const dialog = screen.getByRole('dialog', { name: 'New task' });
    // The form itself loads on first use.
    expect((await within(dialog).findByRole<HTMLInputElement>('combobox', { name: 'Client' })).value).toBe('Okafor Household');
    await user.keyboard('Send the fee comparison{Enter}');
    await waitFor(() => expect(transport.callsTo('tasks:create')).toMatchObject([{ title: 'Send the fee comparison', clientId: 'cl_1' }]));
  });

  it('checks the log form and shows messages beside the fields, sending nothing', async () => {
    const user = userEvent.setup();
    const { transport } = renderPage();
    await loaded();
    const form = screen.getByRole('form', { name: 'Log interaction' });
    await user.type(within(form).getByLabelText('Minutes'), 'abc');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));

    expect(within(form).getByText('Minutes must be a whole number.')).toBeTruthy();
    expect(within(form).getByText('Summary is required.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText('Minutes'));
    expect(transport.callsTo('interactions:log')).toHaveLength(0);
  });

  it('shows a server issue beside its field', async () => {
    const user = userEvent.setup();
    renderPage();
    await loaded();
    const form = screen.getByRole('form', { name: 'Log interaction' });
    await user.type(within(form).getByLabelText('Summary'), 'server says no');
    await user.click(within(form).getByRole('button', { name: 'Log interaction' }));
    expect(await within(form).findByText('Follow up by must be after the interaction')).toBeTruthy();
  });

  it('rejects a negative valuation before sending it', async () => {
    const user = userEvent.setup();
    const { transport } = renderPage();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Record valuation of Rollover IRA' }));
    const form = screen.getByRole('form', { name: 'Record a valuation of Rollover IRA' });
    await user.type(within(form).getByLabelText('Value'), '-100');
    await user.click(within(form).getByRole('button', { name: 'Record valuation' }));
    expect(within(form).getByText('Value cannot be negative.')).toBeTruthy();
    await user.clear(within(form).getByLabelText('Value'));
    await user.type(within(form).getByLabelText('Value'), '12.345');
    await user.click(within(form).getByRole('button', { name: 'Record valuation' }));
    expect(within(form).getByText('Value must be an amount like 123,456.78.')).toBeTruthy();
    expect(transport.callsTo('holdings:recordValue')).toHaveLength(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Record a valuation of Rollover IRA' })).toBeNull();
  });

  it('makes someone the primary contact, saying so, and keeps a refusal beside the people', async () => {
    const user = userEvent.setup();
    let refuse = false;
    const { transport } = renderPage({
      'people:update': ({ id }) => {
        if (refuse) throw new AppError('CONFLICT', 'Someone else changed Ben Okafor. Reload to see the change.');
        return person({ id, name: 'Ben Okafor', relationship: 'spouse_partner' });
      },
    });
    await loaded();
    const makeBen = screen.getByRole('button', { name: 'Make Ben Okafor the primary contact' });
    await user.click(makeBen);
    expect(transport.callsTo('people:update')).toEqual([{ id: 'pe_2', changes: { isPrimaryContact: true } }]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Ben Okafor is now the primary contact.'));

    refuse = true;
    await user.click(makeBen);
    const people = screen.getByRole('region', { name: /^People/ });
    expect(await within(people).findByText('Someone else changed Ben Okafor. Reload to see the change.')).toBeTruthy();
  });

  describe('adding a person', () => {
    async function fillPerson(user: ReturnType<typeof userEvent.setup>) {
      await user.click(screen.getByRole('button', { name: 'Add person' }));
      const form = screen.getByRole('form', { name: 'Add a person' });
      await user.type(within(form).getByLabelText('Full name'), 'Chidi Okafor');
      await user.selectOptions(within(form).getByLabelText('Relationship'), 'Child');
      await user.type(within(form).getByLabelText('Email'), 'chidi@example.com');
      return form;
    }

    it('warns about a shared email or phone in another household and adds only on "Add anyway"', async () => {
      const user = userEvent.setup();
      const { transport } = renderPage({
        'clients:findDuplicates': () => [
          { clientId: 'cl_9', clientName: 'Mensah Household', personName: 'Chidi Okafor', matchedOn: ['name', 'email'] },
          { clientId: 'cl_8', clientName: 'Okafor Trust', personName: null, matchedOn: ['name'] },
        ],
      });
      await loaded();
      const form = await fillPerson(user);
      await user.click(within(form).getByRole('button', { name: 'Add person' }));

      const warning = await within(form).findByRole('region', { name: /already in another household/ });
      expect(transport.callsTo('clients:findDuplicates')).toEqual([
        { name: 'Chidi Okafor', email: 'chidi@example.com', excludeClientId: 'cl_1' },
      ]);
      expect(transport.callsTo('people:create')).toHaveLength(0);
      // Only the match on email is listed; the bare name match is not.
      const items = within(warning).getAllByRole('listitem');
      expect(items).toHaveLength(1);
      expect(items[0]!.textContent).toContain('Chidi Okafor');
      expect(items[0]!.textContent).toContain('(same name, email)');
      expect(within(items[0]!).getByRole('link', { name: 'Mensah Household' }).getAttribute('href')).toBe('/clients/cl_9');
      expect(document.activeElement).toBe(warning);
      expect((within(form).getByRole('button', { name: 'Add person' }) as HTMLButtonElement).disabled).toBe(true);

      // Escape goes back to the form (which stays open) without saving.
      await user.keyboard('{Escape}');
      expect(within(form).queryByRole('region')).toBeNull();
      expect(document.activeElement).toBe(within(form).getByLabelText('Full name'));
      expect(screen.getByRole('form', { name: 'Add a person' })).toBe(form);

      await user.click(within(form).getByRole('button', { name: 'Add person' }));
      await within(form).findByRole('region', { name: /already in another household/ });
      await user.click(within(form).getByRole('button', { name: 'Add anyway' }));
      await waitFor(() => expect(transport.callsTo('people:create')).toHaveLength(1));
      expect(transport.callsTo('people:create')[0]).toMatchObject({ clientId: 'cl_1', name: 'Chidi Okafor', email: 'chidi@example.com' });
      expect(transport.callsTo('clients:findDuplicates')).toHaveLength(2);
      await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a person' })).toBeNull());
    });

    const nameOnly: DuplicateMatch[] = [
      { clientId: 'cl_9', clientName: 'Mensah Household', personName: 'Chidi Okafor', matchedOn: ['name'] },
    ];
    it.each([
      ['nothing matches', []],
      ['only the name matches', nameOnly],
    ])('adds straight away when %s', async (_, matches) => {
      const user = userEvent.setup();
      const { transport } = renderPage({ 'clients:findDuplicates': () => matches });
      await loaded();
      const form = await fillPerson(user);
      await user.click(within(form).getByRole('button', { name: 'Add person' }));
      await waitFor(() => expect(transport.callsTo('people:create')).toHaveLength(1));
      expect(screen.queryByRole('region', { name: /already in/ })).toBeNull();
      await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a person' })).toBeNull());
    });
  });
});
