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
  const all = items(buildMenuTemplate({ platform, isPackaged, onCommand }));
  const byLabel = (label: string): MenuItemConstructorOptions => {
    const found = all.find((item) => item.label === label);
    if (!found) throw new Error(`no menu item ${label}`);
    return found;
  };
  const click = (label: string): void => (byLabel(label).click as () => void)();
  return { all, byLabel, click, onCommand, roles: all.map((item) => item.role).filter(Boolean) };
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
    const { roles } = build('darwin');
    expect(roles).toContain('appMenu');
    expect(roles).toContain('close');
    expect(roles).not.toContain('quit');
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
    setupMenu(vi.fn(), 'linux', true);
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
