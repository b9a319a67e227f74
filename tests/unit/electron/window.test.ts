import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMainWindow,
  createMainWindowController,
  decideWindowOpen,
  isPermissionAllowed,
  isSafeExternalUrl,
  lockWebContents,
  secureWebPreferences,
  secureWindowOptions,
  setupContentsLocks,
  setupPermissionHandlers,
} from '../../../electron/main/window';
import { writeWindowState } from '../../../electron/main/window-state';
import { app, FakeBrowserWindow, FakeWebContents, resetFakeElectron, shell } from './fake-electron';
import { preventableEvent, recordingLogger } from './fakes';
import { restoreFileRoute } from '../../../shared/bridge';

vi.mock('electron', () => import('./fake-electron'));

let userData: string;
beforeEach(() => {
  resetFakeElectron();
  userData = mkdtempSync(path.join(os.tmpdir(), 'clientbook-window-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

const secure = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: true,
};

describe('secure window options', () => {
  it('sandboxes and isolates every window', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({ ...secure, safeDialogs: true, preload: '/app/preload.cjs' });
    expect(secureWebPreferences()).not.toHaveProperty('preload');
  });

  it('keeps the window shape but never takes web preferences from it', () => {
    const sneaky = { width: 800, title: 'x', webPreferences: { sandbox: false, nodeIntegration: true } } as BrowserWindowConstructorOptions;
    const options = secureWindowOptions(sneaky, '/p.cjs');
    expect(options.width).toBe(800);
    expect(options.webPreferences).toMatchObject(secure);
  });
});

describe('navigation lock', () => {
  function lockedContents() {
    const contents = new FakeWebContents();
    const log = recordingLogger();
    lockWebContents(contents as unknown as WebContents, log);
    return { contents, log };
  }

  it.each(['will-navigate', 'will-redirect'])('%s stays on app://clientbook', (eventName) => {
    const { contents } = lockedContents();
    for (const url of ['app://clientbook/index.html', 'app://clientbook/index.html#/clients/7']) {
      const event = preventableEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault).not.toHaveBeenCalled();
    }
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://other/',
      'javascript:alert(1)',
      'data:text/html,hi',
      'about:blank',
    ]) {
      const event = preventableEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
  });

  it('refuses every <webview>', () => {
    const { contents } = lockedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'app://clientbook/index.html' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window and opens only safe web links in the browser', () => {
    const { contents } = lockedContents();
    const open = (url: string): unknown => contents.windowOpenHandler?.({ url });
    expect(open('https://www.sec.gov/rules')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.sec.gov/rules');
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'ms-msdt:/id',
      'smb://host/share',
      'app://clientbook/index.html',
      'data:text/html,x',
    ]) {
      shell.openExternal.mockClear();
      expect(open(url)).toEqual({ action: 'deny' });
      expect(shell.openExternal, url).not.toHaveBeenCalled();
    }
  });

  it('is applied to every web contents the app creates', () => {
    setupContentsLocks(recordingLogger());
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('external links', () => {
  it.each([
    ['https://example.com/a?b=c', true],
    ['http://example.com', true],
    ['https://user:pw@example.com', false],
    ['HTTPS://EXAMPLE.COM', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['vscode://x', false],
    ['mailto:a@b.c', false],
    ['https://', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });

  it('decideWindowOpen never allows', () => {
    const openExternal = vi.fn();
    expect(decideWindowOpen({ url: 'https://example.com' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com');
  });
});

describe('permissions', () => {
  function installed() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: vi.fn((h) => (handlers.request = h)),
      setPermissionCheckHandler: vi.fn((h) => (handlers.check = h)),
      setDevicePermissionHandler: vi.fn((h) => (handlers.device = h)),
    };
    setupPermissionHandlers(session as unknown as Session);
    return handlers as Record<'request' | 'check' | 'device', (...args: unknown[]) => unknown>;
  }

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'unknown'])(
    'refuses %s',
    (permission) => {
      const { request, check } = installed();
      const callback = vi.fn();
      request!(null, permission, callback, { requestingUrl: 'app://clientbook/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission, 'app://clientbook', {})).toBe(false);
    },
  );

  it('allows clipboard writing only to the app itself', () => {
    const { request, check } = installed();
    const callback = vi.fn();
    request!(null, 'clipboard-sanitized-write', callback, { requestingUrl: 'app://clientbook/index.html' });
    expect(callback).toHaveBeenCalledWith(true);
    expect(check!(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it('refuses device access', () => {
    expect(installed().device!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('main window', () => {
  const options = () => ({
    preloadPath: '/app/dist-electron/preload.cjs',
    stateFile: path.join(userData, 'window-state.json'),
    log: recordingLogger(),
  });

  it('opens hidden with secure options, loads the app and shows when ready', () => {
    createMainWindow(options());
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options).toMatchObject({ show: false, webPreferences: { ...secure, preload: '/app/dist-electron/preload.cjs' } });
    expect(window?.loadURL).toHaveBeenCalledWith('app://clientbook/index.html');
    expect(window?.show).not.toHaveBeenCalled();
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalledOnce();
  });

  it('restores the remembered size, position and maximized state', () => {
    const opts = options();
    writeWindowState(opts.stateFile, { x: 100, y: 50, width: 1000, height: 700, maximized: true });
    createMainWindow(opts);
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    expect(window?.maximize).toHaveBeenCalled();
  });

  it('the controller keeps one window and brings it forward', () => {
    const windows = createMainWindowController(options());
    const first = windows.show() as unknown as FakeBrowserWindow;
    first.minimized = true;
    expect(windows.show()).toBe(first);
    expect(first.restore).toHaveBeenCalled();
    expect(first.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);

    first.destroyed = true;
    first.emit('closed');
    expect(windows.current()).toBeNull();
    expect(windows.show()).not.toBe(first);
  });

  it('opens a new window on the route asked for (Restore with a backup file), never an existing one again', () => {
    const windows = createMainWindowController(options());
    const route = restoreFileRoute('/Users/priya/Downloads/a b.clientbook-backup');
    const first = windows.show(route) as unknown as FakeBrowserWindow;
    expect(first.loadURL).toHaveBeenCalledWith(`app://clientbook/index.html#${route}`);
    expect(route).toBe('/settings?restoreFile=%2FUsers%2Fpriya%2FDownloads%2Fa+b.clientbook-backup');
    windows.show('/settings');
    expect(first.loadURL).toHaveBeenCalledTimes(1);
  });
});
