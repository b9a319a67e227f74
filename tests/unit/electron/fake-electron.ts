// A stand-in for the `electron` module (the binary cannot run in unit tests), used as
// `vi.mock('electron', () => import('./fake-electron'))`. It records what the shell asks of it.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = { url: 'app://clientbook/index.html', parent: null };
  readonly send = vi.fn();
  /** What new pages' print state reads as (see shared/print.ts). */
  static defaults: { printState: string | null } = { printState: 'ready' };
  printState = FakeWebContents.defaults.printState;
  readonly executeJavaScript = vi.fn(async (_code: string) => this.printState);
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 fake'));
  /** How the print dialog ends: success, and the failure reason. */
  printOutcome: [boolean, string] = [true, ''];
  readonly print = vi.fn((_options: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void) => {
    callback(...this.printOutcome);
  });
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
  readonly reload = vi.fn();
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  bounds = { x: 10, y: 20, width: 1200, height: 800 };
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  readonly close = vi.fn();

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.bounds;
  }
}

export const BrowserWindow = FakeBrowserWindow;

export const app = Object.assign(new EventEmitter(), {
  quit: vi.fn(),
  exit: vi.fn(),
  isReady: vi.fn(() => true),
  getPath: vi.fn((name: string) => `/home/adviser/${name}`),
});

export const ipcMain = { handle: vi.fn(), on: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const shell = { openExternal: vi.fn(async (_url: string) => {}) };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template, popup: vi.fn() })),
  setApplicationMenu: vi.fn(),
};
export const dialog = {
  showErrorBox: vi.fn(),
  /** Answers with `response` once the test settles it, or as cancelled when its `signal` aborts. */
  showMessageBox: vi.fn(
    (_window: unknown, options: { signal?: AbortSignal }) =>
      new Promise<{ response: number; checkboxChecked: boolean }>((resolve) => {
        dialog.answer = (response) => resolve({ response, checkboxChecked: false });
        options.signal?.addEventListener('abort', () => resolve({ response: 0, checkboxChecked: false }));
      }),
  ),
  answer: (_response: number): void => {
    throw new Error('No message box is open.');
  },
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({
    canceled: true,
    filePaths: [],
  })),
};
export const screen = { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(), send: vi.fn() });

/** Fresh state for the next test: no windows, no listeners, no recorded calls. */
export function resetFakeElectron(): void {
  FakeBrowserWindow.instances = [];
  FakeWebContents.defaults = { printState: 'ready' };
  app.removeAllListeners();
  ipcRenderer.removeAllListeners();
  vi.clearAllMocks();
}
