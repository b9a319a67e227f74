import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ClientsPage } from './pages/clients-page';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

test('renaming a tier in Settings renames its badges across the app', async ({ app }, testInfo) => {
  const { page } = app;
  const shell = new AppShell(page);
  await shell.expectScreen('Dashboard');
  await shell.open('Settings');

  const firm = page.getByRole('form', { name: 'Firm' });
  const tierA = firm.getByLabel('Name for tier A');
  await expect(tierA).toHaveValue('Tier A');

  // A mistake is caught before anything is sent, beside its field.
  await tierA.fill('   ');
  await firm.getByRole('button', { name: 'Save' }).click();
  await expect(firm.getByText('Name for tier A is required.')).toBeVisible();
  await expect(tierA).toBeFocused();

  // Keyboard only: type the new name and press Enter to save.
  await tierA.fill('Platinum');
  await tierA.press('Enter');
  await expect(shell.notice()).toHaveText('Settings saved.');
  await expect(firm.getByText('Name for tier A is required.')).toBeHidden();
  await saveScreen(page, testInfo, 'settings');

  await shell.chooseCurrentUser((await page.getByLabel('You are').locator('option').nth(1).textContent())!);
  await shell.open('Clients');
  await page.getByRole('button', { name: 'All clients' }).click();
  const clients = new ClientsPage(page);
  await clients.expectLoaded();
  await expect(clients.table.locator('.badge--tier-a').first()).toHaveText('Platinum');
  await expect(clients.table.getByText('Tier A', { exact: true })).toHaveCount(0);

  // The name is kept: it is still there after a reload.
  await page.reload();
  await shell.open('Settings');
  await expect(page.getByRole('form', { name: 'Firm' }).getByLabel('Name for tier A')).toHaveValue('Platinum');
});
