import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

const snapshotFile = (dataDir: string) => path.join(dataDir, 'clientbook.json');

test('a damaged data file is quarantined; restoring a verified backup brings the book back', async ({ app }, testInfo) => {
  await new AppShell(app.page).expectScreen('Dashboard');
  await app.restart(async () => {
    // Cut the file short, as a crash or a full disk would: the trailer and its checksum are gone.
    const text = await readFile(snapshotFile(app.dataDir), 'utf8');
    await writeFile(snapshotFile(app.dataDir), text.slice(0, Math.floor(text.length / 2)));
  });

  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Clientbook could not read its data file' })).toBeVisible();
  await expect(page.getByText(/moved to the quarantine folder/)).toBeVisible();
  await expect(page.locator('.file-list li')).not.toHaveCount(0);
  const backups = page.getByRole('table', { name: 'Backups' });
  await expect(backups).toContainText('Verified');
  await expect(backups).toContainText('Recommended');
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Read-only');
  await saveScreen(page, testInfo, 'read-only-corrupt');

  await backups
    .getByRole('button', { name: /^Restore the backup from/ })
    .first()
    .click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('The damaged files stay in the quarantine folder');
  await saveScreen(page, testInfo, 'read-only-restore-confirm');
  await confirm.getByRole('button', { name: 'Restore' }).click();

  const shell = new AppShell(page);
  await shell.expectScreen('Dashboard');
  // The demo firm has about 150 households; archived ones are not counted.
  await expect(page.locator('.stat__value').first()).toHaveText(/^1\d\d$/);
  await expect(shell.statusBar).toContainText('Ready');
});

test('data saved by a newer version is refused and left as it was', async ({ app }, testInfo) => {
  await new AppShell(app.page).expectScreen('Dashboard');
  let before = '';
  await app.restart(async () => {
    // Same length, so only the version differs: this app must not touch the file.
    const text = await readFile(snapshotFile(app.dataDir), 'utf8');
    before = text.replace(/"schemaVersion":\d,/, '"schemaVersion":9,');
    await writeFile(snapshotFile(app.dataDir), before);
  });

  const { page } = app;
  await expect(page.getByRole('heading', { name: 'This data needs a newer Clientbook' })).toBeVisible();
  await expect(page.getByText('Your file was not changed.')).toBeVisible();
  await expect(page.getByText(/^Data format 9; this version reads up to format \d\.$/)).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await saveScreen(page, testInfo, 'read-only-newer-version');
  expect(await readFile(snapshotFile(app.dataDir), 'utf8')).toBe(before);
});
