// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), one
// test per item, against the real main-process code: through the fake `electron` module where a
// function decides, by reading the source or the packaging config where wiring decides. The
// module tests (window, ipc, app-protocol, preload, static-security) go deeper; each test here
// checks its item's own point, for every window the app opens.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, Session, WebContents, WebPreferences } from 'electron';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, createAppProtocolHandler, isAppUrl, registerAppScheme } from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/common/csp';
import { forbiddenResult, setupIpc } from '../../../electron/main/ipc';
import { createElectronPrinting } from '../../../electron/main/print';
import { createMainWindow, decideWindowOpen, setupContentsLocks, setupPermissionHandlers } from '../../../electron/main/window';
import type { ClientbookBridge } from '../../../shared/bridge';
import { channels, type TransportHandlers } from '../../../shared/contract';
import { app, contextBridge, FakeBrowserWindow, FakeWebContents, ipcMain, ipcRenderer, protocol, resetFakeElectron } from './fake-electron';
import { preventableEvent, recordingLogger } from './fakes';

vi.mock('electron', () => import('./fake-electron'));

/**
 * The oldest Electron major still supported. Electron supports the latest three stable majors
 * (https://www.electronjs.org/docs/latest/tutorial/electron-timelines); when a new major ships,
 * raise this to (newest major − 2) and upgrade the pinned `electron` in package.json if it falls
 * below. 45 is the newest as of late 2026.
 */
const OLDEST_SUPPORTED_ELECTRON_MAJOR = 43;

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const electronDir = path.join(repoRoot, 'electron');

/** Source text without comments, so prose about a setting does not count as using it. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const sources = readdirSync(electronDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return { file: path.relative(electronDir, file).split(path.sep).join('/'), code: code(readFileSync(file, 'utf8')) };
  });
const sourceOf = (file: string): string => sources.find((source) => source.file === file)?.code ?? '';
const filesUsing = (pattern: RegExp): string[] => sources.filter((source) => pattern.test(source.code)).map((source) => source.file);

/** Chromium switches appended in the main process whose name is one of `names`. */
const switchesAppended = (names: string[]): string[] =>
  sources.flatMap((source) =>
    [...source.code.matchAll(/commandLine\.append(?:Switch|Argument)\s*\(\s*['"`](?:--)?([\w-]+)/g)]
      .map((match) => match[1] ?? '')
      .filter((name) => names.includes(name)),
  );

let tempDir: string;
let bridge: ClientbookBridge;
let exposeCalls: unknown[][];

beforeAll(async () => {
  // The preload runs once, on import; keep what it exposed before the mocks are reset.
  await import('../../../electron/main/preload');
  exposeCalls = vi.mocked(contextBridge.exposeInMainWorld).mock.calls.map((call) => [...call]);
  bridge = exposeCalls[0]?.[1] as ClientbookBridge;
});
beforeEach(() => {
  resetFakeElectron();
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'clientbook-checklist-'));
});
afterEach(() => rmSync(tempDir, { recursive: true, force: true }));

/** Opens every kind of window the app has (the main window and the hidden print window) and returns them. */
async function openEveryWindow(): Promise<FakeBrowserWindow[]> {
  const preloadPath = '/app/dist-electron/preload.cjs';
  createMainWindow({ preloadPath, stateFile: path.join(tempDir, 'window-state.json'), log: recordingLogger() });
  const printing = createElectronPrinting({ preloadPath, parentWindow: () => null, log: recordingLogger() });
  await printing.pdf.render('/print/checklist');
  await printing.pdf.close();
  expect(FakeBrowserWindow.instances).toHaveLength(2);
  return FakeBrowserWindow.instances;
}
const preferencesOf = (window: FakeBrowserWindow): WebPreferences => window.options.webPreferences as WebPreferences;

/** A web contents as the app gets it: created after setupContentsLocks(), announced by `web-contents-created`. */
function createdContents(): FakeWebContents {
  setupContentsLocks(recordingLogger());
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents as unknown as WebContents);
  return contents;
}

/**
 * One checklist item decided by web preferences: every window has `preferences` (`undefined`: not
 * set at all), and no Chromium switch in `switches` undoes them.
 */
function preferenceItem(preferences: Partial<WebPreferences>, switches: string[], also?: () => void): () => Promise<void> {
  return async () => {
    for (const window of await openEveryWindow()) {
      const actual = preferencesOf(window);
      for (const [name, value] of Object.entries(preferences)) {
        if (value === undefined) expect(actual).not.toHaveProperty(name);
        else expect(actual).toHaveProperty(name, value);
      }
    }
    expect(switchesAppended(switches)).toEqual([]);
    also?.();
  };
}

const checklist: Array<[number, string, () => void | Promise<void>]> = [
  [
    1,
    'Only load secure content',
    async () => {
      // Windows load only the app's own bundled pages…
      for (const window of await openEveryWindow()) {
        for (const [url] of window.loadURL.mock.calls) expect(isAppUrl(url), url).toBe(true);
      }
      const loads = sources.flatMap((source) => [...source.code.matchAll(/\.loadURL\s*\(\s*([^)]*)\)/g)].map((match) => match[1]?.trim()));
      expect(loads.length).toBeGreaterThan(0);
      for (const argument of loads) expect(argument).toMatch(/^(APP_ENTRY_URL$|`\$\{APP_ENTRY_URL\})/);
      // …which may fetch nothing from any other origin…
      const sourcesAllowed = contentSecurityPolicy.split(';').flatMap((directive) => directive.trim().split(/\s+/).slice(1));
      expect(sourcesAllowed.filter((source) => !["'self'", "'none'", 'data:'].includes(source))).toEqual([]);
      // …and certificate errors are never waved through.
      expect(filesUsing(/certificate-error|setCertificateVerifyProc/)).toEqual([]);
    },
  ],
  [
    2,
    'Do not enable Node.js integration for remote content',
    preferenceItem({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false }, []),
  ],
  [3, 'Enable context isolation', preferenceItem({ contextIsolation: true }, [])],
  [
    4,
    'Enable process sandboxing',
    preferenceItem({ sandbox: true }, ['no-sandbox', 'disable-gpu-sandbox'], () => {
      // Sandboxes every renderer, including any not built by secureWindowOptions; only valid before `ready`.
      const main = sourceOf('main/main.ts');
      expect(main).toMatch(/\bapp\.enableSandbox\(\)/);
      expect(main.indexOf('app.enableSandbox()')).toBeLessThan(main.indexOf('whenReady('));
    }),
  ],
  [
    5,
    'Handle session permission requests from remote content',
    () => {
      const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
      setupPermissionHandlers(session as unknown as Session);
      const [[onRequest]] = session.setPermissionRequestHandler.mock.calls as [[(...args: unknown[]) => void]];
      const callback = vi.fn();
      // Even the one permission the app itself may use is refused to any other origin.
      onRequest(null, 'clipboard-sanitized-write', callback, { requestingUrl: 'https://evil.example/' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
      expect(session.setDevicePermissionHandler).toHaveBeenCalledOnce();
      // The handlers go on the default session, and no page runs in any other.
      expect(sourceOf('main/main.ts')).toMatch(/setupPermissionHandlers\(\s*session\.defaultSession\s*\)/);
      expect(filesUsing(/fromPartition|fromPath|\bpartition\s*:/)).toEqual([]);
    },
  ],
  [6, 'Do not disable webSecurity', preferenceItem({ webSecurity: true }, ['disable-web-security', 'disable-site-isolation-trials'])],
  [
    7,
    'Define a Content-Security-Policy',
    async () => {
      const directives = new Map(
        contentSecurityPolicy.split(';').map((directive) => {
          const [name = '', ...values] = directive.trim().split(/\s+/);
          return [name, values];
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(contentSecurityPolicy).not.toMatch(/unsafe-|\*/);
      // Sent with every page the app:// protocol serves.
      mkdirSync(path.join(tempDir, 'renderer'));
      writeFileSync(path.join(tempDir, 'renderer', 'index.html'), '<!doctype html>');
      const response = await createAppProtocolHandler(path.join(tempDir, 'renderer'))(new Request(APP_ENTRY_URL));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    },
  ],
  [
    8,
    'Do not enable allowRunningInsecureContent',
    preferenceItem({ allowRunningInsecureContent: false }, ['allow-running-insecure-content']),
  ],
  [
    9,
    'Do not enable experimental features',
    preferenceItem({ experimentalFeatures: false }, ['enable-experimental-web-platform-features']),
  ],
  [10, 'Do not use enableBlinkFeatures', preferenceItem({ enableBlinkFeatures: undefined }, ['enable-blink-features'])],
  [
    11,
    '<webview>: Do not use allowpopups',
    preferenceItem({ webviewTag: false }, [], () => {
      // With the tag disabled there is no <webview> to give popups to; the shell never asks for one either.
      expect(filesUsing(/allowpopups/i)).toEqual([]);
    }),
  ],
  [
    12,
    '<webview>: Verify options and params',
    () => {
      const contents = createdContents();
      const event = { preventDefault: vi.fn() };
      const webPreferences = { nodeIntegration: true, contextIsolation: false, preload: '/tmp/evil.js' };
      contents.emit('will-attach-webview', event, webPreferences, { src: 'https://evil.example/', allowpopups: 'true' });
      expect(event.preventDefault).toHaveBeenCalledOnce();
    },
  ],
  [
    13,
    'Disable or limit navigation',
    async () => {
      const contents = createdContents();
      for (const eventName of ['will-navigate', 'will-redirect']) {
        const away = preventableEvent('https://evil.example/');
        contents.emit(eventName, away);
        expect(away.preventDefault, eventName).toHaveBeenCalledOnce();
      }
      // Dropping a file or link on a window must not navigate it either.
      for (const window of await openEveryWindow()) expect(preferencesOf(window).navigateOnDragDrop).toBe(false);
    },
  ],
  [
    14,
    'Disable or limit creation of new windows',
    () => {
      const contents = createdContents();
      for (const url of [APP_ENTRY_URL, 'https://www.sec.gov/', 'about:blank']) {
        expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
      }
      expect(filesUsing(/action\s*:\s*['"`]allow['"`]/)).toEqual([]);
    },
  ],
  [
    15,
    'Do not use shell.openExternal with untrusted content',
    () => {
      const anyUrl = fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withPort: true } }),
        fc.webUrl({ validSchemes: ['file', 'smb', 'ms-msdt', 'javascript', 'vscode', 'app', 'data'] }),
        fc.string(),
      );
      fc.assert(
        fc.property(anyUrl, (raw) => {
          const opened: string[] = [];
          expect(decideWindowOpen({ url: raw }, (url) => opened.push(url))).toEqual({ action: 'deny' });
          for (const url of opened.map((text) => new URL(text))) {
            expect(['http:', 'https:']).toContain(url.protocol);
            expect(url.username + url.password).toBe('');
          }
        }),
      );
      // No other shell call could open a file or program: besides links, only the data and logs folders (Help → Open … Folder)
      // and the files the backend wrote, which it finds by their ids (files:open takes no path: tests/unit/backend/written-files.test.ts).
      expect(
        sources.flatMap((source) =>
          [...source.code.matchAll(/\bshell\.(\w+)\(([^)]*)\)/g)].map((match) => `${source.file}:${match[1]}(${match[2]})`),
        ),
      ).toEqual([
        'main/main.ts:openPath(writtenFile)',
        'main/main.ts:showItemInFolder(writtenFile)',
        'main/main.ts:openPath(dataDir)',
        'main/main.ts:openPath(logsDir)',
        'main/window.ts:openExternal(url)',
      ]);
    },
  ],
  [
    16,
    'Use a current version of Electron',
    () => {
      const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
      const pinned = pkg.devDependencies?.electron ?? '';
      expect(pinned, 'electron is pinned to an exact version').toMatch(/^\d+\.\d+\.\d+$/);
      expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(OLDEST_SUPPORTED_ELECTRON_MAJOR);
      const installed = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(installed.version).toBe(pinned);
    },
  ],
  [
    17,
    'Validate the sender of all IPC messages',
    async () => {
      const handlers = Object.fromEntries(channels.map((channel) => [channel, vi.fn(async () => 'ran')])) as unknown as TransportHandlers;
      setupIpc({ handlers, actor: 'anna', log: recordingLogger() });
      const [[, listener]] = ipcMain.handle.mock.calls as [[string, (event: unknown, ...args: unknown[]) => Promise<unknown>]];
      const mainFrame = { url: 'app://clientbook/index.html', parent: null };
      // An iframe inside the app's own page, and a main frame that has navigated away.
      const iframe = { url: 'app://clientbook/index.html', parent: mainFrame };
      const navigatedAway = { url: 'https://evil.example/', parent: null };
      for (const [sender, senderFrame] of [
        [{ mainFrame }, iframe],
        [{ mainFrame: navigatedAway }, navigatedAway],
      ]) {
        const event = { sender, senderFrame } as unknown as IpcMainInvokeEvent;
        expect(await listener(event, 'app:status', {})).toEqual(forbiddenResult);
      }
      for (const channel of channels) expect(handlers[channel]).not.toHaveBeenCalled();
    },
  ],
  [
    18,
    'Avoid usage of the file:// protocol and prefer usage of custom protocols',
    () => {
      // The pages' origin is the one custom scheme registered, as standard and secure (a secure context, like https).
      const scheme = new URL(APP_ENTRY_URL).protocol.slice(0, -1);
      expect(scheme).not.toBe('file');
      registerAppScheme();
      const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [[Array<{ scheme: string; privileges: object }>]];
      expect(schemes.map((registered) => registered.scheme)).toEqual([scheme]);
      expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
      // Privileged schemes must be registered before `ready`, and the app serves its files nowhere else.
      const main = sourceOf('main/main.ts');
      expect(main.indexOf('registerAppScheme()')).toBeGreaterThanOrEqual(0);
      expect(main.indexOf('registerAppScheme()')).toBeLessThan(main.indexOf('whenReady('));
      expect(main).toMatch(/setupAppProtocol\(\s*session\.defaultSession\s*,/);
      expect(filesUsing(/registerFileProtocol|interceptFileProtocol|protocol\.handle\(\s*['"`]file/)).toEqual([]);
    },
  ],
  [
    19,
    'Check which fuses you can change',
    () => {
      // js-yaml arrives with electron-builder, which reads this same file.
      const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
      const config = yaml.load(readFileSync(path.join(repoRoot, 'build', 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
      expect(config.asar).toBe(true);
      expect(config.electronFuses).toEqual({
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      });
      // Installers for both Windows architectures; signing only from the environment, never a secret in the file.
      expect(config.win).toMatchObject({ target: [{ target: 'nsis', arch: ['x64', 'arm64'] }] });
      expect(JSON.stringify(config)).not.toMatch(/csc|password|certificate|APPLE_/i);
    },
  ],
  [
    20,
    'Do not expose Electron APIs to untrusted web content',
    async () => {
      expect(exposeCalls.map(([key]) => key)).toEqual(['clientbook']);
      // Only the bridge's own functions cross over: no Electron object or method.
      const electronMembers = new Set<unknown>();
      for (const api of [ipcRenderer, contextBridge]) {
        electronMembers.add(api);
        for (let layer: object | null = api; layer; layer = Object.getPrototypeOf(layer) as object | null) {
          for (const name of Object.getOwnPropertyNames(layer)) electronMembers.add((api as Record<string, unknown>)[name]);
        }
      }
      for (const value of Object.values(bridge)) {
        expect(typeof value).toBe('function');
        expect(electronMembers.has(value)).toBe(false);
      }
      // The page names a contract channel, never an IPC channel: everything travels on the one invoke channel.
      ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
      await bridge.invoke('clientbook:event', {});
      expect(ipcRenderer.invoke).toHaveBeenCalledWith('clientbook:invoke', 'clientbook:event', {});
      // The preload itself uses nothing but Electron's renderer API and shared types, so it has no Node API to leak.
      const imports = [...sourceOf('main/preload.ts').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1]);
      expect(imports).toContain('electron');
      for (const specifier of imports) expect(specifier).toMatch(/^(electron|\.\.\/\.\.\/shared\/[\w-]+)$/);
    },
  ],
];

describe('Electron security checklist', () => {
  it('covers the 20 items in order', () => {
    expect(checklist.map(([number]) => number)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  for (const [number, title, check] of checklist) it(`${number}. ${title}`, check);
});
