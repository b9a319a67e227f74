import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

/** The demo firm's people this spec works as and hands work to. */
async function demoTeam(page: Page) {
  const team = await callApi(page, 'team:list', {});
  const manager = team.find((member) => member.active && member.role === 'account_manager')!;
  const operations = team.find((member) => member.active && member.role === 'operations')!;
  return { manager, operations };
}

/** A household of the manager's book, by the name the clients list shows. */
async function clientOf(page: Page, managerId: string) {
  const [client] = await callApi(page, 'clients:list', { managerId, status: 'active' });
  return client!;
}

test('a monthly task: add it with T, make it repeat, tick it off with X, and the next one is due a month later', async ({ app }) => {
  const page = app.page;
  const shell = new AppShell(page);
  const { manager } = await demoTeam(page);
  await shell.chooseCurrentUser(manager.name);
  await shell.open('Tasks');

  // T anywhere opens quick-add; the task is the current user's, due today.
  await page.locator('body').press('t');
  const quickAdd = page.getByRole('dialog', { name: 'New task' });
  await quickAdd.getByLabel('Title').fill('Rebalance check for the model portfolios');
  await quickAdd.getByLabel('Title').press('Enter');
  await expect(quickAdd).toBeHidden();
  const today = page.getByRole('region', { name: /^Today/ });
  const task = today.getByRole('listitem').filter({ hasText: 'Rebalance check for the model portfolios' });
  await expect(task).toBeVisible();

  // Open it and make it repeat monthly.
  await task.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: /^Edit “Rebalance check/ });
  await editor.getByLabel('Repeats').selectOption({ label: 'Monthly' });
  await editor.getByRole('button', { name: 'Save task' }).click();
  await expect(editor).toBeHidden();
  await expect(task).toContainText(/Repeats/);

  // One keystroke ticks it off; the notice names the next one, a month on.
  const [created] = await callApi(page, 'tasks:list', { assigneeId: manager.id, status: 'open_any' }).then((rows) =>
    rows.filter((row) => row.task.title === 'Rebalance check for the model portfolios'),
  );
  const dueOn = created!.task.dueOn!;
  const nextDue = new Date(`${dueOn}T00:00:00Z`);
  nextDue.setUTCMonth(nextDue.getUTCMonth() + 1);
  const nextLabel = nextDue.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  await task.focus();
  await page.keyboard.press('x');
  await expect(page.getByRole('status').filter({ hasText: 'Done: Rebalance check' })).toContainText(`next one due ${nextLabel}`);
  await expect(task).toHaveCount(0);

  const series = (await callApi(page, 'tasks:list', { assigneeId: manager.id })).filter((row) => row.task.seriesId === created!.task.id);
  expect(series.map((row) => [row.task.status, row.task.occurrence])).toEqual(
    expect.arrayContaining([
      ['done', 1],
      ['open', 2],
    ]),
  );
  await saveScreen(page, test.info(), 'my-day-after-tick');
});

test('a complaint: raised, handed to operations, refused closing without a resolution, then resolved', async ({ app }) => {
  const page = app.page;
  const shell = new AppShell(page);
  const { manager, operations } = await demoTeam(page);
  const client = await clientOf(page, manager.id);
  await shell.chooseCurrentUser(manager.name);
  await shell.open('Requests');

  await page.getByRole('button', { name: /^New request/ }).click();
  const form = page.getByRole('form', { name: 'New service request' });
  await form.getByRole('combobox', { name: 'Client' }).fill(client.name.slice(0, 6));
  await form.getByRole('option', { name: new RegExp(client.name) }).click();
  await form.getByLabel('Type').selectOption({ label: 'Complaint' });
  await form.getByLabel('How they asked').selectOption({ label: 'Phone' });
  await form.getByLabel('What they asked for').fill('Transfer to the new custodian took three weeks; fees were charged twice.');
  await form.getByRole('button', { name: 'Add request' }).click();
  await expect(form).toBeHidden();

  const detail = page.getByRole('complementary', { name: 'Request details' });
  await expect(detail).toContainText(`${client.name}: Complaint`);
  await expect(detail.getByTitle(/^A complaint: it needs a written resolution/)).toBeVisible();

  await detail.getByRole('button', { name: 'Hand off…' }).click();
  const handOff = detail.getByRole('form', { name: 'Hand off to a colleague' });
  await handOff.getByLabel('Colleague').selectOption({ label: operations.name });
  await handOff.getByLabel('Note for them').fill('Please check the double fee with the custodian and refund it.');
  await handOff.getByRole('button', { name: 'Hand off' }).click();
  await expect(detail.getByRole('list', { name: 'History of this request, oldest first' })).toContainText(`to ${operations.name}`);

  // Closing a complaint needs its resolution: the refusal shows beside the field and nothing changes.
  const status = detail.getByRole('form', { name: 'Change status' });
  await status.getByLabel('New status').selectOption({ label: 'Closed' });
  await status.getByRole('button', { name: 'Change status' }).click();
  await expect(status.getByText(/Resolution .*required|resolution/i).first()).toBeVisible();
  await expect(status.getByLabel('Resolution')).toHaveAttribute('aria-invalid', 'true');
  const [raised] = await callApi(page, 'requests:list', { clientId: client.id, type: 'complaint' });
  expect(raised!.request.status).toBe('received');

  await status.getByLabel('New status').selectOption({ label: 'Resolved' });
  await status.getByLabel('Resolution').fill('Refunded the duplicate fee and apologised; transfer now complete.');
  await status.getByRole('button', { name: 'Change status' }).click();
  await expect(detail.getByText('Resolved', { exact: true }).first()).toBeVisible();
  const [resolved] = await callApi(page, 'requests:list', { clientId: client.id, type: 'complaint' });
  expect(resolved!.request).toMatchObject({ status: 'resolved', ownerId: operations.id });
  expect(resolved!.request.history.map((event) => event.kind)).toEqual(['received', 'handoff', 'status']);
  await saveScreen(page, test.info(), 'complaint-resolved');
});

test('starting the onboarding workflow for a client puts its tasks on the client page', async ({ app }) => {
  const page = app.page;
  const shell = new AppShell(page);
  const { manager } = await demoTeam(page);
  const client = await clientOf(page, manager.id);
  await shell.chooseCurrentUser(manager.name);
  await page.evaluate((id) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/clients/${id}`;
  }, client.id);
  await expect(shell.heading).toHaveText(client.name);

  const work = page.getByRole('region', { name: 'Work' });
  await work.getByRole('button', { name: 'Start workflow…' }).click();
  const start = page.getByRole('form', { name: 'Start a workflow' });
  await start.getByLabel('Template').selectOption({ label: 'New client onboarding' });
  await start.getByRole('button', { name: 'Start workflow' }).click();
  await expect(start).toBeHidden();

  const [template] = (await callApi(page, 'workflows:templates', {})).filter((t) => t.name === 'New client onboarding');
  const progress = work.getByRole('progressbar', { name: 'Progress of New client onboarding' });
  await expect(progress).toBeVisible();
  await expect(work).toContainText(`0 of ${template!.steps.length} steps done`);
  await expect(work.getByRole('list', { name: 'Open tasks for this client' })).toContainText(template!.steps[0]!.title);
  await saveScreen(page, test.info(), 'client-work');
});
