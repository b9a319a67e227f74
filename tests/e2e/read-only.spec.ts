import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type ClientbookApp } from './fixtures';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

const snapshotFile = (dataDir: string) => path.join(dataDir, 'clientbook.json');

/** Cuts the data file short, as a crash or a full disk would: the trailer and its checksum are gone. */
async function cutDataFile(app: ClientbookApp): Promise<void> {
  await app.restart(async () => {
    const text = await readFile(snapshotFile(app.dataDir), 'utf8');
    await writeFile(snapshotFile(app.dataDir), text.slice(0, Math.floor(text.length / 2)));
  });
}

test('a damaged data file is quarantined and the book recovered from the intact files; using it carries on', async ({ app }, testInfo) => {
  await new AppShell(app.page).expectScreen('Dashboard');
  await cutDataFile(app);

  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Clientbook found damage and recovered your book' })).toBeVisible();
  await expect(page.getByText('The main data file is damaged', { exact: false })).toBeVisible();
  await expect(page.getByText(/^Recovered everything up to .*: 1\d\d households\.$/)).toBeVisible();
  await expect(page.getByText(/^Read from the backup of /)).toBeVisible();
  await expect(page.getByText('Nothing was lost: every saved change was read back.')).toBeVisible();
  await expect(page.getByText(/moved to the quarantine folder/)).toBeVisible();
  await expect(page.locator('.file-list li')).not.toHaveCount(0);
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText('Read-only');
  await saveScreen(page, testInfo, 'read-only-recovered');

  await page.getByRole('button', { name: 'Use the recovered book' }).click();
  const shell = new AppShell(page);
  await shell.expectScreen('Dashboard');
  // The demo firm has about 150 households; archived ones are not counted.
  await expect(page.locator('.stat__value').first()).toHaveText(/^1\d\d$/);
  await expect(shell.statusBar).toContainText('Ready');
});

test('after damage, a verified backup can be restored instead of the recovered book', async ({ app }, testInfo) => {
  await new AppShell(app.page).expectScreen('Dashboard');
  await cutDataFile(app);

  const { page } = app;
  const backups = page.getByRole('table', { name: 'Backups' });
  await expect(backups).toContainText('Verified');
  await backups
    .getByRole('button', { name: /^Restore this backup from/ })
    .first()
    .click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('The damaged files stay in the quarantine folder');
  await saveScreen(page, testInfo, 'read-only-restore-confirm');
  await confirm.getByRole('button', { name: 'Restore' }).click();

  const shell = new AppShell(page);
  await shell.expectScreen('Dashboard');
  await expect(page.locator('.stat__value').first()).toHaveText(/^1\d\d$/);
  await expect(shell.statusBar).toContainText('Ready');
});

test('data saved by a newer version is refused and left as it was', async ({ app }, testInfo) => {
  await new AppShell(app.page).expectScreen('Dashboard');
  let before = '';
  await app.restart(async () => {
    // Only the version differs, and by far: this app must not touch the file.
    const text = await readFile(snapshotFile(app.dataDir), 'utf8');
    before = text.replace(/"schemaVersion":\d+,/, '"schemaVersion":99,');
    await writeFile(snapshotFile(app.dataDir), before);
  });

  const { page } = app;
  await expect(page.getByRole('heading', { name: 'This data needs a newer Clientbook' })).toBeVisible();
  await expect(page.getByText('Your file was not changed.')).toBeVisible();
  await expect(page.getByText(/^Data format 99; this version reads up to format \d+\.$/)).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await saveScreen(page, testInfo, 'read-only-newer-version');
  expect(await readFile(snapshotFile(app.dataDir), 'utf8')).toBe(before);
});
