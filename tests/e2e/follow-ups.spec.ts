import { localToday } from '../../shared/domain/local-day';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ClientPageObject } from './pages/client-page';
import { addFirstHousehold } from './pages/first-household';

test.use({ setup: 'empty' });

test('a call logged with "Follow up by" lands in My day, and T on the client page adds a task about that household', async ({ app }) => {
  const page = app.page;
  // Saving the new household opens its page.
  await addFirstHousehold(page);
  const client = new ClientPageObject(page);
  await expect(client.heading).toHaveText('Castellanos Household');
  const shell = new AppShell(page);
  await shell.chooseCurrentUser('Dana Whitfield');

  await client.logForm.getByLabel('Summary').fill('Wants the fee comparison before moving the IRA.');
  await client.logForm.getByLabel('Follow up by').fill(localToday());
  await client.logForm.getByRole('button', { name: 'Log interaction' }).click();
  const call = client.timelineItems().first();
  await expect(call).toContainText('Follow-up task for Dana Whitfield, due');
  await expect(call).toContainText('· Open');

  // T, on this page, starts a task about this household.
  await page.keyboard.press('t');
  const quickAdd = page.getByRole('dialog', { name: 'New task' });
  await expect(quickAdd.getByRole('combobox', { name: 'Client' })).toHaveValue('Castellanos Household');
  await quickAdd.getByLabel('Title').fill('Send the transfer form');
  await quickAdd.getByRole('button', { name: 'Add task' }).click();
  await expect(quickAdd).toBeHidden();

  await call.getByRole('link', { name: 'Open My day' }).click();
  await shell.expectScreen('My day');
  const today = page.getByRole('region', { name: /^Today/ });
  await expect(
    today.getByRole('listitem').filter({ hasText: 'Follow up with Castellanos Household: Wants the fee comparison' }),
  ).toContainText('Castellanos Household');
  await expect(today.getByRole('listitem').filter({ hasText: 'Send the transfer form' })).toContainText('Castellanos Household');
});
