import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, menuLabels, setupMenu } from '../../../electron/main/menu';
import type { MenuCommand } from '../../../shared/bridge';
import { Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

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
    expect(byLabel(menuLabels.file).submenu).toBeDefined();
    expect(byLabel(menuLabels.view).submenu).toBeDefined();
  });

  it('on macOS adds the app menu and closes rather than quits from File', () => {
    const { roles, byLabel } = build('darwin');
    expect(roles).toContain('appMenu');
    const file = (byLabel(menuLabels.file).submenu as MenuItemConstructorOptions[]).map((item) => item.role).filter(Boolean);
    expect(file).toContain('close');
    expect(file).not.toContain('quit');
  });

  it('File → New Client and Back Up Now send their commands', () => {
    const { byLabel, click, onCommand } = build('win32');
    expect(byLabel(menuLabels.newClient).accelerator).toBe('CmdOrCtrl+N');
    click(menuLabels.newClient);
    click(menuLabels.backupNow);
    expect(onCommand.mock.calls).toEqual([[{ command: 'newClient' }], [{ command: 'backupNow' }]]);
  });

  it.each([
    [menuLabels.dashboard, 'CmdOrCtrl+1', '/'],
    [menuLabels.clients, 'CmdOrCtrl+2', '/clients'],
    [menuLabels.tasks, 'CmdOrCtrl+3', '/tasks'],
    [menuLabels.requests, 'CmdOrCtrl+4', '/requests'],
    [menuLabels.satisfaction, 'CmdOrCtrl+5', '/satisfaction'],
    [menuLabels.reviews, 'CmdOrCtrl+6', '/reviews'],
    [menuLabels.team, 'CmdOrCtrl+7', '/team'],
    [menuLabels.settings, 'CmdOrCtrl+8', '/settings'],
  ])('View → %s (%s) navigates to %s', (label, accelerator, to) => {
    const { byLabel, click, onCommand } = build('linux');
    expect(byLabel(label).accelerator).toBe(accelerator);
    click(label);
    expect(onCommand).toHaveBeenCalledWith({ command: 'navigate', to });
  });

  it.each(['darwin', 'win32'] as const)('on %s: Settings with CmdOrCtrl+comma, Find and Print send their commands', (platform) => {
    const { byLabel, click, onCommand } = build(platform);
    expect(byLabel(menuLabels.preferences).accelerator).toBe('CmdOrCtrl+,');
    expect(byLabel(menuLabels.find).accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel(menuLabels.print).accelerator).toBe('CmdOrCtrl+P');
    click(menuLabels.preferences);
    click(menuLabels.find);
    click(menuLabels.print);
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
      const menu = template.find((item) => (role === 'file' ? item.label === menuLabels.file : item.role === role));
      return (menu?.submenu as MenuItemConstructorOptions[] | undefined)?.some((item) => item.label === menuLabels.preferences) ?? false;
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
      expect(byLabel(menuLabels.openDataFolder)).toBeDefined();
      click(menuLabels.openDataFolder);
      click(menuLabels.openLogsFolder);
      click(menuLabels.copyDiagnostics);
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
