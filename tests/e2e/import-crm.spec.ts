import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

test('a CRM contacts-and-accounts export comes in at once: people once, relationships and account types kept, a missing advisor added from the dry run', async ({
  app,
}, testInfo) => {
  const page = app.page;
  const shell = new AppShell(page);
  const managers = (await callApi(page, 'team:list', {})).filter((member) => member.active && member.role === 'account_manager');
  // Two of the file's advisors are on the demo team under other names; Dana Whitfield is not on it at all.
  const csv = (await readFile('tests/fixtures/crm-contacts-accounts.csv', 'utf8'))
    .replaceAll('Ann Lee', managers[0]!.name)
    .replaceAll('Ben Ortiz', managers[1]!.name);

  await shell.open('Clients');
  await page.getByRole('link', { name: 'Import…' }).click();
  await page.getByRole('radio', { name: /Contacts and accounts/ }).check();
  await page.getByLabel('CSV file').setInputFiles({ name: 'redtail-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Next: match the columns' }).click();

  const mapping = page.getByRole('table', { name: 'Columns in the file' });
  await expect(mapping.getByLabel('Import “Servicing Advisor” as')).toHaveValue('manager');
  await expect(mapping.getByLabel('Import “Account Type” as')).toHaveValue('kind');
  await expect(page.getByText('The dates in the file are written month first.')).toBeVisible();
  await saveScreen(page, testInfo, 'import-crm-mapping');
  await page.getByRole('button', { name: 'Next: check the file' }).click();

  await expect(page.getByText(/12 rows read/)).toBeVisible();
  const missing = page.getByRole('region', { name: '1 person named in the file is not on your team' });
  await saveScreen(page, testInfo, 'import-crm-dry-run');
  const dana = missing.getByRole('form', { name: /^Dana Whitfield/ });
  await dana.getByLabel(/Email/).fill('dana.whitfield@example.com');
  await dana.getByRole('button', { name: 'Add Dana Whitfield to the team' }).click();
  await expect(page.getByText(/3 will be created/)).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: /redtail-export\.csv is imported/ })).toBeVisible();

  const [hartleyId] = await callApi(page, 'clients:match', { search: 'Hartley Household' });
  const hartley = await callApi(page, 'clients:get', { id: hartleyId! });
  // Robert and Linda are on two rows each, and are one person each.
  expect(hartley.people.map((person) => `${person.name} (${person.relationship})`).sort()).toEqual([
    'Emma Hartley (child)',
    'Linda Hartley (spouse_partner)',
    'Margaret Okoye (trustee)',
    'Robert Hartley (primary)',
  ]);
  // Each account is a product of the kind its type names, named after the type and its owner.
  const products = Object.fromEntries(hartley.holdings.map((holding) => [holding.name, holding.kind]));
  expect(products).toMatchObject({
    'Roth IRA (Robert Hartley)': 'retirement_account',
    'Traditional IRA (Linda Hartley)': 'retirement_account',
    '401(k) (Linda Hartley)': 'retirement_account',
    'Variable Annuity (Margaret Okoye)': 'insurance_policy',
  });
  expect(hartley.holdings.filter((holding) => holding.kind === 'other')).toEqual([]);

  // The household's page, reached by search: no review years overdue.
  await page.keyboard.press('/');
  await page.keyboard.type('hartley');
  await page
    .getByRole('option', { name: /Hartley Household/ })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hartley Household');
  await expect(page.getByText(/Review overdue by/)).toHaveCount(0);
  await saveScreen(page, testInfo, 'import-crm-client-page');
});
