import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { ClientPageObject } from './pages/client-page';
import { addFirstHousehold } from './pages/first-household';
import { saveScreen } from './save-screen';

test.describe('client page, from an empty book', () => {
  test.use({ setup: 'empty' });

  test('people, products, a logged call, field errors, and marking the household former', async ({ app }) => {
    const page = app.page;
    const clientId = await addFirstHousehold(page);

    const client = new ClientPageObject(page);
    await client.open(clientId, 'Castellanos Household');
    await expect(client.lastContact).toHaveText('No contact yet');

    // A bad email is shown beside its field and nothing is saved.
    const personForm = await client.addPerson({ name: 'Maria Castellanos', relationship: 'Primary', email: 'maria@', primary: true });
    await expect(client.error(personForm, 'Email')).toHaveText('Email must be an email address like name@example.com.');
    await expect(personForm.getByLabel('Email')).toBeFocused();
    await personForm.getByLabel('Email').fill('maria@castellanos.example');
    await personForm.getByRole('button', { name: 'Add person' }).click();
    await expect(client.people.getByRole('listitem', { name: 'Maria Castellanos' })).toContainText('Primary contact');
    await client.addPerson({ name: 'Luis Castellanos', relationship: 'Spouse or partner', phone: '+1 555-0199' });
    await expect(client.people.getByRole('listitem', { name: 'Luis Castellanos' })).toContainText('+1 555-0199');

    // A negative value is refused beside its field.
    const productForm = await client.addProduct({
      kind: 'Retirement account',
      name: 'Rollover IRA',
      provider: 'Vanguard',
      account: '7700 1234 4821',
      value: '-5',
    });
    await expect(client.error(productForm, 'Value')).toHaveText('Value cannot be negative.');
    await productForm.getByLabel('Value', { exact: true }).fill('850,000');
    await productForm.getByLabel('Annual fee').fill('8,500');
    await productForm.getByRole('button', { name: 'Add product' }).click();
    await expect(client.holdingsTable).toContainText('•••• 4821');
    await expect(client.holdingsTable).not.toContainText('7700 1234');
    await client.addProduct({ kind: 'Financial plan', name: 'Retirement plan', value: '0', fee: '2,400' });
    await expect(client.holdingsTable.locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('total-assets')).toHaveText('$850,000');
    await expect(page.getByTestId('total-revenue')).toHaveText('$10,900');

    // Log a call: it appears at the top and "last contact" says today.
    await client.logForm.getByLabel('Kind').selectOption({ label: 'Call' });
    await client.logForm.getByLabel('Staff').selectOption({ label: 'Dana Whitfield' });
    await client.logForm.getByLabel('Minutes').fill('20');
    await client.logForm.getByRole('checkbox', { name: 'Maria Castellanos' }).check();
    await client.logForm.getByLabel('Summary').fill('Talked through the IRA rollover paperwork.');
    await client.logForm.getByRole('button', { name: 'Log interaction' }).click();
    await expect(client.timelineItems().first()).toContainText('Talked through the IRA rollover paperwork.');
    await expect(client.timelineItems().first()).toContainText('with Maria Castellanos');
    await expect(client.lastContact).toHaveText('today');

    // Mark it former with a reason.
    await client.header.getByRole('button', { name: 'Mark as former' }).click();
    const former = client.form(/^Mark Castellanos Household as former/);
    await former.getByLabel('Reason').selectOption({ label: 'Fees' });
    await former.getByLabel('Recorded by').selectOption({ label: 'Dana Whitfield' });
    await former.getByLabel('What happened').fill('Moved to a lower-cost platform.');
    await former.getByRole('button', { name: 'Mark as former' }).click();
    await expect(client.header).toContainText('Former');
    await expect(client.header).toContainText('Reason: Fees.');
    await expect(client.header.getByRole('button', { name: 'Mark as former' })).toHaveCount(0);
  });
});

test.describe('client page, demo firm', () => {
  test.use({ setup: 'demo' });

  test('a tier A household, for the screenshot', async ({ app }, testInfo) => {
    const page = app.page;
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible({ timeout: 30_000 });
    const rows = await callApi(page, 'clients:list', { tier: 'A', status: 'active' });
    const pick = [...rows].sort((a, b) => b.peopleCount - a.peopleCount || b.assets.amountMinor - a.assets.amountMinor)[0];
    expect(pick).toBeDefined();
    // Be the household's manager at this workstation, as someone using it all day would be.
    await page.evaluate(
      ({ key, id }) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(key, id),
      // `currentUserStorageKey` in renderer/app/current-user.tsx.
      { key: 'clientbook.currentUser', id: pick!.primaryManagerId },
    );
    await page.reload();
    const client = new ClientPageObject(page);
    await client.open(pick!.id, pick!.name);
    await expect(client.timelineItems().first()).toBeVisible();
    await expect(client.logForm.getByLabel('Staff')).toHaveValue(pick!.primaryManagerId);
    // The screen scrolls inside the window; make the window tall enough to show the whole page.
    await page.setViewportSize({ width: 1366, height: 2400 });
    await saveScreen(page, testInfo, 'client-page');

    await client.holdingsTable
      .getByRole('button', { name: /^History of the value of / })
      .first()
      .click();
    await expect(page.getByRole('table', { name: /^Value history of / })).toBeVisible();
  });
});
