import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  broadcast,
  forbiddenResult,
  handleInvoke,
  isTrustedSender,
  setupEventForwarding,
  setupIpc,
  setupLanguageMessages,
  type BackendEvents,
} from '../../../electron/main/ipc';
import { channels, type TransportHandlers } from '../../../shared/contract';
import { FakeBrowserWindow, ipcMain, resetFakeElectron } from './fake-electron';
import { recordingLogger } from './fakes';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  resetFakeElectron();
  // The fake handlers answer placeholders, not their channels' shapes: these are tests of the transport alone.
  vi.stubEnv('CLIENTBOOK_CHECK_OUTPUTS', '0');
});
afterEach(() => vi.unstubAllEnvs());

type FakeFrame = { url: string; parent: FakeFrame | null };
type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

function senderEvent(frameUrl = 'app://clientbook/index.html#/clients'): { event: SenderEvent; mainFrame: FakeFrame } {
  const mainFrame: FakeFrame = { url: frameUrl, parent: null };
  return { event: { sender: { mainFrame }, senderFrame: mainFrame } as unknown as SenderEvent, mainFrame };
}

function fakeHandlers(): TransportHandlers {
  return Object.fromEntries(channels.map((channel) => [channel, vi.fn(async () => `value of ${channel}`)])) as unknown as TransportHandlers;
}

describe('isTrustedSender', () => {
  it("accepts the app's own main frame", () => {
    expect(isTrustedSender(senderEvent().event)).toBe(true);
  });

  it('refuses a subframe, even one on the app origin', () => {
    const { event, mainFrame } = senderEvent();
    const child: FakeFrame = { url: 'app://clientbook/index.html', parent: mainFrame };
    expect(isTrustedSender({ ...event, senderFrame: child } as unknown as SenderEvent)).toBe(false);
  });

  it("refuses a top-level frame that is not the sender's main frame", () => {
    const { event } = senderEvent();
    const other: FakeFrame = { url: 'app://clientbook/index.html', parent: null };
    expect(isTrustedSender({ ...event, senderFrame: other } as unknown as SenderEvent)).toBe(false);
  });

  it.each(['https://evil.example/', 'app://evil/index.html', 'file:///index.html', 'about:blank', 'http://127.0.0.1:5173/'])(
    'refuses a main frame on %s',
    (url) => {
      expect(isTrustedSender(senderEvent(url).event)).toBe(false);
    },
  );

  it('refuses a missing frame', () => {
    expect(isTrustedSender({ ...senderEvent().event, senderFrame: null })).toBe(false);
  });

  it('refuses a frame that throws when inspected (destroyed meanwhile)', () => {
    const event = {
      sender: { mainFrame: {} },
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(event as unknown as SenderEvent)).toBe(false);
  });
});

describe('handleInvoke', () => {
  it('returns the forbidden envelope to untrusted senders without running anything', async () => {
    const handlers = fakeHandlers();
    const log = recordingLogger();
    const result = await handleInvoke({ handlers, actor: 'anna', log }, senderEvent('https://evil.example/').event, 'clients:list', {});
    expect(result).toEqual(forbiddenResult);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const channel of channels) expect(handlers[channel]).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it('dispatches trusted calls with the actor', async () => {
    const handlers = fakeHandlers();
    const result = await handleInvoke({ handlers, actor: 'anna', log: recordingLogger() }, senderEvent().event, 'app:status', {});
    expect(result).toEqual({ ok: true, value: 'value of app:status' });
    expect(handlers['app:status']).toHaveBeenCalledWith({}, { actor: 'anna' });
  });

  it('holds a call made while the backend still loads until it is there', async () => {
    const handlers = fakeHandlers();
    let loaded!: (value: TransportHandlers) => void;
    const loading = new Promise<TransportHandlers>((resolve) => (loaded = resolve));
    const result = handleInvoke({ handlers: loading, actor: 'anna', log: recordingLogger() }, senderEvent().event, 'app:status', {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(handlers['app:status']).not.toHaveBeenCalled();
    loaded(handlers);
    expect(await result).toEqual({ ok: true, value: 'value of app:status' });
  });

  it("answers a plain start's app:boot from the first screen read at start, before the backend loads; untrusted senders still get nothing", async () => {
    const handlers = fakeHandlers();
    const atStart = {
      loadBackend: vi.fn(),
      closeUnloaded: vi.fn(() => false),
      answer: vi.fn(async (channel: string) => (channel === 'app:boot' ? { ok: true as const, value: 'first screen' as never } : null)),
    };
    const never = new Promise<TransportHandlers>(() => {});
    const deps = { handlers: never, atStart, actor: 'anna', log: recordingLogger() };
    expect(await handleInvoke(deps, senderEvent().event, 'app:boot', { clients: {} })).toEqual({ ok: true, value: 'first screen' });
    expect(atStart.answer).toHaveBeenCalledWith('app:boot', { clients: {} });
    expect(await handleInvoke(deps, senderEvent('https://evil.example/').event, 'app:boot', {})).toEqual(forbiddenResult);
    expect(atStart.answer).toHaveBeenCalledOnce();
    // Anything it does not answer waits for the backend.
    const status = handleInvoke({ ...deps, handlers: Promise.resolve(handlers) }, senderEvent().event, 'app:status', {});
    expect(await status).toEqual({ ok: true, value: 'value of app:status' });
  });

  it.each([42, null, undefined, 'no:such'])('answers UNKNOWN_CHANNEL for channel %s', async (channel) => {
    const result = await handleInvoke(
      { handlers: fakeHandlers(), actor: 'anna', log: recordingLogger() },
      senderEvent().event,
      channel,
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('logs unexpected failures without their message, which may hold client data', async () => {
    const handlers = fakeHandlers();
    vi.mocked(handlers['app:status']).mockRejectedValue(new Error('cannot save Jane Doe jane@example.com'));
    const log = recordingLogger();
    const result = await handleInvoke({ handlers, actor: 'anna', log }, senderEvent().event, 'app:status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log.error).toHaveBeenCalledOnce();
    expect(JSON.stringify(log.lines)).not.toMatch(/Jane|jane@example/);
  });
});

describe('setupIpc', () => {
  it('registers exactly one handler, on clientbook:invoke', async () => {
    const handlers = fakeHandlers();
    setupIpc({ handlers, actor: 'anna', log: recordingLogger() });
    expect(ipcMain.handle).toHaveBeenCalledOnce();
    const [channel, listener] = ipcMain.handle.mock.calls[0] as [string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>];
    expect(channel).toBe('clientbook:invoke');

    expect(await listener(senderEvent('https://evil.example/').event, 'app:status', {})).toEqual(forbiddenResult);
    expect(await listener(senderEvent().event, 'app:status', {})).toEqual({ ok: true, value: 'value of app:status' });
  });
});

describe('setupLanguageMessages', () => {
  function listen() {
    const onLanguage = vi.fn();
    const log = recordingLogger();
    setupLanguageMessages(onLanguage, log);
    expect(ipcMain.on).toHaveBeenCalledOnce();
    const [channel, listener] = ipcMain.on.mock.calls[0] as [string, (event: SenderEvent, language: unknown) => void];
    expect(channel).toBe('clientbook:language');
    return { onLanguage, log, listener };
  }

  it("passes on a language main has words for, from the app's own window", () => {
    const { onLanguage, listener } = listen();
    listener(senderEvent().event, 'hi');
    listener(senderEvent().event, 'en');
    expect(onLanguage.mock.calls).toEqual([['hi'], ['en']]);
  });

  it('drops a language from another frame, and anything that is not a known language', () => {
    const { onLanguage, log, listener } = listen();
    listener(senderEvent('https://evil.example/').event, 'hi');
    for (const value of ['fr', 'HI', 'hi-IN', '', null, 42, { toString: () => 'hi' }, ['hi'], '__proto__'])
      listener(senderEvent().event, value);
    expect(onLanguage).not.toHaveBeenCalled();
    expect(log.lines.map(({ message }) => message)).toEqual([
      'Refused a language from an untrusted frame',
      ...Array<string>(9).fill('Ignored an interface language main has no words for'),
    ]);
  });
});

describe('event forwarding', () => {
  function fakeEvents() {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const events: BackendEvents = {
      on(name, cb) {
        const set = listeners.get(name) ?? new Set();
        set.add(cb);
        listeners.set(name, set);
        return () => set.delete(cb);
      },
    };
    const emit = (name: string, payload: unknown): void => listeners.get(name)?.forEach((cb) => cb(payload));
    return { events, emit };
  }

  it('forwards data:changed until stopped', async () => {
    const { events, emit } = fakeEvents();
    const send = vi.fn();
    const stop = await setupEventForwarding(events, send);
    emit('data:changed', { collections: ['clients'] });
    expect(send).toHaveBeenCalledWith('data:changed', { collections: ['clients'] });
    stop();
    emit('data:changed', { collections: ['tasks'] });
    expect(send).toHaveBeenCalledOnce();
  });

  it('broadcast sends on clientbook:event to every live window', () => {
    const live = new FakeBrowserWindow({});
    const gone = new FakeBrowserWindow({});
    gone.destroyed = true;
    broadcast('data:changed', { collections: [] });
    expect(live.webContents.send).toHaveBeenCalledWith('clientbook:event', 'data:changed', { collections: [] });
    expect(gone.webContents.send).not.toHaveBeenCalled();
  });
});
