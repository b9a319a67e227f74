import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { callApi } from './pages/api';
import { ClientPageObject } from './pages/client-page';
import { addFirstHousehold } from './pages/first-household';
import { saveScreen } from './save-screen';

test.describe('activity: the audit trail', () => {
  test.use({ setup: 'empty' });

  test('every change is listed with who and when, per household and firm-wide, and an edited entry is found', async ({ app }, testInfo) => {
    const page = app.page;
    const shell = new AppShell(page);
    const clientId = await addFirstHousehold(page);
    // From here on, changes carry the name of whoever chose "You are" at this workstation.
    await page.getByLabel('You are').first().selectOption({ label: 'Dana Whitfield' });
    const client = new ClientPageObject(page);
    await client.open(clientId, 'Castellanos Household');
    await client.addPerson({ name: 'Maria Castellanos', relationship: 'Primary', email: 'maria@castellanos.example', primary: true });
    await expect(client.people.getByRole('listitem', { name: 'Maria Castellanos' })).toBeVisible();

    // The household's own activity, newest first.
    const section = page.getByRole('region', { name: 'Activity' });
    const sectionRows = section.getByRole('row');
    await expect(sectionRows.nth(1)).toContainText('Created a person in Castellanos Household');
    await expect(sectionRows.nth(1)).toContainText('Dana Whitfield');
    await expect(sectionRows.nth(2)).toContainText('Created the household Castellanos Household');
    await expect(sectionRows.nth(2)).not.toContainText('Dana Whitfield');
    await section.scrollIntoViewIfNeeded();
    await saveScreen(page, testInfo, 'activity-client-section');

    // Firm-wide, from the keyboard (Alt+9): the team member too, with the computer account that made it.
    await page.keyboard.press('Alt+9');
    await shell.expectScreen('Activity');
    const table = page.getByRole('table', { name: /activity/i });
    await expect(table).toContainText('Added a team member');
    await expect(table.getByRole('link', { name: 'Castellanos Household' }).first()).toBeVisible();
    const entries = (await callApi(page, 'audit:list', {})).entries;
    expect(entries.length).toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: 'Check the trail' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'check out' })).toContainText(
      `All ${entries.length} entries check out: none was edited or removed.`,
    );
    await saveScreen(page, testInfo, 'activity-firm');

    // Someone edits an entry in the file: the check finds it, by number.
    const trail = path.join(app.dataDir, 'audit.jsonl');
    const lines = (await readFile(trail, 'utf8')).split('\n');
    lines[1] = lines[1]!.replace(/"at":"\d{4}/, '"at":"1999');
    await writeFile(trail, lines.join('\n'));
    await page.getByRole('button', { name: 'Check the trail' }).click();
    await expect(page.getByText('Entry 2 was changed after it was written.')).toBeVisible();
    await saveScreen(page, testInfo, 'activity-tampered');
  });
});
