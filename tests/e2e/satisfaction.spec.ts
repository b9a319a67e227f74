import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

test('a detractor for a healthy client: health falls with the reason shown, the dashboard lists it, and the follow-up task is made', async ({
  app,
}) => {
  const page = app.page;
  const shell = new AppShell(page);
  // A healthy client whose health rests on satisfaction: the rest well under green (70), since a
  // detractor leaves a few satisfaction points, and well under its score 30 days ago, so the fall
  // counts as fast (at risk); of those, the one with the most to lose.
  const team = await callApi(page, 'team:list', {});
  const managers = team.filter((member) => member.active && member.role === 'account_manager');
  const candidates = (await Promise.all(managers.map((m) => callApi(page, 'health:list', { managerId: m.id, band: 'green' })))).flat();
  const satisfactionPoints = (row: (typeof candidates)[number]) => row.report.parts[0]!.points;
  const healthy = candidates
    .filter((row) => {
      const rest = row.report.score - satisfactionPoints(row);
      return rest < 55 && (row.report.previousScore ?? 0) >= rest + 25;
    })
    .sort((a, b) => satisfactionPoints(b) - satisfactionPoints(a))[0]!;
  expect(healthy).toBeDefined();
  const manager = managers.find((m) => m.id === healthy.managerId)!;
  await shell.chooseCurrentUser(manager.name);
  await page.evaluate((id) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/clients/${id}`;
  }, healthy.report.clientId);
  await expect(shell.heading).toHaveText(healthy.clientName);
  const health = page.getByRole('region', { name: 'Client health' });
  await expect(health).toContainText('Good');

  // Record NPS 2 from a phone call.
  const satisfaction = page.getByRole('region', { name: 'Satisfaction' });
  await satisfaction.getByRole('button', { name: 'Record response' }).click();
  const form = page.getByRole('form', { name: 'Record a satisfaction response' });
  await form.getByLabel('NPS (0–10)').selectOption('2');
  await form.getByLabel('Channel').selectOption({ label: 'Phone' });
  await form.getByLabel('Comment').fill('Fees went up and nobody explained why.');
  await form.getByRole('button', { name: 'Record response' }).click();
  await expect(form).toBeHidden();

  // The score recomputes: no longer green, and "why" names the answer.
  await expect(health).not.toContainText('Good');
  await expect(health).toContainText('NPS answer of 2 today');
  const report = await callApi(page, 'health:client', { clientId: healthy.report.clientId });
  expect(report.band).not.toBe('green');
  expect(report.score).toBeLessThan(healthy.report.score);
  expect(report.atRisk).toBe(true);
  await saveScreen(page, test.info(), 'client-health-after-detractor');

  // One click makes the follow-up task for the client's manager.
  await satisfaction.getByRole('button', { name: 'Create follow-up task' }).first().click();
  await expect(page.getByText(/^Follow-up task created: /).first()).toBeVisible();
  const tasks = await callApi(page, 'tasks:list', { clientId: healthy.report.clientId, status: 'open_any' });
  const followUp = tasks.find((row) => row.task.title.includes('NPS 2'));
  expect(followUp?.task).toMatchObject({ assigneeId: manager.id, category: 'follow_up', priority: 'high' });

  // The dashboard (the manager's book) lists the client at risk.
  await shell.open('Dashboard');
  const atRisk = page.getByRole('table', { name: 'Clients at risk, worst first' });
  const dashboard = await callApi(page, 'dashboard:get', { managerId: manager.id });
  expect(dashboard.atRisk.map((row) => row.report.clientId)).toContain(healthy.report.clientId);
  await expect(atRisk.getByRole('link', { name: healthy.clientName })).toBeVisible();
  await saveScreen(page, test.info(), 'dashboard-at-risk');
});

test('the Satisfaction screen draws its charts, and a period drills down to its responses', async ({ app }) => {
  const page = app.page;
  const shell = new AppShell(page);
  await shell.open('Satisfaction');
  const trend = page.getByRole('figure', { name: 'NPS and CSAT' });
  // 24 monthly points on each of the two lines.
  await expect(trend.locator('svg .recharts-line')).toHaveCount(2);
  await expect(trend.locator('svg .recharts-line-dots').first().locator('circle, path')).toHaveCount(24);
  const mix = page.getByRole('figure', { name: 'Promoters, passives and detractors' });
  await expect(mix.locator('svg .recharts-bar-rectangle').first()).toBeVisible();
  await saveScreen(page, test.info(), 'satisfaction');

  // Drill down through the table view: a month's responses.
  await trend.getByRole('button', { name: /^Table/ }).click();
  await trend
    .getByRole('button', { name: /^Show responses: / })
    .last()
    .click();
  const panel = page.getByRole('dialog', { name: /^Responses: / }).or(page.getByRole('region', { name: /^Responses: / }));
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await saveScreen(page, test.info(), 'satisfaction-drill-down');
});
