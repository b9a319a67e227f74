// No word of the main process's menus and dialogs escapes its catalogue: English is swapped for a
// pseudo-locale (each text wrapped in ⟦…⟧), every menu and dialog is drawn with the fake Electron,
// and every label, message and button must come out in the pseudo form. A source scan catches
// texts written where no test draws them yet.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate } from '../../../electron/main/context-menu';
import { crashHandlers, reportStartFailure } from '../../../electron/main/lifecycle';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { createElectronPrinting } from '../../../electron/main/print';
import { offerReloadWhenStuck } from '../../../electron/main/stuck-window';
import { updateQuestion } from '../../../electron/main/updates';
import { DataFolderNotWritableError, StoreLockedError } from '../../../electron/backend/store/errors';
import type { DesktopFileKind } from '../../../shared/model/app';
import { dialog, FakeBrowserWindow, resetFakeElectron } from './fake-electron';
import { recordingLogger } from './fakes';

vi.mock('electron', () => import('./fake-electron'));
vi.mock('../../../electron/main/i18n/en.json', async (importOriginal) => {
  const { default: english } = await importOriginal<{ default: Record<string, string> }>();
  return { default: Object.fromEntries(Object.entries(english).map(([key, text]) => [key, `⟦${text}⟧`])) };
});

beforeEach(() => resetFakeElectron());

const pseudo = /^⟦[^⟦⟧]+⟧$/;
/** The texts that are not in the pseudo form, so a failure names them. */
const escaped = (texts: unknown[]): unknown[] => texts.filter((text) => typeof text !== 'string' || !pseudo.test(text));

function everyItem(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? everyItem(item.submenu) : [])]);
}

/** What each message box and error box showed a person. */
function shownTexts(): unknown[] {
  const boxes = dialog.showMessageBox.mock.calls.map((call) => call.at(-1) as { message: string; detail?: string; buttons?: string[] });
  return [
    ...boxes.flatMap(({ message, detail, buttons }) => [message, detail, ...(buttons ?? [])]),
    ...dialog.showErrorBox.mock.calls.flat(),
  ];
}

describe('the main process in a pseudo-locale', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('labels every item of the application menu on %s, roles too', (platform) => {
    for (const isPackaged of [true, false]) {
      const template = buildMenuTemplate({
        platform,
        isPackaged,
        onCommand: vi.fn(),
        help: { openDataFolder: vi.fn(), openLogsFolder: vi.fn(), copyDiagnostics: vi.fn() },
      });
      // macOS names the app menu after the app itself, whatever its label.
      const labelled = everyItem(template).filter((item) => item.type !== 'separator' && item.role !== 'appMenu');
      expect(labelled.length).toBeGreaterThan(30);
      expect(escaped(labelled.map((item) => item.label))).toEqual([]);
    }
  });

  it('labels the right-click menu', () => {
    const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
    const inField = contextMenuTemplate(
      {
        isEditable: true,
        misspelledWord: 'recieved',
        dictionarySuggestions: [],
        selectionText: '',
        editFlags,
      } as unknown as ContextMenuParams,
      { replaceMisspelling: vi.fn(), session: {} } as unknown as WebContents,
    );
    const onText = contextMenuTemplate(
      {
        isEditable: false,
        misspelledWord: '',
        dictionarySuggestions: [],
        selectionText: 'Okafor',
        editFlags,
      } as unknown as ContextMenuParams,
      { replaceMisspelling: vi.fn(), session: {} } as unknown as WebContents,
    );
    const labelled = [...inField, ...onText].filter((item) => item.type !== 'separator');
    expect(labelled).toHaveLength(7);
    expect(escaped(labelled.map((item) => item.label))).toEqual([]);
  });

  it('asks about an update in the catalogue’s words', () => {
    const { message, detail, buttons } = updateQuestion('2.0.0');
    expect(escaped([message, detail, ...(buttons ?? [])])).toEqual([]);
    expect(message).toContain('2.0.0');
  });

  it('asks about a crashed or frozen window in the catalogue’s words', () => {
    const window = new FakeBrowserWindow({});
    offerReloadWhenStuck(window as unknown as BrowserWindow, recordingLogger());
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    window.emit('unresponsive');
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(escaped(shownTexts())).toEqual([]);
  });

  it('explains every failed start and a crash in the catalogue’s words', () => {
    const log = recordingLogger();
    for (const holder of [
      { user: null, computer: null },
      { user: 'asha', computer: null },
      { user: null, computer: 'FRONT-DESK' },
      { user: 'asha', computer: 'FRONT-DESK' },
    ]) {
      reportStartFailure(new StoreLockedError('/data', holder), log);
    }
    reportStartFailure(new DataFolderNotWritableError('/data'), log);
    reportStartFailure(new Error('anything else'), log);
    crashHandlers(log).uncaughtException(new Error('anything'));
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(7);
    expect(escaped(shownTexts())).toEqual([]);
  });

  it('names the file types of the save and open dialogs in the catalogue’s words', async () => {
    const { desktop } = createElectronPrinting({ preloadPath: '/app/preload.cjs', parentWindow: () => null, log: recordingLogger() });
    await desktop.chooseSavePath('packet.pdf');
    await desktop.chooseSavePath('reviews.ics');
    for (const kind of ['backup', 'book'] satisfies DesktopFileKind[]) await desktop.chooseFile(kind);
    const filters = [...dialog.showSaveDialog.mock.calls, ...dialog.showOpenDialog.mock.calls].flatMap(
      (call) => (call.at(-1) as { filters?: { name: string }[] }).filters ?? [],
    );
    expect(filters).toHaveLength(4);
    expect(escaped(filters.map(({ name }) => name))).toEqual([]);
  });
});

describe('main-process source', () => {
  const mainDir = path.resolve(import.meta.dirname, '../../../electron/main');
  const sources = readdirSync(mainDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => ({
      file: path.relative(mainDir, path.join(entry.parentPath, entry.name)),
      text: readFileSync(path.join(entry.parentPath, entry.name), 'utf8'),
    }));
  /** Words a person sees, written into the code instead of the catalogue. */
  const literalText =
    /\b(label|sublabel|toolTip|message|detail|title|name|buttonLabel)\s*:\s*['"`]|showErrorBox\(\s*['"`]|buttons\s*:\s*\[\s*['"`]/g;
  const allowed = [
    // A window's title is the product's name, the same in every language, until its page names itself.
    /^title: 'Clientbook'/,
    // The refusal travels as its code (FORBIDDEN), which the renderer words in the reader's language.
    /^message: 'This request did not come from the Clientbook window/,
  ];

  it('writes no menu or dialog text outside the catalogue', () => {
    expect(sources.length).toBeGreaterThan(10);
    const found = sources.flatMap(({ file, text }) =>
      [...text.matchAll(literalText)]
        .map((match) => ({ file, text: text.slice(match.index, text.indexOf('\n', match.index)).trim() }))
        .filter(({ text }) => !allowed.some((pattern) => pattern.test(text))),
    );
    expect(found).toEqual([]);
  });
});
