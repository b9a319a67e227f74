import type { Channel, In } from '../../shared/contract';
import { dashboardScope } from '../../shared/domain/dashboard-scope';
import type { AppBoot, ClientRow } from '../../shared/model';
import type { ApiClient } from './client';
import type { RendererEvents } from './events';

/** The first screen asks within moments of the answer; anything asked later goes to main, never an old answer. */
const defaultPrimedForMs = 10_000;

/** Calls are matched as `useQuery` makes them: the channel and the input's JSON. */
const keyOf = (channel: Channel, input: unknown) => `${channel}|${JSON.stringify(input ?? {})}`;

/** What `app:boot` is asked: the first screen's own queries, null for a screen not shown first. */
export interface BootQuery {
  clients: In<'clients:list'> | null;
  /** The member remembered at this workstation, when the dashboard is the first screen. */
  dashboard: In<'dashboard:get'> | null;
}

type PrimedCall = [key: string, answer: (boot: AppBoot) => unknown];

/** Each call the boot answer stands in for, and its answer (undefined where the boot answer holds none). */
function primedCalls({ clients, dashboard }: BootQuery): PrimedCall[] {
  // Settings are null while this workstation may not see the book; the team is then empty, not the team.
  const admitted = (boot: AppBoot) => boot.settings !== null;
  return [
    [keyOf('app:status', {}), (boot) => boot.status],
    [keyOf('workstation:status', {}), (boot) => boot.workstation ?? undefined],
    [keyOf('settings:get', {}), (boot) => boot.settings ?? undefined],
    [keyOf('team:list', { includeInactive: true }), (boot) => (admitted(boot) ? boot.team : undefined)],
    // team:list sorts by name (a stable sort), so the active members of everyone keep its order.
    [keyOf('team:list', { includeInactive: false }), (boot) => (admitted(boot) ? boot.team.filter((m) => m.active) : undefined)],
    ...(clients ? [[keyOf('clients:list', clients), (boot: AppBoot) => boot.clients ?? undefined] as PrimedCall] : []),
    ...(dashboard ? dashboardCalls(dashboard.managerId) : []),
  ];
}

/**
 * The dashboard asks for the member's book, or the firm's when they are no active member (known
 * only from the boot answer's team): the boot answer holds the one of the two it will ask.
 */
function dashboardCalls(memberId: string | null): PrimedCall[] {
  const scopes = memberId === null ? [null] : [memberId, null];
  return scopes.map((managerId) => [
    keyOf('dashboard:get', { managerId }),
    (boot) => (boot.dashboard !== null && dashboardScope(boot.team, memberId) === managerId ? boot.dashboard : undefined),
  ]);
}

export interface BootedApi {
  /** Answers the first screen's calls from the boot answer, once each, and everything else from main. */
  api: ApiClient;
  /** The boot answer, or null when main could not give one (the screens then ask main as before). */
  boot: Promise<AppBoot | null>;
  /** The rest of a long clients list whose first part the boot answer held. */
  arriving: ArrivingRows;
}

/**
 * A long clients list comes in two answers while the book is read: the boot answer holds its first
 * rows, drawn at once, and the rest is asked for right after (`clientsFrom`). The screen showing
 * those rows says how many the list has meanwhile, and asks again once the rest is here.
 */
export interface ArrivingRows {
  /** How many rows `clients:list` answers for `input`, while only its first part has been answered; else null. */
  totalFor(input: unknown): number | null;
  /** Calls `cb` when the rest has come (or failed to: main is then asked); returns the unsubscribe function. */
  subscribe(cb: () => void): () => void;
}

/**
 * Asks `app:boot` once, for the first screen's data in one answer, and answers each of the calls
 * the first screen makes (`app:status`, `settings:get`, `team:list`, …, `clients:list` for
 * `query.clients` and `dashboard:get` for `query.dashboard`) once from it, instead of a chain of round trips. A call the answer may stand in for
 * waits for it; every other call goes straight to main. Primed answers are dropped on
 * `data:changed` and after `primedForMs`, so nothing stale is shown; if `app:boot` fails, every
 * call goes to main.
 */
export function bootApi(api: ApiClient, query: BootQuery, { primedForMs = defaultPrimedForMs } = {}): BootedApi {
  const calls = primedCalls(query);
  const primed = new Map<string, unknown>();
  let booting = true;
  let changed = false;
  /** Screens listening for data:changed through this client: told also when the book's end was missed (below). */
  const toldOfChanges = new Set<(payload: RendererEvents['data:changed']) => void>();
  const invoke = api.invoke as (channel: Channel, input?: unknown) => Promise<unknown>;
  api.onEvent('data:changed', () => {
    changed = true;
    primed.clear();
  });
  const boot = api.invoke('app:boot', query).then(
    (answer) => answer,
    () => null,
  );
  const clientsKey = query.clients && keyOf('clients:list', query.clients);
  /** While the rest of the clients list is asked for: how many rows the list has. */
  let clientsTotal: number | null = null;
  const arrivalListeners = new Set<() => void>();
  /** Settles once the rest of the clients list is primed, or will not be. */
  let clientsRest: Promise<void> = Promise.resolve();
  const askRest = (first: ClientRow[], total: number) => {
    clientsTotal = total;
    clientsRest = invoke('app:boot', { clients: query.clients, clientsFrom: first.length, dashboard: null })
      .then(
        (answer) => {
          const rest = answer as AppBoot;
          if (!changed && rest.clients && rest.clientsTotal === total) primed.set(clientsKey!, [...first, ...rest.clients]);
          // Else main answers the list: the book changed meanwhile, or is whole already.
          else primed.delete(clientsKey!);
        },
        // The first part stays until the whole book is read, which says so with data:changed.
        () => {},
      )
      .finally(() => {
        clientsTotal = null;
        for (const listener of arrivalListeners) listener();
      });
  };
  const settled = boot.then((answer) => {
    booting = false;
    if (!answer || changed) return;
    for (const [key, answerOf] of calls) {
      const value = answerOf(answer);
      if (value !== undefined) primed.set(key, value);
    }
    if (clientsKey && answer.clients && answer.clientsTotal !== null && answer.clients.length < answer.clientsTotal) {
      askRest(answer.clients, answer.clientsTotal);
    }
    setTimeout(() => primed.clear(), primedForMs);
  });
  const awaited = new Set(calls.map(([key]) => key));
  /** A primed answer, used once. */
  const take = (key: string): unknown => {
    const value = primed.get(key);
    primed.delete(key);
    return value;
  };
  // A book still being read says it is whole with data:changed, which is missed when the events
  // connection opens after it (a small book is whole within moments). Main answers app:status only
  // once the book is whole: if no data:changed has come by then, the screens are told as if it had,
  // so none keeps showing the first-screen answer (a book found damaged opens read-only).
  void boot.then(async (answer) => {
    if (!answer || answer.opening === null) return;
    const whole = await invoke('app:status').then(
      () => true,
      () => false,
    );
    if (!whole || changed) return;
    changed = true;
    primed.clear();
    for (const tell of toldOfChanges) tell({ collections: [] });
  });

  return {
    boot,
    arriving: {
      totalFor: (input) => (clientsTotal !== null && keyOf('clients:list', input) === clientsKey ? clientsTotal : null),
      subscribe(cb) {
        arrivalListeners.add(cb);
        return () => {
          arrivalListeners.delete(cb);
        };
      },
    },
    api: {
      invoke: (async (channel: Channel, input?: unknown) => {
        const key = keyOf(channel, input);
        if (booting && !changed && awaited.has(key)) await settled;
        // The first part was drawn: the list is asked again for the whole of it.
        if (key === clientsKey) await clientsRest;
        return primed.has(key) ? take(key) : invoke(channel, input);
      }) as ApiClient['invoke'],
      answered: ((channel: Channel, input: unknown) => {
        const key = keyOf(channel, input);
        return primed.has(key) ? { value: take(key) } : undefined;
      }) as ApiClient['answered'],
      onEvent: (name, cb) => {
        const off = api.onEvent(name, cb);
        if (name !== 'data:changed') return off;
        const tell = cb as (payload: RendererEvents['data:changed']) => void;
        toldOfChanges.add(tell);
        return () => {
          off();
          toldOfChanges.delete(tell);
        };
      },
    },
  };
}
