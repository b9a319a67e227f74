import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { localDayOf } from '../../shared/domain/local-day';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { ClientPageObject } from './pages/client-page';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

/**
 * The text of a PDF, page by page (pdftotext separates pages with a form feed), in reading order
 * with runs of white space as one space, so a name wrapped inside a table cell reads whole.
 */
function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' '));
}

/** Renders one page of a PDF to `test-results/screens/<name>.png`, to be looked at. */
async function savePdfPage(file: string, page: number, name: string): Promise<void> {
  const dir = path.join('test-results', 'screens');
  await mkdir(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(dir, name)]);
}

/** The workstation's day, `offset` days on, as YYYY-MM-DD: the demo firm is generated around today. */
function localDay(offset = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return localDayOf(day);
}

/** A day as the app shows it in English, e.g. "Dec 8, 2026". */
function shown(isoDay: string): string {
  return new Date(`${isoDay}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/** A manager of the demo firm with clients whose reviews are overdue. */
async function managerWithOverdueReviews(page: Page) {
  const due = await callApi(page, 'reviews:due', { buckets: ['overdue'] });
  const first = due[0]!;
  return { managerId: first.managerId, managerName: first.managerName, overdue: due.filter((row) => row.managerId === first.managerId) };
}

test('reviews: schedule an overdue review, then record it with a decision that becomes a task', async ({ app }, testInfo) => {
  const page = app.page;
  const shell = new AppShell(page);
  const { managerName, overdue } = await managerWithOverdueReviews(page);
  await shell.chooseCurrentUser(managerName);
  await shell.open('Reviews');

  const overdueSection = page.getByRole('region', { name: new RegExp(`^Overdue \\(${overdue.length}\\)`) });
  await expect(overdueSection).toBeVisible();
  await saveScreen(page, testInfo, 'reviews');

  const client = overdue[0]!;
  const row = overdueSection.getByRole('row').filter({ hasText: client.clientName });
  await row.getByRole('button', { name: `Schedule the review with ${client.clientName}` }).click();
  const schedule = page.getByRole('form', { name: `Schedule the review with ${client.clientName}` });
  const meetingDay = localDay(11);
  await schedule.getByLabel('Meeting day').fill(meetingDay);
  await schedule.getByRole('button', { name: 'Schedule' }).click();
  await expect(shell.notice()).toContainText(`Review with ${client.clientName} scheduled for ${shown(meetingDay)}`);
  await expect(row).toContainText(shown(meetingDay));

  await row.getByRole('button', { name: `Record review with ${client.clientName}` }).click();
  const record = page.getByRole('form', { name: `Record the review with ${client.clientName}` });
  const heldOn = localDay(-1);
  await record.getByLabel('Held on').fill(heldOn);
  await record.getByLabel('Notes').fill('Went through the income plan; no change in circumstances.');
  await record.getByRole('button', { name: 'Add a decision' }).click();
  const decision = record.getByRole('group', { name: 'Decision 1' });
  await decision.getByLabel('What was decided').fill('Send the updated beneficiary forms');
  await decision.getByLabel('Make a task').check();
  await decision.getByLabel('Due date').fill(localDay(7));
  await saveScreen(page, testInfo, 'reviews-record');
  await record.getByRole('button', { name: 'Record review' }).click();
  await expect(shell.notice()).toContainText(`Review with ${client.clientName} recorded. 1 task was created.`);

  // Held today-ish: the client is no longer overdue, and the decision is a task with its owner and day.
  await expect(overdueSection.getByRole('row').filter({ hasText: client.clientName })).toHaveCount(0);
  const [review] = await callApi(page, 'reviews:forClient', { clientId: client.clientId });
  expect(review).toMatchObject({ status: 'held', heldOn });
  const tasks = await callApi(page, 'tasks:list', { clientId: client.clientId, status: 'open_any' });
  expect(tasks.find((row) => row.task.id === review!.decisions[0]!.taskId)?.task).toMatchObject({
    title: 'Send the updated beneficiary forms',
    dueOn: localDay(7),
  });
});

test('a demo client’s review packet as a PDF: the client, a product, the NPS answers and an action item', async ({ app }, testInfo) => {
  const page = app.page;
  const shell = new AppShell(page);
  // A client with products, answers and open work: the fullest packet.
  const rows = await callApi(page, 'reviews:due', {});
  let chosen: { id: string; name: string } | null = null;
  for (const row of rows) {
    const data = await callApi(page, 'packets:data', { clientId: row.clientId, asOf: localDay() });
    if (data.holdings.length > 1 && data.satisfaction.responses.length > 1 && data.actionItems.length > 0) {
      chosen = { id: row.clientId, name: row.clientName };
      break;
    }
  }
  expect(chosen).not.toBeNull();
  const client = chosen!;
  const data = await callApi(page, 'packets:data', { clientId: client.id, asOf: localDay() });
  await shell.chooseCurrentUser(rows[0]!.managerName);

  const clientPage = new ClientPageObject(page);
  await clientPage.open(client.id, client.name);
  const reviews = page.getByRole('region', { name: /^Reviews/ });
  await reviews.scrollIntoViewIfNeeded();
  await saveScreen(page, testInfo, 'client-reviews');

  // The packet on screen, as the browser prints it: sheets of paper and a toolbar.
  await reviews.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready');
  await expect(page.getByRole('button', { name: 'Print…' })).toBeEnabled();
  await saveScreen(page, testInfo, 'packet-preview');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(clientPage.heading).toHaveText(client.name);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(path.basename(file)).toBe(`${localDay()} ${client.name} - Review packet.pdf`);

  const pages = pdfPages(file);
  expect(pages.length).toBeGreaterThanOrEqual(6);
  expect(pages.length).toBeLessThanOrEqual(30);
  const text = pages.join('\n');
  expect(text).toContain(client.name);
  expect(text).toContain(data.holdings[0]!.name);
  const latest = data.satisfaction.responses.at(-1)!;
  expect(text).toMatch(new RegExp(`likely to recommend us ${latest.nps} out of 10`));
  expect(text).toContain(data.actionItems[0]!.text.slice(0, 40));
  // Every page but the cover carries the firm, the client, "Confidential" and its number.
  pages.forEach((pageText, index) => {
    expect(pageText).toContain(`Page ${index + 1} of ${pages.length}`);
    expect(pageText).toContain('Confidential');
  });
  await savePdfPage(file, 1, 'packet-cover');
  await savePdfPage(file, pages.findIndex((pageText) => pageText.includes('Products and services')) + 1, 'packet-products');

  // The PDF is kept as issued, listed on the client page.
  await expect(page.getByRole('table', { name: 'Issued packets' }).getByRole('row')).toHaveCount(2);
});

test('a client with nothing recorded still gets a clean packet', async ({ app }, testInfo) => {
  const page = app.page;
  const team = await callApi(page, 'team:list', {});
  const manager = team.find((member) => member.active && member.role === 'account_manager')!;
  const client = await callApi(page, 'clients:create', {
    name: 'Quiet Household',
    type: 'household',
    tier: 'C',
    primaryManagerId: manager.id,
  });
  // The firm prints on A4 with its logo (a 1×1 PNG is enough to be an image in the PDF).
  const settings = await callApi(page, 'settings:get', {});
  const logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  await callApi(page, 'settings:update', { packets: { ...settings.packets, paper: 'A4', logo } });

  const issued = await callApi(page, 'packets:issue', { clientId: client.id, asOf: localDay() });
  const { base64 } = await callApi(page, 'packets:read', { id: issued.id });
  const file = testInfo.outputPath('empty-packet.pdf');
  await writeFile(file, Buffer.from(base64, 'base64'));

  const text = pdfPages(file).join('\n');
  expect(text).toContain('Quiet Household');
  expect(text).toContain('No products or services are recorded for this client.');
  expect(text).toContain('No satisfaction responses recorded yet.');
  expect(text).not.toMatch(/undefined|NaN|Invalid Date|\[object/);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
  const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], { encoding: 'utf8' }).trim().split('\n');
  // After the two header lines: the logo, plus its transparency mask ("smask"), which is not a picture of its own.
  expect(images.slice(2).filter((line) => line.trim().split(/\s+/)[2] === 'image')).toHaveLength(1);
  await savePdfPage(file, 1, 'packet-empty-cover');

  await new AppShell(page).open('Settings');
  const packetSettings = page.getByRole('form', { name: 'Review packets' });
  await packetSettings.scrollIntoViewIfNeeded();
  await saveScreen(page, testInfo, 'settings-packets');
});

test('a batch of 20 packets into a folder, with progress reported', async ({ app }, testInfo) => {
  // Twenty PDFs take about 15 s alone, longer beside other specs on two cores.
  test.setTimeout(180_000);
  const page = app.page;
  const shell = new AppShell(page);
  await shell.open('Reviews');
  await page.getByLabel('Manager').selectOption({ label: 'All managers' });
  await page.getByRole('button', { name: 'Print packets…' }).click();
  const form = page.getByRole('form', { name: 'Packets to make' });
  await form.getByLabel('Period from').fill(localDay(-700));
  await form.getByLabel('Period to').fill(localDay(400));
  const clients = form.getByRole('list', { name: 'Clients' }).getByRole('checkbox');
  await expect(clients.nth(20)).toBeVisible();
  await form.getByRole('button', { name: 'Select none' }).click();
  for (let index = 0; index < 20; index++) await clients.nth(index).check();
  const folder = testInfo.outputPath('batch');
  await form.getByLabel('Folder').fill(folder);
  await form.getByLabel('Also make one combined PDF').check();
  await saveScreen(page, testInfo, 'reviews-batch');
  await form.getByRole('button', { name: 'Make 20 packets' }).click();

  // The bar moves through the batch: note every count it shows until the summary replaces it.
  const progress = page.getByRole('progressbar', { name: 'Packets made' });
  await expect(progress).toBeVisible();
  const seen = new Set<string>();
  const summary = page.getByRole('region', { name: 'Packets made' }).filter({ hasText: 'written to this folder' });
  while (!(await summary.isVisible())) {
    // Briefly: the bar is gone once the summary replaces it, and waiting for it would hang.
    const value = await progress.getAttribute('value', { timeout: 200 }).catch(() => null);
    if (value !== null) seen.add(value);
    await page.waitForTimeout(100);
  }
  expect([...seen].some((value) => Number(value) > 0 && Number(value) < 20)).toBe(true);
  await expect(summary).toContainText('20 packets written to this folder');
  await expect(summary).toContainText('No failures.');
  await saveScreen(page, testInfo, 'reviews-batch-done');

  const files = (await readdir(folder)).filter((name) => name.endsWith('.pdf'));
  expect(files).toHaveLength(21);
  const combined = files.find((name) => name.includes('Review packets (20 clients)'))!;
  const combinedPages = pdfPages(path.join(folder, combined)).length;
  const single = files.filter((name) => name !== combined).map((name) => pdfPages(path.join(folder, name)).length);
  expect(combinedPages).toBe(single.reduce((sum, count) => sum + count, 0));
});
