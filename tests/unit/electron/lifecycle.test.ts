import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setMainLanguage } from '../../../electron/main/i18n';
import { StoreLockedError } from '../../../electron/backend/store/errors';
import {
  crashHandlers,
  isStoreLockedError,
  reportStartFailure,
  setupQuit,
  setupSecondInstance,
  setupWindowLifecycle,
} from '../../../electron/main/lifecycle';
import type { MainWindowController } from '../../../electron/main/window';
import { app, dialog, FakeBrowserWindow, resetFakeElectron } from './fake-electron';
import { recordingLogger } from './fakes';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

const quitEvent = () => ({ preventDefault: vi.fn() });

function controller(): MainWindowController & { show: ReturnType<typeof vi.fn> } {
  return { current: vi.fn(() => null), show: vi.fn() } as unknown as MainWindowController & { show: ReturnType<typeof vi.fn> };
}

describe('quitting', () => {
  it('holds the quit until the backend has closed, once, then quits', async () => {
    let finishClose!: () => void;
    const backend = { close: vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve))) };
    setupQuit(backend, recordingLogger());

    const first = quitEvent();
    app.emit('before-quit', first);
    const second = quitEvent();
    app.emit('before-quit', second);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(second.preventDefault).toHaveBeenCalled();
    expect(backend.close).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();

    finishClose();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    const final = quitEvent();
    app.emit('before-quit', final);
    expect(final.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when closing fails, and logs it', async () => {
    const log = recordingLogger();
    setupQuit({ close: vi.fn(async () => Promise.reject(new Error('disk gone'))) }, log);
    app.emit('before-quit', quitEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(log.error).toHaveBeenCalled();
  });
});

describe('start failures', () => {
  afterEach(() => setMainLanguage('en'));

  it('recognises the store lock error by its code', () => {
    expect(isStoreLockedError(new StoreLockedError('/data', { user: null, computer: null }))).toBe(true);
    expect(isStoreLockedError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe(false);
    expect(isStoreLockedError({ code: 'LOCKED' })).toBe(false);
  });

  it("shows the store's own sentence for who holds the folder, and quits", () => {
    const holders = [
      { user: null, computer: null },
      { user: 'asha', computer: null },
      { user: null, computer: 'FRONT-DESK' },
      { user: 'asha', computer: 'FRONT-DESK' },
    ];
    for (const holder of holders) {
      const error = new StoreLockedError('/data', holder);
      reportStartFailure(error, recordingLogger());
      expect(dialog.showErrorBox).toHaveBeenLastCalledWith('Clientbook is already open', error.message);
    }
    expect(app.quit).toHaveBeenCalledTimes(holders.length);
  });

  it('says who holds the folder in Hindi to a Hindi reader', () => {
    setMainLanguage('hi');
    reportStartFailure(new StoreLockedError('/data', { user: 'asha', computer: 'FRONT-DESK' }), recordingLogger());
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Clientbook पहले से खुला है',
      expect.stringMatching(/^कंप्यूटर FRONT-DESK पर asha ने इस डेटा फ़ोल्डर के साथ Clientbook पहले से खोला हुआ है।/),
    );
  });

  it('shows a plain sentence, not the internal message, for anything else', () => {
    const log = recordingLogger();
    reportStartFailure(new Error('Unexpected token in JSON at position 4: "Jane Doe"'), log);
    const [title, body] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Clientbook could not start');
    expect(body).toMatch(/^Clientbook could not open its data/);
    expect(body).not.toContain('Jane');
    expect(JSON.stringify(log.lines)).not.toContain('Jane');
    expect(app.quit).toHaveBeenCalledOnce();
  });
});

describe('windows and instances', () => {
  it('a second launch brings the window forward', () => {
    const windows = controller();
    setupSecondInstance(windows);
    app.emit('second-instance');
    expect(windows.show).toHaveBeenCalledOnce();
  });

  it('quits when the last window closes, except on macOS', () => {
    setupWindowLifecycle(controller(), 'win32');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();

    resetFakeElectron();
    setupWindowLifecycle(controller(), 'darwin');
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('reopens a window from the dock only when none is open', () => {
    const windows = controller();
    setupWindowLifecycle(windows, 'darwin');
    app.emit('activate');
    expect(windows.show).toHaveBeenCalledOnce();
    new FakeBrowserWindow({});
    app.emit('activate');
    expect(windows.show).toHaveBeenCalledOnce();
  });
});

describe('crashes in main', () => {
  it('logs an uncaught exception by name and code, never its message, tells the person and exits', () => {
    const log = recordingLogger();
    const error = Object.assign(new TypeError('cannot read Jane Doe jane@example.com'), { code: 'E_TEST' });
    crashHandlers(log).uncaughtException(error);
    expect(log.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        message: 'Clientbook stopped unexpectedly',
        fields: expect.objectContaining({ errorName: 'TypeError' }),
      }),
    ]);
    expect(JSON.stringify(log.lines)).not.toMatch(/Jane|jane@example/);
    expect(dialog.showErrorBox).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('logs a rejected promise nobody handled and goes on', () => {
    const log = recordingLogger();
    crashHandlers(log).unhandledRejection(new Error('Jane Doe'));
    expect(log.lines).toEqual([expect.objectContaining({ level: 'error', message: 'A task in Clientbook failed unexpectedly' })]);
    expect(JSON.stringify(log.lines)).not.toMatch(/Jane/);
    expect(app.exit).not.toHaveBeenCalled();
  });
});
