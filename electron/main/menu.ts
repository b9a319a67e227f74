import { Menu, type MenuItemConstructorOptions } from 'electron';
import { appScreens, type MenuCommand } from '../../shared/bridge';

/**
 * Every label the shell itself shows, in one place so a translation can replace it whole.
 * Role items (Copy, Zoom In, Quit…) are labelled by Electron and the OS.
 */
export const menuLabels = {
  file: 'File',
  newClient: 'New Client',
  backupNow: 'Back Up Now',
  view: 'View',
  dashboard: 'Dashboard',
  clients: 'Clients',
  tasks: 'Tasks',
  requests: 'Service Requests',
  satisfaction: 'Satisfaction',
  reviews: 'Reviews',
  team: 'Team',
  settings: 'Settings',
  activity: 'Activity',
  preferences: 'Settings…',
  find: 'Find…',
  print: 'Print…',
  openDataFolder: 'Open Data Folder',
  openLogsFolder: 'Open Logs Folder',
  copyDiagnostics: 'Copy Diagnostic Summary',
} as const;

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in unpackaged (developer) runs. */
  isPackaged: boolean;
  onCommand(command: MenuCommand): void;
  /** Help's own items, done in main: the data folder in the file manager, the summary support asks for on the clipboard. */
  help: { openDataFolder(): void; openLogsFolder(): void; copyDiagnostics(): void };
}

/** The application menu: platform roles plus Clientbook's own commands. */
export function buildMenuTemplate({ platform, isPackaged, onCommand, help }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, payload: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand(payload),
  });
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  // Where each platform keeps it: the app menu on macOS (Cmd+,), File elsewhere (Ctrl+,).
  const preferences = command(menuLabels.preferences, { command: 'navigate', to: '/settings' }, 'CmdOrCtrl+,');
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      separator,
      preferences,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  return [
    ...(isMac ? [appMenu] : []),
    {
      label: menuLabels.file,
      submenu: [
        command(menuLabels.newClient, { command: 'newClient' }, 'CmdOrCtrl+N'),
        command(menuLabels.backupNow, { command: 'backupNow' }),
        command(menuLabels.print, { command: 'print' }, 'CmdOrCtrl+P'),
        ...(isMac ? [] : [separator, preferences]),
        separator,
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command(menuLabels.find, { command: 'search' }, 'CmdOrCtrl+F'),
      ],
    },
    {
      label: menuLabels.view,
      submenu: [
        ...appScreens.map(({ key, to }, index) => command(menuLabels[key], { command: 'navigate', to }, `CmdOrCtrl+${index + 1}`)),
        { type: 'separator' },
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    // macOS puts About in the app menu and adds its own search field to Help.
    {
      role: 'help',
      submenu: [
        { label: menuLabels.openDataFolder, click: help.openDataFolder },
        { label: menuLabels.openLogsFolder, click: help.openLogsFolder },
        { label: menuLabels.copyDiagnostics, click: help.copyDiagnostics },
        ...(isMac ? [] : [separator, { role: 'about' } satisfies MenuItemConstructorOptions]),
      ],
    },
  ];
}

/** Installs the application menu; commands go to `onCommand`. */
export function setupMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
