import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';

/** The words the menu shows beside Electron's own role labels, in one place as the menu bar's are. */
export const contextMenuLabels = {
  noSuggestions: 'No spelling suggestions',
  addToDictionary: 'Add to Dictionary',
} as const;

/**
 * What a right-click offers where it was made: spelling suggestions on a misspelt word (spellcheck
 * is on), then Cut/Copy/Paste/Select All as the place allows (an editable field, or selected text).
 * Nothing on a plain spot of the page, where none of these would do anything.
 */
export function contextMenuTemplate(
  params: ContextMenuParams,
  contents: Pick<WebContents, 'replaceMisspelling' | 'session'>,
): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] = params.misspelledWord
    ? [
        ...(params.dictionarySuggestions.length > 0
          ? params.dictionarySuggestions.map((word) => ({ label: word, click: () => contents.replaceMisspelling(word) }))
          : [{ label: contextMenuLabels.noSuggestions, enabled: false }]),
        {
          label: contextMenuLabels.addToDictionary,
          click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
        },
        { type: 'separator' },
      ]
    : [];
  const { editFlags } = params;
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [
        { role: 'cut', enabled: editFlags.canCut },
        { role: 'copy', enabled: editFlags.canCopy },
        { role: 'paste', enabled: editFlags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', enabled: editFlags.canSelectAll },
      ]
    : params.selectionText.trim() !== ''
      ? [{ role: 'copy', enabled: editFlags.canCopy }]
      : [];
  return editing.length > 0 ? [...spelling, ...editing] : [];
}

/** Opens `contextMenuTemplate`'s menu on each right-click in the window's page. */
export function setupContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, contents);
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
