import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { backupFileExtension } from '../../shared/bridge';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

test('import households from a Windows-1252, semicolon CSV: map the columns, check, import the good rows, then undo', async ({
  app,
}, testInfo) => {
  const page = app.page;
  const shell = new AppShell(page);
  const team = await callApi(page, 'team:list', {});
  const manager = team.find((member) => member.active && member.role === 'account_manager')!;
  // A household already in the book, to be offered as a duplicate.
  const [existing] = await callApi(page, 'clients:list', { status: 'active' });

  // As an old CRM exports it: semicolons, Windows-1252 (é, ü), day-first dates that could read either way, one bad email.
  const csv = [
    'Household;First Name;Last Name;Email;Phone;Advisor;Client Since',
    `Dupré Family;Amélie;Dupré;amelie.dupre@example.com;+1 555-0101;${manager.name};03/04/2015`,
    `Dupré Family;Jürgen;Dupré;jurgen.dupre@example.com;;${manager.name};03/04/2015`,
    `Zyxwell Household;Chidi;Zyxwell;not-an-email;+1 555-0102;${manager.name};05/06/2019`,
    `${existing!.name};Sam;Someone;sam.someone@example.com;;${manager.name};01/02/2010`,
  ].join('\r\n');

  await shell.open('Clients');
  await page.getByRole('link', { name: 'Import…' }).click();
  await expect(page.getByRole('heading', { name: /Choose the file/ })).toBeVisible();
  await page.getByLabel('Households and their people').check();
  await page.getByLabel('CSV file').setInputFiles({ name: 'old-crm.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
  await page.getByRole('button', { name: 'Next: match the columns' }).click();

  // The columns map themselves from their names; the dates need a decision.
  const mapping = page.getByRole('table', { name: 'Columns in the file' });
  await expect(mapping.getByLabel('Import “Household” as')).toHaveValue('householdName');
  await expect(mapping.getByLabel('Import “First Name” as')).toHaveValue('firstName');
  await expect(mapping.getByLabel('Import “Advisor” as')).toHaveValue('manager');
  await expect(mapping).toContainText('Amélie');
  await page.getByLabel('3 April (day first)').check();
  await saveScreen(page, testInfo, 'import-mapping');
  await page.getByRole('button', { name: 'Next: check the file' }).click();

  // The dry run: what would happen, the bad row by number, the duplicate for a decision.
  await expect(page.getByText(/4 rows read: 1 will be created/)).toBeVisible();
  const errors = page.getByRole('table').filter({ hasText: 'Problem' });
  await expect(
    errors
      .getByRole('row')
      .filter({ hasText: 'not-an-email' })
      .or(errors.getByRole('row').filter({ hasText: /^4/ })),
  ).toHaveCount(1);
  await expect(page.getByText('1 household already in the book')).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await page.getByLabel(/Import only the good rows/).check();
  await saveScreen(page, testInfo, 'import-preview');
  await importButton.click();

  await expect(page.getByRole('heading', { name: /old-crm\.csv is imported/ })).toBeVisible();
  const dupre = await callApi(page, 'clients:match', { search: 'Dupré' });
  expect(dupre).toHaveLength(1);
  const detail = await callApi(page, 'clients:get', { id: dupre[0]! });
  expect(detail.people.map((person) => person.name).sort()).toEqual(['Amélie Dupré', 'Jürgen Dupré']);
  expect(detail.client.clientSince).toBe('2015-04-03');
  expect(await callApi(page, 'clients:match', { search: 'Zyxwell' })).toHaveLength(0);
  await saveScreen(page, testInfo, 'import-done');

  // Undo puts the book back as it was.
  await page.getByRole('button', { name: 'Undo import' }).click();
  await page.getByRole('button', { name: 'Undo import' }).last().click();
  await expect(page.getByRole('heading', { name: 'The import was undone' })).toBeVisible();
  expect(await callApi(page, 'clients:match', { search: 'Dupré' })).toHaveLength(0);
});

test('Settings → Data: export the whole book and copy a backup to a folder of your own', async ({ app }, testInfo) => {
  const page = app.page;
  await new AppShell(page).open('Settings');
  const exportForm = page.getByRole('form', { name: 'Export' });
  await exportForm.scrollIntoViewIfNeeded();
  const target = testInfo.outputPath('exports');
  await exportForm.getByLabel('Export to folder').fill(target);
  await exportForm.getByRole('button', { name: 'Export the whole book' }).click();
  const written = page.getByRole('list', { name: 'Files written' });
  await expect(written).toContainText('households.csv');
  await saveScreen(page, testInfo, 'settings-data');

  const [folder] = await readdir(target);
  const files = await readdir(path.join(target, folder!));
  expect(files.sort()).toEqual(
    ['clientbook-export.json', 'households.csv', 'interactions.csv', 'people.csv', 'products.csv', 'surveys.csv', 'tasks.csv'].sort(),
  );
  // UTF-8 with a byte order mark, so Excel reads names like "Dupré" correctly.
  const households = await readFile(path.join(target, folder!, 'households.csv'));
  expect([...households.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const exported = JSON.parse(await readFile(path.join(target, folder!, 'clientbook-export.json'), 'utf8')) as {
    collections: Record<string, unknown[]>;
  };
  const everyClient = await callApi(page, 'clients:list', { includeArchived: true });
  expect(exported.collections.clients).toHaveLength(everyClient.length);

  const copyForm = page.getByRole('form', { name: 'Back up now to…' });
  const usb = testInfo.outputPath('usb');
  await copyForm.getByLabel('Folder to copy the backup to').fill(usb);
  await copyForm.getByRole('button', { name: 'Back up and copy' }).click();
  await expect(new AppShell(page).notice()).toContainText('Backup copied to');
  // A copy of its own carries Clientbook's backup extension, which opens Restore when double-clicked.
  expect((await readdir(usb)).filter((name) => name.endsWith(backupFileExtension))).toHaveLength(1);
  expect((await readdir(usb)).filter((name) => name.endsWith('-audit.jsonl'))).toHaveLength(1);
});
