import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, setupContextMenu } from '../../../electron/main/context-menu';
import { FakeWebContents, Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

const allowed = {
  canCut: true,
  canCopy: true,
  canPaste: true,
  canSelectAll: true,
  canUndo: false,
  canRedo: false,
  canDelete: true,
  canEditRichly: false,
};

function params(overrides: Partial<ContextMenuParams>): ContextMenuParams {
  return {
    isEditable: false,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: allowed,
    ...overrides,
  } as ContextMenuParams;
}

function contents() {
  return { replaceMisspelling: vi.fn(), session: { addWordToSpellCheckerDictionary: vi.fn() } };
}

const shape = (template: MenuItemConstructorOptions[]) => template.map((item) => item.role ?? item.label ?? item.type);

describe('the right-click menu', () => {
  it('offers spelling suggestions on a misspelt word in a field, then Cut, Copy, Paste and Select All', () => {
    const page = contents();
    const template = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'recieved', dictionarySuggestions: ['received', 'relieved'] }),
      page as unknown as WebContents,
    );
    expect(shape(template)).toEqual([
      'received',
      'relieved',
      'Add to Dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    (template[0]!.click as () => void)();
    expect(page.replaceMisspelling).toHaveBeenCalledWith('received');
    (template[2]!.click as () => void)();
    expect(page.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('recieved');
  });

  it('says when there is no suggestion, and greys out what the field does not allow', () => {
    const template = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'Okafor', editFlags: { ...allowed, canCut: false, canCopy: false } }),
      contents() as unknown as WebContents,
    );
    expect(template[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
    expect(template.find((item) => item.role === 'cut')).toMatchObject({ enabled: false });
    expect(template.find((item) => item.role === 'paste')).toMatchObject({ enabled: true });
  });

  it('offers Copy on selected text, and nothing on a plain spot of the page', () => {
    expect(shape(contextMenuTemplate(params({ selectionText: 'Okafor Household' }), contents() as unknown as WebContents))).toEqual([
      'copy',
    ]);
    expect(contextMenuTemplate(params({}), contents() as unknown as WebContents)).toEqual([]);
  });

  it('opens on a right-click in the window’s page, and not where it would be empty', () => {
    const page = new FakeWebContents();
    setupContextMenu(page as unknown as WebContents);
    page.emit('context-menu', {}, params({}));
    expect(Menu.buildFromTemplate).not.toHaveBeenCalled();
    page.emit('context-menu', {}, params({ isEditable: true }));
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(Menu.buildFromTemplate.mock.results[0]!.value.popup).toHaveBeenCalledOnce();
  });
});
