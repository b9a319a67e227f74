import type { Result } from '../../shared/errors';
import { ApiError } from './api-error';
import type { Transport } from './transport';

const tokenKey = 'clientbook.token';

/**
 * The host hands out its per-run access token in the page link (`?token=`). Keep it for this tab
 * so reloads work, and take it out of the address bar so it is not copied, bookmarked or shown.
 * A token in the link wins over a stored one: after a host restart the old one is void.
 */
export function takeToken(win: Window): string | null {
  const url = new URL(win.location.href);
  const fromLink = url.searchParams.get('token');
  if (!fromLink) return win.sessionStorage.getItem(tokenKey);
  win.sessionStorage.setItem(tokenKey, fromLink);
  url.searchParams.delete('token');
  win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return fromLink;
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  return 'error' in body && typeof body.error === 'object' && body.error !== null && 'code' in body.error;
}

export interface HttpTransportDeps {
  fetch: typeof fetch;
  EventSource: typeof EventSource;
}

/** Talks to `electron/host/host.ts`: `POST /rpc/<channel>` for calls, `/events` (server-sent events) for pushes. */
export function createHttpTransport(
  token: string | null,
  deps: HttpTransportDeps = { fetch: globalThis.fetch.bind(globalThis), EventSource: globalThis.EventSource },
): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  let opened = false;

  const emit = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };

  const connect = (authToken: string): EventSource => {
    const es = new deps.EventSource(`/events?token=${encodeURIComponent(authToken)}`);
    // Changes made while the stream was down were never pushed; after a reconnect, ask screens to reload.
    es.addEventListener('open', () => {
      if (opened) emit('data:changed', { collections: [] });
      opened = true;
    });
    return es;
  };

  return {
    async invoke(channel, input) {
      if (!token) throw new ApiError('ACCESS_DENIED', 'No access token in the page link.');
      let response: Response;
      try {
        response = await deps.fetch(`/rpc/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-clientbook-token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiError('UNREACHABLE', `The Clientbook host did not answer "${channel}".`);
      }
      if (response.status === 401 || response.status === 403) {
        throw new ApiError('ACCESS_DENIED', `The host refused "${channel}" (HTTP ${response.status}).`);
      }
      const body: unknown = await response.json().catch(() => null);
      if (!isResult(body)) throw new ApiError('BAD_RESPONSE', `Unexpected answer to "${channel}" (HTTP ${response.status}).`);
      return body;
    },

    on(event, cb) {
      if (!token) return () => {};
      source ??= connect(token);
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        source.addEventListener(event, (message) => {
          const data = (message as MessageEvent<string>).data;
          let payload: unknown;
          try {
            payload = JSON.parse(data);
          } catch {
            return; // A malformed push is dropped; the next data:changed refreshes anyway.
          }
          emit(event, payload);
        });
      }
      set.add(cb);
      return () => {
        set.delete(cb);
      };
    },
  };
}
