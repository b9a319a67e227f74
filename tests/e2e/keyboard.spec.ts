import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ClientsPage } from './pages/clients-page';

test.use({ setup: 'demo' });

test('keyboard: Alt+digits switch sections, / searches, arrows move, N opens the form', async ({ app }) => {
  const shell = new AppShell(app.page);
  const { keyboard } = app.page;
  await shell.expectScreen('Dashboard');

  await keyboard.press('Alt+2');
  await shell.expectScreen('Clients');
  const clients = new ClientsPage(app.page);
  await clients.expectLoaded();

  // "/" opens the app's search box here as on every screen (search.spec.ts); Escape gives the screen back.
  await keyboard.press('/');
  await expect(app.page.getByRole('combobox', { name: 'Search clients or go to a screen' })).toBeFocused();
  await keyboard.press('Escape');
  await expect(app.page.getByRole('dialog')).toHaveCount(0);

  // Tab from the search box through the filters to the first row, then walk with the arrows.
  await clients.rows.first().focus();
  await expect(clients.rows.first()).toHaveAttribute('aria-selected', 'true');
  await keyboard.press('ArrowDown');
  await keyboard.press('ArrowDown');
  await expect(clients.rows.nth(2)).toBeFocused();
  await expect(clients.rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await keyboard.press('End');
  await expect(clients.rows.last()).toBeFocused();

  // Sort by AUM with the keyboard: the header button takes Enter.
  await app.page.getByRole('button', { name: /^AUM/ }).focus();
  await keyboard.press('Enter');
  await expect(app.page.getByRole('columnheader', { name: /AUM/ })).toHaveAttribute('aria-sort', 'ascending');

  await keyboard.press('n');
  await shell.expectScreen('New client');
  await expect(app.page.getByRole('form', { name: 'New client' }).getByLabel('Name', { exact: true })).toBeFocused();
  await keyboard.press('Escape');
  await shell.expectScreen('Clients');

  await keyboard.press('Alt+7');
  await shell.expectScreen('Team');
  await keyboard.press('Alt+8');
  await shell.expectScreen('Settings');
  await keyboard.press('Alt+1');
  await shell.expectScreen('Dashboard');

  // After a reload (the access token is kept for this tab), the skip link is the first stop
  // and moves focus to the screen.
  await app.page.reload();
  await shell.expectScreen('Dashboard');
  await keyboard.press('Tab');
  const skip = app.page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await keyboard.press('Enter');
  await expect(app.page.locator('#main-content')).toBeFocused();
});

test('keyboard: leaving Clients straight after typing a search stays on the screen chosen', async ({ app }) => {
  const shell = new AppShell(app.page);
  const { keyboard } = app.page;
  await shell.expectScreen('Dashboard');
  for (const [key, screen] of [
    ['Alt+7', 'Team'],
    ['Alt+3', 'My day'],
  ] as const) {
    await keyboard.press('Alt+2');
    await shell.expectScreen('Clients');
    const clients = new ClientsPage(app.page);
    await clients.search.fill('');
    await clients.search.pressSequentially('hou');
    // Within the pause after which the search is written to the address.
    await keyboard.press(key);
    await shell.expectScreen(screen);
    await app.page.waitForTimeout(800);
    await shell.expectScreen(screen);
    expect(new URL(app.page.url()).hash).not.toContain('clients');
  }
});
