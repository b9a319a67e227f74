import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { offerReloadWhenStuck } from '../../../electron/main/stuck-window';
import { dialog, FakeBrowserWindow, resetFakeElectron } from './fake-electron';
import { recordingLogger } from './fakes';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

/** A window watched for crashes and freezes, with its log. */
function watched() {
  const window = new FakeBrowserWindow({});
  const log = recordingLogger();
  offerReloadWhenStuck(window as unknown as BrowserWindow, log);
  return { window, log };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('a window whose page crashed or froze', () => {
  it('asks after a crash, and reloads the page when told to, logging only the reason', async () => {
    const { window, log } = watched();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({
      message: 'Clientbook’s window stopped working',
      buttons: ['Reload', 'Close Clientbook'],
    });
    dialog.answer(0);
    await settle();
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(log.error).toHaveBeenCalledWith('The window’s page stopped', { reason: 'crashed', exitCode: 11 });
  });

  it('closes the window when told to after a crash, and says nothing after a clean exit', async () => {
    const { window } = watched();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    dialog.answer(1);
    await settle();
    expect(window.close).toHaveBeenCalledOnce();
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('asks once while frozen, reloads when told to, and withdraws the question when the page answers again', async () => {
    const { window } = watched();
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    dialog.answer(1);
    await settle();
    expect(window.webContents.reload).toHaveBeenCalledOnce();

    // Frozen again, then responsive by itself: the question closes and nothing is reloaded.
    window.emit('unresponsive');
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
    window.emit('responsive');
    await settle();
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    window.emit('unresponsive');
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(3);
  });
});
