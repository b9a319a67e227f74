import { act, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type AppBoot, type AppBootQuery } from '../../shared/model';
import { AppError } from '../../shared/errors';
import { createApiClient } from '../../renderer/api';
import { ApiProvider } from '../../renderer/api/api-context';
import { ArrivingRowsContext } from '../../renderer/api/arriving-rows';
import { bootApi } from '../../renderer/api/boot';
import { useQuery } from '../../renderer/api/use-query';
import { trackBookOpening } from '../../renderer/api/book-opening';
import { App } from '../../renderer/app/app';
import { BookOpeningContext } from '../../renderer/app/book-opening-indicator';
import { currentUserStorageKey, rememberedCurrentUser } from '../../renderer/app/current-user';
import { firstClientsQuery, firstScreenQuery } from '../../renderer/app/first-screen';
import { NoticesProvider } from '../../renderer/components/notices';
import { WorkstationGate } from '../../renderer/app/workstation-gate';
import { ClientsScreen } from '../../renderer/features/clients/clients-screen';
import { appStatus, clientRow, teamMember, workstationStatus } from './support/data';
import { dashboard } from './support/health-data';
import { createFakeTransport, type FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';

const priya = teamMember();
const tom = teamMember({ id: 'tm_2', name: 'Tom Hale', email: 'tom@harbour.example', active: false });
const row = clientRow();
/** A first screen that asks for nothing beyond status, settings and the team. */
const noQuery = { clients: null, dashboard: null };

function bootAnswer(overrides: Partial<AppBoot> = {}): AppBoot {
  return {
    status: appStatus(),
    settings: defaultSettings,
    team: [priya, tom],
    workstation: workstationStatus(),
    clients: [row],
    clientsTotal: 1,
    dashboard: null,
    opening: null,
    ...overrides,
  };
}

/** What main answers each channel the boot answer stands in for: different from the boot answer, so a test sees which one came. */
const fromMain: FakeHandlers = {
  'app:status': () => appStatus({ firmName: 'From main' }),
  'workstation:status': () => workstationStatus({ idleMinutes: 5 }),
  'settings:get': () => ({ ...defaultSettings, firmName: 'From main' }),
  'team:list': () => [],
  'clients:list': () => [],
  'dashboard:get': () => dashboard({ atRiskCount: 99 }),
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('Booting with one call', () => {
  afterEach(() => {
    localStorage.clear();
    vi.useRealTimers();
  });

  it("answers each of the first screen's calls once from app:boot, then asks main", async () => {
    const transport = createFakeTransport({ 'app:boot': () => bootAnswer(), ...fromMain });
    const { api } = bootApi(createApiClient(transport), { clients: { managerId: 'tm_1' }, dashboard: null });

    expect(await api.invoke('app:status')).toEqual(appStatus());
    expect(await api.invoke('workstation:status')).toEqual(workstationStatus());
    expect(await api.invoke('settings:get')).toEqual(defaultSettings);
    expect(await api.invoke('team:list', { includeInactive: true })).toEqual([priya, tom]);
    expect(await api.invoke('team:list', { includeInactive: false })).toEqual([priya]);
    expect(await api.invoke('clients:list', { managerId: 'tm_1' })).toEqual([row]);
    expect(transport.calls).toEqual([{ channel: 'app:boot', input: { clients: { managerId: 'tm_1' }, dashboard: null } }]);

    expect(await api.invoke('app:status')).toEqual(appStatus({ firmName: 'From main' }));
    expect(await api.invoke('team:list', { includeInactive: false })).toEqual([]);
    expect(await api.invoke('clients:list', { managerId: 'tm_1' })).toEqual([]);
    expect(transport.calls.map((call) => call.channel)).toEqual(['app:boot', 'app:status', 'team:list', 'clients:list']);
  });

  it("answers the dashboard the screen will ask for: the member's book while they are active, else the firm's", async () => {
    const booted = dashboard({ atRiskCount: 7 });
    for (const [memberId, shown, notShown] of [
      [priya.id, priya.id, null],
      // Tom has left: the screen shows the firm.
      [tom.id, null, tom.id],
    ] as const) {
      const transport = createFakeTransport({ 'app:boot': () => bootAnswer({ dashboard: booted }), ...fromMain });
      const { api } = bootApi(createApiClient(transport), { clients: null, dashboard: { managerId: memberId } });
      expect(await api.invoke('dashboard:get', { managerId: notShown })).toEqual(dashboard({ atRiskCount: 99 }));
      expect(await api.invoke('dashboard:get', { managerId: shown })).toEqual(booted);
      expect(transport.callsTo('dashboard:get')).toEqual([{ managerId: notShown }]);
    }
  });

  it('gives a screen mounted after the answer its data in the first render, without asking main', async () => {
    const settings = { ...defaultSettings, firmName: 'Harbour Wealth' };
    const transport = createFakeTransport({ 'app:boot': () => bootAnswer({ settings }), ...fromMain });
    const { api, boot } = bootApi(createApiClient(transport), noQuery);
    await boot;
    function FirmName() {
      const answer = useQuery('settings:get');
      return <p>{answer.data?.firmName ?? 'waiting'}</p>;
    }
    render(
      <ApiProvider api={api}>
        <FirmName />
      </ApiProvider>,
    );
    // Read at once, before any effect or promise has run.
    expect(screen.getByText('Harbour Wealth').textContent).toBe('Harbour Wealth');
    await act(async () => {});
    expect(screen.getByText('Harbour Wealth').textContent).toBe('Harbour Wealth');
    expect(transport.calls.map((call) => call.channel)).toEqual(['app:boot']);
  });

  it('gives a screen behind the workstation gate its data in the first render too', async () => {
    const settings = { ...defaultSettings, firmName: 'Harbour Wealth' };
    const transport = createFakeTransport({ 'app:boot': () => bootAnswer({ settings }), ...fromMain });
    const { api, boot } = bootApi(createApiClient(transport), noQuery);
    await boot;
    const firstRenders: Array<string | undefined> = [];
    function FirmName() {
      const answer = useQuery('settings:get');
      const [first] = useState(answer.data?.firmName);
      if (firstRenders.length === 0) firstRenders.push(first);
      return <p>{answer.data?.firmName ?? 'waiting'}</p>;
    }
    render(
      <ApiProvider api={api}>
        <WorkstationGate appStatus={appStatus()}>
          <FirmName />
        </WorkstationGate>
      </ApiProvider>,
    );
    expect(await screen.findByText('Harbour Wealth')).toBeTruthy();
    // Drawn with the answer from the start: no empty render, one effect and a round trip before it.
    expect(firstRenders).toEqual(['Harbour Wealth']);
    expect(transport.calls.map((call) => call.channel)).toEqual(['app:boot']);
  });

  it('sends a call the boot answer does not hold straight to main, without waiting for it', async () => {
    const answer = deferred<AppBoot>();
    const transport = createFakeTransport({ 'app:boot': () => answer.promise, ...fromMain });
    const { api } = bootApi(createApiClient(transport), { clients: { managerId: 'tm_1' }, dashboard: null });

    expect(await api.invoke('clients:list', { tier: 'A' })).toEqual([]);
    const status = api.invoke('app:status');
    answer.resolve(bootAnswer());
    expect(await status).toEqual(appStatus());
  });

  it('holds no team, settings or rows while this workstation may not see the book', async () => {
    const closed = bootAnswer({
      settings: null,
      team: [],
      clients: null,
      workstation: workstationStatus({ required: true, state: 'locked' }),
    });
    const transport = createFakeTransport({ 'app:boot': () => closed, ...fromMain });
    const { api } = bootApi(createApiClient(transport), noQuery);

    expect(await api.invoke('workstation:status')).toEqual(closed.workstation);
    expect(await api.invoke('team:list', { includeInactive: false })).toEqual([]);
    expect(await api.invoke('settings:get')).toEqual({ ...defaultSettings, firmName: 'From main' });
    expect(transport.calls.map((call) => call.channel)).toEqual(['app:boot', 'team:list', 'settings:get']);
  });

  it('drops every primed answer on data:changed, even one that arrives after the change', async () => {
    const transport = createFakeTransport({ 'app:boot': () => bootAnswer(), ...fromMain });
    const { api, boot } = bootApi(createApiClient(transport), noQuery);
    await boot;
    expect(await api.invoke('app:status')).toEqual(appStatus());
    act(() => transport.emit('data:changed', { collections: ['settings'] }));
    expect(await api.invoke('settings:get')).toEqual({ ...defaultSettings, firmName: 'From main' });

    const answer = deferred<AppBoot>();
    const late = createFakeTransport({ 'app:boot': () => answer.promise, ...fromMain });
    const booted = bootApi(createApiClient(late), noQuery);
    const status = booted.api.invoke('app:status');
    act(() => late.emit('data:changed', { collections: [] }));
    answer.resolve(bootAnswer());
    expect(await status).toEqual(appStatus({ firmName: 'From main' }));
  });

  /** Booted while the book is still read; main's app:status answers once `whole` resolves. What the screens are told is in `told`. */
  async function bootedWhileOpening() {
    const whole = deferred<ReturnType<typeof appStatus>>();
    const transport = createFakeTransport({
      'app:boot': () => bootAnswer({ opening: 0.4 }),
      ...fromMain,
      'app:status': () => whole.promise,
    });
    const { api, boot } = bootApi(createApiClient(transport), noQuery);
    const told: unknown[] = [];
    api.onEvent('data:changed', (payload) => told.push(payload));
    await boot;
    return { whole, transport, api, told };
  }

  it('tells the screens the book is whole when main answers app:status, if they missed its data:changed', async () => {
    const { whole, api, told } = await bootedWhileOpening();
    expect(told).toEqual([]);
    await act(async () => whole.resolve(appStatus()));
    await waitFor(() => expect(told).toEqual([{ collections: [] }]));
    expect(await api.invoke('settings:get')).toEqual({ ...defaultSettings, firmName: 'From main' });
  });

  it('does not tell them twice when the book’s data:changed came', async () => {
    const { whole, transport, told } = await bootedWhileOpening();
    act(() => transport.emit('data:changed', { collections: ['clients'] }));
    await act(async () => whole.resolve(appStatus()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(told).toEqual([{ collections: ['clients'] }]);
  });

  it('drops the primed answers after a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const transport = createFakeTransport({ 'app:boot': () => bootAnswer(), ...fromMain });
    const { api, boot } = bootApi(createApiClient(transport), noQuery, { primedForMs: 10_000 });
    await boot;
    await api.invoke('app:status');
    vi.advanceTimersByTime(10_000);
    vi.useRealTimers();
    expect(await api.invoke('settings:get')).toEqual({ ...defaultSettings, firmName: 'From main' });
  });

  it("answers a long list's first part, then asks app:boot for the rest and answers the whole list when asked again", async () => {
    const [a, b, c] = ['cl_1', 'cl_2', 'cl_3'].map((id) => clientRow({ id }));
    const rest = deferred<AppBoot>();
    const transport = createFakeTransport({
      ...fromMain,
      'app:boot': (input) => (input?.clientsFrom ? rest.promise : bootAnswer({ clients: [a!], clientsTotal: 3 })),
    });
    const { api, boot, arriving } = bootApi(createApiClient(transport), { clients: {}, dashboard: null });
    await boot;
    await waitFor(() => expect(arriving.totalFor({})).toBe(3));
    expect(arriving.totalFor({ tier: 'A' })).toBeNull();
    const arrived = vi.fn();
    arriving.subscribe(arrived);
    // The list asked for again waits for the rest.
    const whole = api.invoke('clients:list', {});
    rest.resolve(bootAnswer({ clients: [b!, c!], clientsTotal: 3 }));
    expect(await whole).toEqual([a, b, c]);
    expect(arrived).toHaveBeenCalledOnce();
    expect(arriving.totalFor({})).toBeNull();
    expect(transport.calls).toEqual([
      { channel: 'app:boot', input: { clients: {}, dashboard: null } },
      { channel: 'app:boot', input: { clients: {}, clientsFrom: 1, dashboard: null } },
    ]);
  });

  it('answers the first render the whole list when its rest came first', async () => {
    const [a, b] = ['cl_1', 'cl_2'].map((id) => clientRow({ id }));
    const transport = createFakeTransport({
      ...fromMain,
      'app:boot': (input) =>
        input?.clientsFrom ? bootAnswer({ clients: [b!], clientsTotal: 2 }) : bootAnswer({ clients: [a!], clientsTotal: 2 }),
    });
    const { api, arriving } = bootApi(createApiClient(transport), { clients: {}, dashboard: null });
    await waitFor(() => expect(transport.calls).toHaveLength(2));
    await waitFor(() => expect(arriving.totalFor({})).toBeNull());
    expect(api.answered?.('clients:list', {})).toEqual({ value: [a, b] });
  });

  it('asks main for the list when the rest of it says the book changed meanwhile', async () => {
    const [a, b] = ['cl_1', 'cl_2'].map((id) => clientRow({ id }));
    const transport = createFakeTransport({
      ...fromMain,
      'app:boot': (input) =>
        input?.clientsFrom ? bootAnswer({ clients: [b!], clientsTotal: 2 }) : bootAnswer({ clients: [a!], clientsTotal: 3 }),
    });
    const { api, boot } = bootApi(createApiClient(transport), { clients: {}, dashboard: null });
    await boot;
    expect(await api.invoke('clients:list', {})).toEqual([]);
    expect(transport.callsTo('clients:list')).toEqual([{}]);
  });

  it('asks main as before when app:boot fails', async () => {
    const transport = createFakeTransport({
      'app:boot': () => {
        throw new AppError('INTERNAL', 'Something went wrong.');
      },
      ...fromMain,
    });
    const { api, boot } = bootApi(createApiClient(transport), noQuery);
    expect(await api.invoke('app:status')).toEqual(appStatus({ firmName: 'From main' }));
    expect(await boot).toBeNull();
  });
});

describe("The first clients query is the clients table's", () => {
  async function sentByClientsScreen(route: string) {
    const { transport } = renderWithApp(<ClientsScreen />, {
      route,
      currentUser: { member: priya },
      handlers: { 'clients:list': () => [row], 'clients:match': () => [row.id], 'team:list': () => [priya], 'views:list': () => [] },
    });
    await screen.findByText('Okafor Household');
    return transport.callsTo('clients:list')[0];
  }

  it('for My book', async () => {
    const sent = await sentByClientsScreen('/clients');
    expect(JSON.stringify(firstClientsQuery('#/clients', priya.id))).toBe(JSON.stringify(sent));
  });

  it('for an address with filters and a search', async () => {
    const address = '/clients?search=oka&manager=all&tier=A&status=active&tag=estate&noContact=30&archived=1';
    const sent = await sentByClientsScreen(address);
    expect(sent).toEqual({ tier: 'A', status: 'active', tag: 'estate', noContactDays: 30, includeArchived: true });
    expect(JSON.stringify(firstClientsQuery(`#${address}`, priya.id))).toBe(JSON.stringify(sent));
  });

  it('and there is none for another screen', () => {
    expect(firstClientsQuery('', priya.id)).toBeNull();
    expect(firstClientsQuery('#/', priya.id)).toBeNull();
    expect(firstClientsQuery('#/clients/cl_1', priya.id)).toBeNull();
    expect(firstClientsQuery('#/tasks?tier=A', priya.id)).toBeNull();
  });
});

describe('The app booted with one call', () => {
  afterEach(() => localStorage.clear());

  /** The whole app opened on `route` as main.tsx opens it, for priya, while main is still reading the book. */
  function bootedApp(route: string, answer: AppBoot | ((input: AppBootQuery) => AppBoot | Promise<AppBoot>)) {
    localStorage.setItem(currentUserStorageKey, priya.id);
    const transport = createFakeTransport({
      'app:boot': typeof answer === 'function' ? answer : () => answer,
      'session:member': () => ({ member: { id: priya.id, name: priya.name } }),
      'views:list': () => [],
      'tasks:counts': () => ({ overdue: 0, dueToday: 0, openRequests: 0, overdueRequests: 0 }),
      // Main answers once the book is whole, which these tests do not reach.
      'app:status': () => new Promise<never>(() => {}),
    });
    const { api, boot, arriving } = bootApi(createApiClient(transport), firstScreenQuery(`#${route}`, rememberedCurrentUser()));
    render(
      <ApiProvider api={api}>
        <BookOpeningContext
          value={trackBookOpening(
            api,
            boot.then((answer) => answer?.opening ?? null),
          )}
        >
          <ArrivingRowsContext value={arriving}>
            <NoticesProvider>
              <MemoryRouter initialEntries={[route]}>
                <App />
              </MemoryRouter>
            </NoticesProvider>
          </ArrivingRowsContext>
        </BookOpeningContext>
      </ApiProvider>,
    );
    return transport;
  }

  it('shows the clients table from app:boot alone, and that the rest of the book is still being read', async () => {
    const transport = bootedApp('/clients?tier=A', bootAnswer({ opening: 0.4 }));
    expect(await screen.findByText('Okafor Household')).toBeTruthy();
    expect(transport.calls[0]).toEqual({
      channel: 'app:boot',
      input: { clients: { managerId: priya.id, tier: 'A' }, dashboard: null },
    });
    expect(new Set(transport.calls.slice(1).map((call) => call.channel))).toEqual(
      new Set(['session:member', 'views:list', 'tasks:counts', 'app:status']),
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByText('Reading the book… 40%')).toBeTruthy();
  });

  it("shows a long list's first rows at once, counted as the whole list, and the rest once app:boot sends them", async () => {
    const [first, ...others] = ['Abbott', 'Baker', 'Cole'].map((name, i) => clientRow({ id: `cl_${i + 1}`, name: `${name} Household` }));
    const rest = deferred<AppBoot>();
    const transport = bootedApp('/clients?tier=A', (input) =>
      !input?.clientsFrom ? bootAnswer({ opening: 0.4, clients: [first!], clientsTotal: 3 }) : rest.promise,
    );
    expect(await screen.findByText('Abbott Household')).toBeTruthy();
    expect(screen.queryByText('Baker Household')).toBeNull();
    expect(screen.getByText('3 households in your book').getAttribute('aria-busy')).toBe('true');
    const clients = { managerId: priya.id, tier: 'A' };
    await waitFor(() => expect(transport.callsTo('app:boot')).toContainEqual({ clients, clientsFrom: 1, dashboard: null }));

    rest.resolve(bootAnswer({ opening: 0.5, clients: others, clientsTotal: 3 }));
    expect(await screen.findByText('Cole Household')).toBeTruthy();
    expect(screen.getByText('Baker Household')).toBeTruthy();
    expect(screen.getByText('3 households in your book').getAttribute('aria-busy')).toBe('false');
    // Both parts came from app:boot: main's clients:list, which waits for the whole book, was never asked.
    expect(transport.callsTo('clients:list')).toEqual([]);
  });

  it("shows the dashboard's figures from app:boot alone while the book is read, for the member at this workstation", async () => {
    const mine = dashboard({ book: { ...dashboard().book, households: 1234 } });
    const transport = bootedApp('/', bootAnswer({ opening: 0.4, clients: null, dashboard: mine }));
    expect(await screen.findByText('1,234')).toBeTruthy();
    // The tile's compact figure, the whole amount on hover.
    expect(screen.getByTitle('$4,500,000').textContent).toBe('$4.5M');
    expect(transport.calls[0]).toEqual({ channel: 'app:boot', input: { clients: null, dashboard: { managerId: priya.id } } });
    expect(transport.callsTo('dashboard:get')).toEqual([]);
    expect(screen.getByRole('button', { name: 'My book', pressed: true })).toBeTruthy();
  });
});
