import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../renderer/api/api-error';
import { createHttpTransport, takeToken } from '../../renderer/api/http-transport';

class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, cb: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), cb]);
  }
  fire(type: string, data = '') {
    for (const cb of this.listeners.get(type) ?? []) cb(new MessageEvent(type, { data }));
  }
}

function transportWith(fetch: typeof globalThis.fetch, token: string | null = 'tok-123') {
  return createHttpTransport(token, { fetch, EventSource: FakeEventSource as unknown as typeof EventSource });
}

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('HTTP transport', () => {
  afterEach(() => {
    sessionStorage.clear();
    FakeEventSource.instances = [];
  });

  it('takes the token from the link, keeps it for reloads and hides it from the address bar', () => {
    history.replaceState(null, '', '/?token=abc#/clients');
    expect(takeToken(window)).toBe('abc');
    expect(location.search).toBe('');
    expect(location.hash).toBe('#/clients');
    expect(takeToken(window)).toBe('abc');

    history.replaceState(null, '', '/?token=new-run');
    expect(takeToken(window)).toBe('new-run');
  });

  it('posts the input with the token and returns the envelope', async () => {
    const fetch = vi.fn(async () => jsonResponse({ ok: true, value: [] }));
    const result = await transportWith(fetch).invoke('clients:list', { search: 'ok' });
    expect(result).toEqual({ ok: true, value: [] });
    expect(fetch).toHaveBeenCalledWith('/rpc/clients:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-clientbook-token': 'tok-123' },
      body: '{"search":"ok"}',
    });
  });

  it('passes typed errors through as envelopes', async () => {
    const envelope = {
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Not valid.', issues: [{ path: 'name', message: 'is required' }] },
    };
    const result = await transportWith(async () => jsonResponse(envelope)).invoke('team:create', {});
    expect(result).toEqual(envelope);
  });

  it('turns refused tokens, an absent host and garbage into ApiErrors', async () => {
    await expect(transportWith(async () => new Response('no', { status: 401 })).invoke('app:status', {})).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    });
    await expect(transportWith(async () => new Response('no', { status: 403 })).invoke('app:status', {})).rejects.toBeInstanceOf(ApiError);
    await expect(transportWith(async () => Promise.reject(new TypeError('fetch failed'))).invoke('app:status', {})).rejects.toMatchObject({
      code: 'UNREACHABLE',
    });
    await expect(transportWith(async () => new Response('<html>', { status: 500 })).invoke('app:status', {})).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
    await expect(transportWith(vi.fn(), null).invoke('app:status', {})).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
  });

  it('delivers named server-sent events and asks for a refresh after a reconnect', () => {
    const transport = transportWith(vi.fn());
    const changed = vi.fn();
    const menu = vi.fn();
    transport.on('data:changed', changed);
    const stop = transport.on('menu:command', menu);
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0]!;
    expect(source.url).toBe('/events?token=tok-123');

    source.fire('open');
    source.fire('data:changed', '{"collections":["clients"]}');
    source.fire('menu:command', '{"command":"navigate","to":"/clients"}');
    expect(changed).toHaveBeenCalledWith({ collections: ['clients'] });
    expect(menu).toHaveBeenCalledWith({ command: 'navigate', to: '/clients' });

    source.fire('open');
    expect(changed).toHaveBeenLastCalledWith({ collections: [] });

    stop();
    source.fire('menu:command', '{"command":"newClient"}');
    expect(menu).toHaveBeenCalledTimes(1);
  });
});
