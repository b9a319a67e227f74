import { Menu, type MenuItemConstructorOptions } from 'electron';
import { appScreens, type MenuCommand } from '../../shared/bridge';
import type { Logger } from '../backend/logger';
import { setMainLanguage, t } from './i18n';
import { setupLanguageMessages } from './ipc';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in unpackaged (developer) runs. */
  isPackaged: boolean;
  onCommand(command: MenuCommand): void;
  /** Help's own items, done in main: the data folder in the file manager, the summary support asks for on the clipboard. */
  help: { openDataFolder(): void; openLogsFolder(): void; copyDiagnostics(): void };
}

/**
 * The application menu: platform roles plus Clientbook's own commands, every label in the interface
 * language (main's catalogue). Role items carry a label too: Electron's own are English wherever
 * the app draws its menu (Windows, Linux), and the reader's chosen language wins over the system's.
 */
export function buildMenuTemplate({ platform, isPackaged, onCommand, help }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, payload: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand(payload),
  });
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload', label: t('menu.reload') },
        { role: 'forceReload', label: t('menu.forceReload') },
        { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
        { type: 'separator' },
      ];

  // Where each platform keeps it: the app menu on macOS (Cmd+,), File elsewhere (Ctrl+,).
  const preferences = command(t('menu.preferences'), { command: 'navigate', to: '/settings' }, 'CmdOrCtrl+,');
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const closeWindow: MenuItemConstructorOptions = { role: 'close', label: t('menu.closeWindow') };
  const about: MenuItemConstructorOptions = { role: 'about', label: t('menu.about') };
  // Windows says Exit; macOS and Linux say Quit.
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t(platform === 'win32' ? 'menu.exit' : 'menu.quit') };
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      about,
      separator,
      preferences,
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      quit,
    ],
  };

  return [
    ...(isMac ? [appMenu] : []),
    {
      label: t('menu.file'),
      submenu: [
        command(t('menu.newClient'), { command: 'newClient' }, 'CmdOrCtrl+N'),
        command(t('menu.backupNow'), { command: 'backupNow' }),
        command(t('menu.print'), { command: 'print' }, 'CmdOrCtrl+P'),
        ...(isMac ? [] : [separator, preferences]),
        separator,
        isMac ? closeWindow : quit,
      ],
    },
    {
      role: 'editMenu',
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
        { type: 'separator' },
        command(t('menu.find'), { command: 'search' }, 'CmdOrCtrl+F'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...appScreens.map(({ key, to }, index) => command(t(`menu.screen.${key}`), { command: 'navigate', to }, `CmdOrCtrl+${index + 1}`)),
        { type: 'separator' },
        ...developerItems,
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
      ],
    },
    // Electron's own Window menu, item for item, so each can carry its label.
    {
      role: 'windowMenu',
      label: t('menu.window'),
      submenu: [
        { role: 'minimize', label: t('menu.minimize') },
        { role: 'zoom', label: t('menu.zoom') },
        ...(isMac ? [separator, { role: 'front', label: t('menu.bringAllToFront') } satisfies MenuItemConstructorOptions] : [closeWindow]),
      ],
    },
    // macOS puts About in the app menu and adds its own search field to Help.
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [
        { label: t('menu.openDataFolder'), click: help.openDataFolder },
        { label: t('menu.openLogsFolder'), click: help.openLogsFolder },
        { label: t('menu.copyDiagnostics'), click: help.copyDiagnostics },
        ...(isMac ? [] : [separator, about]),
      ],
    },
  ];
}

/** Installs the application menu in the current interface language; commands go to `onCommand`. Called again when the language changes. */
export function setupMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}

/** Installs the application menu, and again in each new language the window's reader chooses (main's dialogs follow too). */
export function setupMenuInReadersLanguage(options: MenuOptions, log: Logger): void {
  setupMenu(options);
  setupLanguageMessages((language) => {
    if (setMainLanguage(language)) setupMenu(options);
  }, log);
}
