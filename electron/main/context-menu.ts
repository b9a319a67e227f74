import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { t } from './i18n';

/**
 * What a right-click offers where it was made: spelling suggestions on a misspelt word (spellcheck
 * is on), then Cut/Copy/Paste/Select All as the place allows (an editable field, or selected text).
 * Nothing on a plain spot of the page, where none of these would do anything. Every label is in the
 * interface language, the roles' too (Electron's own are English on Windows and Linux).
 */
export function contextMenuTemplate(
  params: ContextMenuParams,
  contents: Pick<WebContents, 'replaceMisspelling' | 'session'>,
): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] = params.misspelledWord
    ? [
        ...(params.dictionarySuggestions.length > 0
          ? params.dictionarySuggestions.map((word) => ({ label: word, click: () => contents.replaceMisspelling(word) }))
          : [{ label: t('contextMenu.noSuggestions'), enabled: false }]),
        {
          label: t('contextMenu.addToDictionary'),
          click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
        },
        { type: 'separator' },
      ]
    : [];
  const { editFlags } = params;
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [
        { role: 'cut', label: t('menu.cut'), enabled: editFlags.canCut },
        { role: 'copy', label: t('menu.copy'), enabled: editFlags.canCopy },
        { role: 'paste', label: t('menu.paste'), enabled: editFlags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', label: t('menu.selectAll'), enabled: editFlags.canSelectAll },
      ]
    : params.selectionText.trim() !== ''
      ? [{ role: 'copy', label: t('menu.copy'), enabled: editFlags.canCopy }]
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
