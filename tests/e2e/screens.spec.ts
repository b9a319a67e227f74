import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ClientsPage } from './pages/clients-page';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

test('every screen of the demo firm renders (screenshots for review)', async ({ app }, testInfo) => {
  const shell = new AppShell(app.page);
  await shell.expectScreen('Dashboard');
  await expect(app.page.locator('.stat__value').first()).toHaveText(/^1\d\d$/);
  await saveScreen(app.page, testInfo, 'dashboard');

  // Someone is at the workstation: the prompt goes, and the whole book is shown.
  await shell.chooseCurrentUser((await app.page.getByLabel('You are').locator('option').nth(1).textContent())!);
  await shell.open('Clients');
  await app.page.getByRole('button', { name: 'All clients' }).click();
  await new ClientsPage(app.page).expectLoaded();
  await saveScreen(app.page, testInfo, 'clients');

  await new ClientsPage(app.page).newClientButton.click();
  await shell.expectScreen('New client');
  await saveScreen(app.page, testInfo, 'new-client');

  await shell.open('Team');
  await expect(app.page.getByRole('table', { name: 'Team members' }).locator('tbody tr').first()).toBeVisible();
  await expect(app.page.getByRole('table', { name: 'Team members' }).locator('tfoot')).toBeVisible();
  await saveScreen(app.page, testInfo, 'team');

  await shell.open('Settings');
  await expect(app.page.getByRole('table', { name: 'Backups' })).toContainText('Verified');
  await saveScreen(app.page, testInfo, 'settings');
});

test('the work screens of the demo firm render (screenshots for review)', async ({ app }, testInfo) => {
  const shell = new AppShell(app.page);
  await shell.chooseCurrentUser((await app.page.getByLabel('You are').locator('option').nth(1).textContent())!);
  await shell.open('Dashboard');
  await expect(app.page.getByRole('region', { name: 'Your work' })).toBeVisible();
  await saveScreen(app.page, testInfo, 'dashboard-with-user');

  await shell.open('Tasks');
  await expect(app.page.getByRole('region', { name: /^Overdue/ })).toBeVisible();
  await saveScreen(app.page, testInfo, 'my-day');
  await app.page.getByRole('link', { name: 'Team tasks' }).click();
  await expect(app.page.getByRole('table').first()).toBeVisible();
  await saveScreen(app.page, testInfo, 'team-tasks');
  await shell.open('Tasks');
  await app.page.getByRole('link', { name: 'Print my day' }).click();
  await expect(app.page.getByRole('button', { name: /^Print/ })).toBeVisible();
  await saveScreen(app.page, testInfo, 'print-my-day');
  await app.page.emulateMedia({ media: 'print' });
  await saveScreen(app.page, testInfo, 'print-my-day-paper');
  await app.page.emulateMedia({ media: 'screen' });

  await shell.open('Requests');
  await expect(app.page.getByRole('group', { name: 'Requests by status' })).toBeVisible();
  await saveScreen(app.page, testInfo, 'requests-board');
  await app.page
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  await expect(app.page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await saveScreen(app.page, testInfo, 'request-detail');

  await shell.open('Settings');
  await app.page.getByRole('link', { name: 'Manage workflow templates' }).click();
  await shell.expectScreen('Workflows');
  await saveScreen(app.page, testInfo, 'workflow-templates');
});
