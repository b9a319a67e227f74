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
} as const;

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in unpackaged (developer) runs. */
  isPackaged: boolean;
  onCommand(command: MenuCommand): void;
}

/** The application menu: platform roles plus Clientbook's own commands. */
export function buildMenuTemplate({ platform, isPackaged, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, payload: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand(payload),
  });
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: menuLabels.file,
      submenu: [
        command(menuLabels.newClient, { command: 'newClient' }, 'CmdOrCtrl+N'),
        command(menuLabels.backupNow, { command: 'backupNow' }),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
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
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}

/** Installs the application menu; commands go to `onCommand`. */
export function setupMenu(onCommand: (command: MenuCommand) => void, platform: NodeJS.Platform, isPackaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform, isPackaged, onCommand })));
}
