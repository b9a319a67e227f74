import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ClientFilters, ClientRow, SavedView, TeamMember } from '../../shared/model';
import { ClientsScreen } from '../../renderer/features/clients/clients-screen';
import { SavedViews } from '../../renderer/features/clients/saved-views';
import { clientRow, teamMember } from './support/data';
import { renderWithApp } from './support/render';

const priya = teamMember();
const tom = teamMember({ id: 'tm_2', name: 'Tom Hale' });
const ana = teamMember({ id: 'tm_3', name: 'Ana Ruiz' });
const gone = teamMember({ id: 'tm_4', name: 'Old Timer', active: false });

function inScope(row: ClientRow, query: ClientFilters | undefined): boolean {
  return (
    (!query?.managerId || row.primaryManagerId === query.managerId) &&
    (!query?.tier || row.tier === query.tier) &&
    (!query?.tag || row.tags.includes(query.tag))
  );
}

interface Options {
  rows?: ClientRow[];
  currentUser?: TeamMember | null;
  views?: SavedView[];
}

/** Phone numbers on file, found by search as the backend finds them (people's details are not in the rows). */
const phones: Record<string, string> = { cl_1: '+1 555-0142' };

function ClientStub() {
  const navigate = useNavigate();
  return (
    <>
      <h1>Client page {useParams().id}</h1>
      <button type="button" onClick={() => void navigate(-1)}>
        Back
      </button>
    </>
  );
}

function renderBook({ rows, currentUser = priya, views = [] }: Options = {}) {
  let book: ClientRow[] = rows ?? [
    clientRow({ id: 'cl_1', name: 'Okafor Household', tags: ['retired'] }),
    clientRow({ id: 'cl_2', name: 'Brennan Family Trust', primaryManagerId: 'tm_2', primaryManagerName: 'Tom Hale', tier: 'B' }),
    clientRow({ id: 'cl_3', name: 'Acme Dental LLC', tier: 'C', tags: ['business'] }),
  ];
  const saved = [...views];
  const result = renderWithApp(
    <Routes>
      <Route path="/clients" element={<ClientsScreen />} />
      <Route path="/clients/new" element={<h1>New client form</h1>} />
      <Route path="/clients/:id" element={<ClientStub />} />
    </Routes>,
    {
      route: '/clients',
      currentUser: { member: currentUser, members: [priya, tom, ana] },
      tierNames: { A: 'Platinum', B: 'Gold', C: 'Silver' },
      handlers: {
        'clients:list': (query) => book.filter((row) => inScope(row, query)),
        'clients:match': (query) =>
          book
            .filter((row) => inScope(row, query))
            .filter((row) => [row.name, phones[row.id] ?? ''].some((text) => text.toLowerCase().includes(query.search.toLowerCase())))
            .map((row) => row.id),
        'team:list': () => [priya, tom, ana, gone],
        'views:list': () => [...saved],
        'views:save': (draft) => {
          const view: SavedView = { id: `vw_${saved.length + 1}`, createdAt: '2025-11-27T10:00:00.000Z', ...draft, filters: draft.filters };
          saved.push(view);
          return view;
        },
        'views:delete': ({ id }) => {
          saved.splice(
            saved.findIndex((v) => v.id === id),
            1,
          );
          return { deleted: true };
        },
        'clients:reassign': ({ clientIds, toManagerId }) => {
          const to = [priya, tom, ana].find((m) => m.id === toManagerId)!;
          book = book.map((row) => (clientIds.includes(row.id) ? { ...row, primaryManagerId: to.id, primaryManagerName: to.name } : row));
          return { moved: clientIds.length };
        },
      },
    },
  );
  return result;
}

function grid() {
  return screen.getByRole('grid', { name: 'Client households' });
}

function bodyRows() {
  return [...grid().querySelectorAll<HTMLTableRowElement>('tbody tr:not(.book-table__pad)')];
}

function names() {
  return bodyRows().map((row) => row.querySelector('.cell-primary')?.textContent);
}

function lastQuery(transport: ReturnType<typeof renderBook>['transport']): ClientFilters | undefined {
  return transport.callsTo('clients:list').at(-1);
}

describe('Client book', () => {
  it("opens on the current user's book, and All clients shows everyone's", async () => {
    const user = userEvent.setup();
    const { transport } = renderBook();
    await screen.findByText('Okafor Household');
    expect(transport.callsTo('clients:list')).toEqual([{ managerId: 'tm_1' }]);
    expect(names()).toEqual(['Acme Dental LLC', 'Okafor Household']);
    expect(screen.getByText('2 households in your book')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'My book' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'All clients' }));
    await waitFor(() => expect(names()).toHaveLength(3));
    expect(lastQuery(transport)).toEqual({});
    expect((screen.getByRole('combobox', { name: 'Manager' }) as HTMLSelectElement).value).toBe('all');

    await user.click(screen.getByRole('button', { name: 'My book' }));
    await waitFor(() => expect(lastQuery(transport)).toEqual({ managerId: 'tm_1' }));
  });

  it('shows the whole book when nobody is chosen at this workstation', async () => {
    const { transport } = renderBook({ currentUser: null });
    await screen.findByText('Brennan Family Trust');
    expect(transport.callsTo('clients:list')).toEqual([{}]);
    expect(screen.queryByRole('button', { name: 'My book' })).toBeNull();
  });

  it("sends every filter to the backend, and shows tiers by the firm's names", async () => {
    const user = userEvent.setup();
    const { transport } = renderBook();
    await screen.findByText('Okafor Household');
    expect(within(bodyRows()[0]!).getByText('Silver')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Manager' }), 'tm_2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tier' }), 'B');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'active');
    await user.type(screen.getByRole('combobox', { name: 'Tag' }), 'retired');
    await user.type(screen.getByRole('spinbutton', { name: 'No contact for (days)' }), '90');
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(() =>
      expect(lastQuery(transport)).toEqual({
        managerId: 'tm_2',
        tier: 'B',
        status: 'active',
        tag: 'retired',
        noContactDays: 90,
        includeArchived: true,
      }),
    );
    // Inactive managers can still be picked to see the book they left.
    expect(screen.getByRole('option', { name: 'Old Timer (inactive)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Gold' })).toBeTruthy();

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    // Clearing keeps whose book it is.
    await waitFor(() => expect(lastQuery(transport)).toEqual({ managerId: 'tm_2' }));
  });

  it('searches as you type by asking which held rows match, and shows them all again at once when cleared', async () => {
    const user = userEvent.setup();
    const { transport } = renderBook();
    await screen.findByText('Okafor Household');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, '555-0142');
    await waitFor(() => expect(names()).toEqual(['Okafor Household']));
    expect(transport.callsTo('clients:match').at(-1)).toEqual({ managerId: 'tm_1', search: '555-0142' });
    expect(screen.getByText('1 household in your book')).toBeTruthy();

    await user.clear(search);
    expect(names()).toEqual(['Acme Dental LLC', 'Okafor Household']);
    // The rows were fetched once, for the book; the search never fetched them again.
    expect(transport.callsTo('clients:list')).toEqual([{ managerId: 'tm_1' }]);
  });

  it('keeps the search in the address, so it is still there after opening a client and coming back', async () => {
    const user = userEvent.setup();
    const { transport } = renderBook();
    await screen.findByText('Okafor Household');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'okaf');
    await waitFor(() => expect(names()).toEqual(['Okafor Household']));
    await user.click(screen.getByText('Okafor Household'));
    await user.click(await screen.findByRole('button', { name: 'Back' }));

    expect(((await screen.findByRole('searchbox', { name: 'Search' })) as HTMLInputElement).value).toBe('okaf');
    await waitFor(() => expect(names()).toEqual(['Okafor Household']));
    expect(transport.callsTo('clients:match').at(-1)).toEqual({ managerId: 'tm_1', search: 'okaf' });
  });

  it('does not search on a single character, and says how many it needs', async () => {
    const user = userEvent.setup();
    const { transport } = renderBook();
    await screen.findByText('Okafor Household');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'o');
    expect(await screen.findByText('Type at least 2 characters to search.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(transport.callsTo('clients:match')).toEqual([]);
    await user.type(search, 'k');
    await waitFor(() => expect(transport.callsTo('clients:match')).toEqual([{ managerId: 'tm_1', search: 'ok' }]));
    expect(screen.queryByText('Type at least 2 characters to search.')).toBeNull();
  });

  it('says the saved views are loading until they arrive, not that there are none', async () => {
    let arrive!: (views: SavedView[]) => void;
    renderWithApp(<SavedViews ownerId="tm_1" filters={{}} onApply={() => {}} />, {
      handlers: { 'views:list': () => new Promise<SavedView[]>((resolve) => (arrive = resolve)) },
    });
    const picker = screen.getByRole('combobox', { name: 'Saved view' }) as HTMLSelectElement;
    expect(picker.options[0]?.textContent).toBe('Loading saved views…');
    await waitFor(() => expect(arrive).toBeDefined());
    await act(async () => arrive([]));
    expect(picker.options[0]?.textContent).toBe('No saved views yet');
  });

  it('saves the current filters as a view, applies it and deletes it', async () => {
    const user = userEvent.setup();
    const { transport } = renderBook({
      views: [
        {
          id: 'vw_0',
          ownerId: 'tm_1',
          name: 'Platinum to call',
          filters: { tier: 'A', noContactDays: 60 },
          createdAt: '2025-11-01T10:00:00.000Z',
        },
      ],
    });
    await screen.findByText('Okafor Household');
    expect(transport.callsTo('views:list')).toEqual([{ ownerId: 'tm_1' }]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tier' }), 'C');
    await user.click(screen.getByRole('button', { name: 'Save view…' }));
    await user.type(screen.getByRole('textbox', { name: 'View name' }), 'My silver{Enter}');
    await waitFor(() =>
      expect(transport.callsTo('views:save')).toEqual([{ ownerId: 'tm_1', name: 'My silver', filters: { managerId: 'tm_1', tier: 'C' } }]),
    );
    const picker = screen.getByRole('combobox', { name: 'Saved view' }) as HTMLSelectElement;
    await waitFor(() => expect(picker.selectedOptions[0]?.textContent).toBe('My silver'));

    await user.selectOptions(picker, 'vw_0');
    await waitFor(() => expect(lastQuery(transport)).toEqual({ tier: 'A', noContactDays: 60 }));
    expect((screen.getByRole('spinbutton', { name: 'No contact for (days)' }) as HTMLInputElement).value).toBe('60');

    await user.click(screen.getByRole('button', { name: 'Delete the view “Platinum to call”' }));
    await waitFor(() => expect(transport.callsTo('views:delete')).toEqual([{ id: 'vw_0' }]));
    expect(screen.queryByRole('option', { name: 'Platinum to call' })).toBeNull();
  });

  it('reassigns the ticked households to an active manager with a note, and says so', async () => {
    const user = userEvent.setup();
    const { transport } = renderBook();
    await screen.findByText('Okafor Household');
    await user.click(screen.getByRole('button', { name: 'All clients' }));
    await waitFor(() => expect(names()).toHaveLength(3));

    await user.click(screen.getByRole('checkbox', { name: 'Select Acme Dental LLC' }));
    // Shift+click ticks the range in between.
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select Okafor Household' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByText('3 selected')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Select Brennan Family Trust' }));
    expect(screen.getByText('2 selected')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Reassign…' }));
    const panel = screen.getByRole('region', { name: 'Reassign 2 households' });
    const manager = within(panel).getByRole('combobox', { name: 'New primary manager' });
    expect(within(manager).queryByRole('option', { name: 'Old Timer' })).toBeNull();
    await user.selectOptions(manager, 'tm_3');
    await user.type(within(panel).getByRole('textbox', { name: 'Note (optional)' }), 'Priya is moving to planning');
    await user.click(within(panel).getByRole('button', { name: 'Move 2 households' }));

    expect(await screen.findByText('Moved 2 households to Ana Ruiz.')).toBeTruthy();
    expect(transport.callsTo('clients:reassign')).toEqual([
      { clientIds: ['cl_1', 'cl_3'], toManagerId: 'tm_3', staffId: 'tm_1', note: 'Priya is moving to planning' },
    ]);
    await waitFor(() => expect(within(bodyRows()[0]!).getByText('Ana Ruiz')).toBeTruthy());
    expect(screen.queryByText('2 selected')).toBeNull();
  });

  it('ticks with Space and Shift+arrows, opens with Enter, and opens on a click', async () => {
    const user = userEvent.setup();
    renderBook({ currentUser: null });
    await screen.findByText('Okafor Household');
    const [first] = bodyRows();
    act(() => first!.focus());
    await user.keyboard(' ');
    expect(screen.getByText('1 selected')).toBeTruthy();
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(screen.getByText('2 selected')).toBeTruthy();
    expect(document.activeElement).toBe(bodyRows()[1]);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Client page cl_2' })).toBeTruthy();
  });

  it('opens a client when its row is clicked', async () => {
    const user = userEvent.setup();
    renderBook();
    await user.click(await screen.findByText('Acme Dental LLC'));
    expect(await screen.findByRole('heading', { name: 'Client page cl_3' })).toBeTruthy();
  });

  // Scrolling to a far row needs layout, which happy-dom lacks: the e2e keyboard test covers End.
  it('renders only the rows in view for a 5,000-household book', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      clientRow({ id: `cl_${i}`, name: `Household ${String(i).padStart(4, '0')}`, primaryManagerId: 'tm_1' }),
    );
    renderBook({ rows, currentUser: null });
    await screen.findByText('Household 0000');
    expect(screen.getByText('5,000 households')).toBeTruthy();
    expect(grid().getAttribute('aria-rowcount')).toBe('5001');
    expect(bodyRows().length).toBeLessThan(60);
    expect(bodyRows()[0]!.getAttribute('aria-rowindex')).toBe('2');
  });
});
