import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import { createElectronPrinting } from '../../../electron/main/print';
import { waitForPrintReady } from '../../../electron/common/print-ready';
import { packetRoute } from '../../../shared/print';
import { dialog, FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './fake-electron';
import { recordingLogger } from './fakes';

vi.mock('electron', () => import('./fake-electron'));

const route = packetRoute({ clientId: 'c_1', asOf: '2026-11-27' });

function printing(parent: FakeBrowserWindow | null = null) {
  return createElectronPrinting({
    preloadPath: '/app/preload.cjs',
    parentWindow: () => parent as never,
    log: recordingLogger(),
  });
}

beforeEach(() => resetFakeElectron());

describe('packet PDFs in the desktop app', () => {
  it('renders the print route in a hidden, sandboxed window with the app preload', async () => {
    const bytes = await printing().pdf.render(route);

    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 fake');
    const [window] = FakeBrowserWindow.instances;
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/app/preload.cjs' },
    });
    expect(window!.loadURL).toHaveBeenCalledWith(`${APP_ENTRY_URL}#${route}`);
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ preferCSSPageSize: true, printBackground: true }),
    );
  });

  it('keeps the window for the next packet, switching only its route, and closes it when done', async () => {
    const { pdf } = printing();
    const next = packetRoute({ clientId: 'c_2', asOf: '2026-11-27' });
    await pdf.render(route);
    await pdf.render(next);

    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [window] = FakeBrowserWindow.instances;
    expect(window!.loadURL).toHaveBeenCalledTimes(1);
    const switched = window!.webContents.executeJavaScript.mock.calls.map(([code]) => code).find((code) => code.includes('location.hash'));
    // The state goes back to loading before the route changes, so the last packet's "ready" is never taken for this one.
    expect(switched).toMatch(/setAttribute\("data-print-state", 'loading'\); location.hash = ".*c_2/);
    expect(window!.webContents.printToPDF).toHaveBeenCalledTimes(2);

    await pdf.close();
    expect(window!.destroyed).toBe(true);
  });

  it('closes the hidden window after a while without packets', async () => {
    vi.useFakeTimers();
    try {
      await printing().pdf.render(route);
      expect(FakeBrowserWindow.instances[0]!.destroyed).toBe(false);
      vi.advanceTimersByTime(30_000);
      expect(FakeBrowserWindow.instances[0]!.destroyed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a page that reports an error and does not reuse its window', async () => {
    FakeWebContents.defaults.printState = 'error';
    const { pdf } = printing();
    await expect(pdf.render(route)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('could not be prepared') });
    expect(FakeBrowserWindow.instances[0]!.webContents.printToPDF).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances[0]!.destroyed).toBe(true);

    FakeWebContents.defaults.printState = 'ready';
    await pdf.render(route);
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('renders one packet at a time', async () => {
    const { pdf } = printing();
    const started: string[] = [];
    const renders = ['a', 'b', 'c'].map((clientId) => {
      const packet = packetRoute({ clientId, asOf: '2026-11-27' });
      return pdf.render(packet).then(() => started.push(clientId));
    });
    await Promise.all(renders);
    expect(started).toEqual(['a', 'b', 'c']);
    expect(FakeBrowserWindow.instances[0]!.webContents.printToPDF).toHaveBeenCalledTimes(3);
  });

  it('does not start a packet whose batch was cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(printing().pdf.render(route, controller.signal)).rejects.toThrow();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('desktop dialogs', () => {
  it('offers the save dialog in Documents with the packet name, attached to the app window', async () => {
    const parent = new FakeBrowserWindow({});
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/adviser/Desktop/packet.pdf' });

    expect(await printing(parent).desktop.chooseSavePath('2026-11-27 Smith - Review packet.pdf')).toBe('/home/adviser/Desktop/packet.pdf');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ defaultPath: expect.stringContaining('2026-11-27 Smith - Review packet.pdf') }),
    );
  });

  it('answers null when a dialog is cancelled', async () => {
    const { desktop } = printing();
    expect(await desktop.chooseSavePath('a.pdf')).toBeNull();
    expect(await desktop.chooseFolder()).toBeNull();
  });

  it('returns the chosen folder', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/mnt/usb/packets'] });
    expect(await printing().desktop.chooseFolder()).toBe('/mnt/usb/packets');
  });

  it('chooses one backup or export file, offering JSON files under a plain name', async () => {
    const { desktop } = printing();
    expect(await desktop.chooseFile('backup')).toBeNull();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/mnt/usb/clientbook-manual.json'] });
    expect(await desktop.chooseFile('book')).toBe('/mnt/usb/clientbook-manual.json');
    const optionsOf = (call: unknown[]) => call.at(-1) as { properties: string[]; filters: { name: string; extensions: string[] }[] };
    const [backupCall, bookCall] = dialog.showOpenDialog.mock.calls.slice(-2);
    expect(optionsOf(backupCall!)).toEqual({
      properties: ['openFile'],
      filters: [{ name: 'Clientbook backup', extensions: ['clientbook-backup', 'json'] }],
    });
    expect(optionsOf(bookCall!).filters).toEqual([{ name: 'Clientbook export', extensions: ['json'] }]);
  });

  it('prints through the system dialog once the packet is ready, and reports a cancelled print as false', async () => {
    const { desktop } = printing();
    expect(await desktop.print(route)).toBe(true);
    const [window] = FakeBrowserWindow.instances;
    window!.webContents.printOutcome = [false, 'Print job canceled'];
    expect(await desktop.print(route)).toBe(false);
    expect(window!.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false }), expect.any(Function));
  });
});

describe('waiting for a print page', () => {
  it('waits through loading until ready', async () => {
    const states = ['loading', null, 'loading', 'ready'];
    const read = vi.fn(async () => states.shift());
    await waitForPrintReady(read, { intervalMs: 1 });
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('gives up after its time limit with a plain message', async () => {
    await expect(waitForPrintReady(async () => 'loading', { intervalMs: 1, timeoutMs: 20 })).rejects.toThrow(/not ready to print/);
  });
});
