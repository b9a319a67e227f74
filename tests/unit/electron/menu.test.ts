import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setMainLanguage } from '../../../electron/main/i18n';
import { buildMenuTemplate, setupMenu, setupMenuInReadersLanguage } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../shared/bridge';
import { ipcMain, Menu, resetFakeElectron } from './fake-electron';
import { recordingLogger } from './fakes';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());
afterEach(() => setMainLanguage('en'));

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isPackaged = true) {
  const onCommand = vi.fn<(command: MenuCommand) => void>();
  const help = { openDataFolder: vi.fn(), openLogsFolder: vi.fn(), copyDiagnostics: vi.fn() };
  const all = items(buildMenuTemplate({ platform, isPackaged, onCommand, help }));
  const byLabel = (label: string): MenuItemConstructorOptions => {
    const found = all.find((item) => item.label === label);
    if (!found) throw new Error(`no menu item ${label}`);
    return found;
  };
  const click = (label: string): void => (byLabel(label).click as () => void)();
  return { all, byLabel, click, onCommand, help, roles: all.map((item) => item.role).filter(Boolean) };
}

describe('application menu', () => {
  it('has the standard menus', () => {
    const { roles, byLabel } = build('linux');
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'quit', 'about', 'togglefullscreen']));
    expect(roles).not.toContain('appMenu');
    expect(byLabel('File').submenu).toBeDefined();
    expect(byLabel('View').submenu).toBeDefined();
  });

  it('on macOS adds the app menu and closes rather than quits from File', () => {
    const { roles, byLabel } = build('darwin');
    expect(roles).toContain('appMenu');
    const file = (byLabel('File').submenu as MenuItemConstructorOptions[]).map((item) => item.role).filter(Boolean);
    expect(file).toContain('close');
    expect(file).not.toContain('quit');
  });

  it('File → New Client and Back Up Now send their commands', () => {
    const { byLabel, click, onCommand } = build('win32');
    expect(byLabel('New Client').accelerator).toBe('CmdOrCtrl+N');
    click('New Client');
    click('Back Up Now');
    expect(onCommand.mock.calls).toEqual([[{ command: 'newClient' }], [{ command: 'backupNow' }]]);
  });

  it.each([
    ['Dashboard', 'CmdOrCtrl+1', '/'],
    ['Clients', 'CmdOrCtrl+2', '/clients'],
    ['Tasks', 'CmdOrCtrl+3', '/tasks'],
    ['Service Requests', 'CmdOrCtrl+4', '/requests'],
    ['Satisfaction', 'CmdOrCtrl+5', '/satisfaction'],
    ['Reviews', 'CmdOrCtrl+6', '/reviews'],
    ['Team', 'CmdOrCtrl+7', '/team'],
    ['Settings', 'CmdOrCtrl+8', '/settings'],
  ])('View → %s (%s) navigates to %s', (label, accelerator, to) => {
    const { byLabel, click, onCommand } = build('linux');
    expect(byLabel(label).accelerator).toBe(accelerator);
    click(label);
    expect(onCommand).toHaveBeenCalledWith({ command: 'navigate', to });
  });

  it.each(['darwin', 'win32'] as const)('on %s: Settings with CmdOrCtrl+comma, Find and Print send their commands', (platform) => {
    const { byLabel, click, onCommand } = build(platform);
    expect(byLabel('Settings…').accelerator).toBe('CmdOrCtrl+,');
    expect(byLabel('Find…').accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel('Print…').accelerator).toBe('CmdOrCtrl+P');
    click('Settings…');
    click('Find…');
    click('Print…');
    expect(onCommand.mock.calls).toEqual([[{ command: 'navigate', to: '/settings' }], [{ command: 'search' }], [{ command: 'print' }]]);
  });

  it('keeps Settings where each platform looks for it: the app menu on macOS, File elsewhere', () => {
    const inMenu = (platform: NodeJS.Platform, role: 'appMenu' | 'file') => {
      const template = buildMenuTemplate({
        platform,
        isPackaged: true,
        onCommand: vi.fn(),
        help: { openDataFolder: vi.fn(), openLogsFolder: vi.fn(), copyDiagnostics: vi.fn() },
      });
      const menu = template.find((item) => (role === 'file' ? item.label === 'File' : item.role === role));
      return (menu?.submenu as MenuItemConstructorOptions[] | undefined)?.some((item) => item.label === 'Settings…') ?? false;
    };
    expect(inMenu('darwin', 'appMenu')).toBe(true);
    expect(inMenu('darwin', 'file')).toBe(false);
    expect(inMenu('win32', 'file')).toBe(true);
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'on %s Help is never empty: the data and logs folders and the diagnostic summary',
    (platform) => {
      const { byLabel, click, help } = build(platform);
      const helpMenu = build(platform).all.find((item) => item.role === 'help')!;
      expect((helpMenu.submenu as MenuItemConstructorOptions[]).length).toBeGreaterThan(0);
      expect(byLabel('Open Data Folder')).toBeDefined();
      click('Open Data Folder');
      click('Open Logs Folder');
      click('Copy Diagnostic Summary');
      expect(help.openDataFolder).toHaveBeenCalledOnce();
      expect(help.openLogsFolder).toHaveBeenCalledOnce();
      expect(help.copyDiagnostics).toHaveBeenCalledOnce();
    },
  );

  it('offers reload and developer tools only in developer runs', () => {
    expect(build('linux', true).roles).not.toContain('toggleDevTools');
    expect(build('linux', false).roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('uses no accelerator twice', () => {
    const accelerators = build('linux', false)
      .all.map((item) => item.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('setupMenu installs the built menu', () => {
    setupMenu({
      platform: 'linux',
      isPackaged: true,
      onCommand: vi.fn(),
      help: { openDataFolder: vi.fn(), openLogsFolder: vi.fn(), copyDiagnostics: vi.fn() },
    });
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value);
  });
});

describe('the menu in the reader’s language', () => {
  /** The labels of the menu installed last. */
  const installedLabels = (): unknown[] => {
    const template = Menu.setApplicationMenu.mock.lastCall?.[0] as { template: MenuItemConstructorOptions[] } | undefined;
    return items(template?.template ?? []).map((item) => item.label);
  };
  const appFrame = { url: 'app://clientbook/index.html', parent: null };
  const fromTheWindow = { sender: { mainFrame: appFrame }, senderFrame: appFrame };

  it('is built again when the window says its reader chose another language, and only then', () => {
    setupMenuInReadersLanguage(
      {
        platform: 'win32',
        isPackaged: true,
        onCommand: vi.fn(),
        help: { openDataFolder: vi.fn(), openLogsFolder: vi.fn(), copyDiagnostics: vi.fn() },
      },
      recordingLogger(),
    );
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(installedLabels()).toEqual(expect.arrayContaining(['File', 'Settings', 'Cut', 'Exit']));

    const [, onLanguage] = ipcMain.on.mock.calls[0] as [string, (event: unknown, language: unknown) => void];
    onLanguage(fromTheWindow, 'hi');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(installedLabels()).toEqual(expect.arrayContaining(['फ़ाइल', 'सेटिंग्स', 'काटें', 'बाहर निकलें']));
    expect(installedLabels()).not.toContain('File');

    onLanguage(fromTheWindow, 'hi');
    onLanguage(fromTheWindow, 'fr');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
  });
});
