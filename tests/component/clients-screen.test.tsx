import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ClientQuery, ClientRow } from '../../shared/model';
import { ClientsScreen } from '../../renderer/features/clients/clients-screen';
import { clientRow, daysAgo, teamMember } from './support/data';
import { renderWithApp } from './support/render';

const rows: ClientRow[] = [
  clientRow({
    id: 'cl_1',
    name: 'Okafor Household',
    tier: 'A',
    assets: { amountMinor: 123_456_700, currency: 'USD' },
    lastContactAt: daysAgo(12),
    tags: ['retired', 'estate'],
  }),
  clientRow({
    id: 'cl_2',
    name: 'Brennan Family Trust',
    type: 'trust',
    tier: 'B',
    status: 'prospect',
    primaryManagerName: 'Tom Hale',
    assets: { amountMinor: 50_000_000, currency: 'USD' },
    lastContactAt: null,
  }),
  clientRow({
    id: 'cl_3',
    name: 'Acme Dental LLC',
    type: 'business',
    tier: 'C',
    status: 'former',
    assets: { amountMinor: 900_000_000, currency: 'USD' },
    lastContactAt: daysAgo(1),
  }),
];

/** The backend's search, roughly: by name, case-insensitive. */
function list(query: ClientQuery | undefined): ClientRow[] {
  const search = query?.search?.toLowerCase();
  return rows.filter((row) => (!search || row.name.toLowerCase().includes(search)) && (!query?.tier || row.tier === query.tier));
}

function renderClients() {
  return renderWithApp(
    <Routes>
      <Route path="/clients" element={<ClientsScreen />} />
      <Route path="/clients/new" element={<h1>New client form</h1>} />
    </Routes>,
    {
      route: '/clients',
      handlers: {
        'clients:list': list,
        'clients:match': (query) => list(query).map((row) => row.id),
        'team:list': () => [teamMember(), teamMember({ id: 'tm_2', name: 'Tom Hale' })],
      },
    },
  );
}

function bodyRows() {
  const table = screen.getByRole('grid', { name: 'Client households' });
  return within(table).getAllByRole('row').slice(1);
}

function names() {
  return bodyRows().map((row) => row.querySelector('.cell-primary')?.textContent);
}

describe('Clients screen', () => {
  it('lists households with money, relative dates, badges and tags formatted', async () => {
    renderClients();
    expect(await screen.findByText('Okafor Household')).toBeTruthy();
    expect(screen.getByText('3 households')).toBeTruthy();

    const okafor = bodyRows().find((row) => row.textContent?.includes('Okafor'))!;
    expect(within(okafor).getByText('$1,234,567')).toBeTruthy();
    expect(within(okafor).getByText('12 days ago')).toBeTruthy();
    expect(within(okafor).getByText('Tier A')).toBeTruthy();
    expect(within(okafor).getByText('Active')).toBeTruthy();
    expect(within(okafor).getByText('Household · 2 people')).toBeTruthy();
    expect(
      within(okafor)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['retired', '+1']);

    const brennan = bodyRows().find((row) => row.textContent?.includes('Brennan'))!;
    expect(within(brennan).getByText('No contact yet')).toBeTruthy();
    expect(within(brennan).getByText('Prospect')).toBeTruthy();
    expect(within(bodyRows().find((row) => row.textContent?.includes('Acme'))!).getByText('yesterday')).toBeTruthy();
  });

  it('searches through the backend as you type', async () => {
    const user = userEvent.setup();
    const { transport } = renderClients();
    await screen.findByText('Okafor Household');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'okaf');
    await waitFor(() => expect(names()).toEqual(['Okafor Household']));
    expect(transport.callsTo('clients:match').at(-1)).toEqual({ search: 'okaf' });
    expect(transport.callsTo('clients:list')).toEqual([{}]);
    expect(screen.getByText('1 household matches')).toBeTruthy();
  });

  it('moves from the search box into the list with ArrowDown, onto the first match', async () => {
    const user = userEvent.setup();
    renderClients();
    await screen.findByText('Okafor Household');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.click(search);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('tr')?.textContent).toContain('Acme Dental LLC');
    await user.click(search);
    await user.type(search, 'okaf');
    await waitFor(() => expect(names()).toEqual(['Okafor Household']));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('tr')?.textContent).toContain('Okafor Household');
  });

  it('says so when nothing matches and clears the filters', async () => {
    const user = userEvent.setup();
    renderClients();
    await screen.findByText('Okafor Household');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzz');
    expect(await screen.findByText('No households match')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(names()).toHaveLength(3));
  });

  it('filters by tier', async () => {
    const user = userEvent.setup();
    const { transport } = renderClients();
    await screen.findByText('Okafor Household');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tier' }), 'B');
    await waitFor(() => expect(names()).toEqual(['Brennan Family Trust']));
    expect(transport.callsTo('clients:list').at(-1)).toEqual({ tier: 'B' });
  });

  it('sorts by a column on click and by keyboard, and says how it is sorted', async () => {
    const user = userEvent.setup();
    renderClients();
    await screen.findByText('Okafor Household');
    expect(names()).toEqual(['Acme Dental LLC', 'Brennan Family Trust', 'Okafor Household']);

    const aum = screen.getByRole('button', { name: /AUM/ });
    await user.click(aum);
    expect(names()).toEqual(['Brennan Family Trust', 'Okafor Household', 'Acme Dental LLC']);
    expect(aum.closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    act(() => aum.focus());
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['Acme Dental LLC', 'Okafor Household', 'Brennan Family Trust']);
    expect(aum.closest('th')?.getAttribute('aria-sort')).toBe('descending');

    await user.click(screen.getByRole('button', { name: /Last contact/ }));
    // Oldest contact first; never contacted goes last.
    expect(names()).toEqual(['Okafor Household', 'Acme Dental LLC', 'Brennan Family Trust']);
  });

  it('moves the selected row with the arrow keys', async () => {
    const user = userEvent.setup();
    renderClients();
    await screen.findByText('Okafor Household');
    const [first, second, third] = bodyRows();
    expect(first!.tabIndex).toBe(0);
    expect(second!.tabIndex).toBe(-1);

    act(() => first!.focus());
    expect(first!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(second);
    expect(second!.getAttribute('aria-selected')).toBe('true');
    expect(first!.getAttribute('aria-selected')).toBe('false');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(third);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(first);
  });

  it('opens the new-client form with N, but not while typing in the search box', async () => {
    const user = userEvent.setup();
    renderClients();
    await screen.findByText('Okafor Household');
    // "/" is the app's search box on every screen (search-box.test.tsx), not this field's shortcut.
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('n');
    expect(screen.queryByText('New client form')).toBeNull();
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('n');
    expect(await screen.findByText('New client form')).toBeTruthy();
  });

  it('reloads when the backend reports a change', async () => {
    const { transport } = renderClients();
    await screen.findByText('Okafor Household');
    const before = transport.callsTo('clients:list').length;
    act(() => transport.emit('data:changed', { collections: ['clients'] }));
    await waitFor(() => expect(transport.callsTo('clients:list').length).toBe(before + 1));
  });
});
