import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { NewClientPage } from './pages/clients-page';
import { TeamPage } from './pages/team-page';
import { saveScreen } from './save-screen';

test.use({ setup: 'empty' });

test('invalid input shows a message next to each field', async ({ app }, testInfo) => {
  const shell = new AppShell(app.page);

  await shell.open('Team');
  const team = new TeamPage(app.page);
  await team.fill({ name: '   ', email: 'not-an-email' });
  await team.submit();
  await expect(team.error('Name')).toHaveText('Name is required.');
  await expect(team.error('Role')).toHaveText('Choose a value for Role from the list.');
  await expect(team.error('Email')).toHaveText('Email must be an email address like name@example.com.');
  await expect(team.form.getByLabel('Name', { exact: true })).toBeFocused();
  await saveScreen(app.page, testInfo, 'team-form-errors');

  await team.add({ name: 'Lena Ortiz', role: 'Adviser', email: 'lena@ortiz.example' });
  await expect(team.error('Email')).toHaveCount(0);

  await app.page.goto(`${new URL(app.page.url()).origin}/#/clients/new`);
  const form = new NewClientPage(app.page);
  await form.fill({ name: 'x'.repeat(161) });
  await form.submit.click();
  await expect(form.error('Name')).toHaveText('Name must be at most 160 characters.');
  await expect(form.error('Tier')).toHaveText('Choose a value for Tier from the list.');
  await expect(form.error('Primary manager')).toHaveText('Primary manager is required.');
  await expect(form.error('Type')).toHaveCount(0);
  await expect(form.form.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await saveScreen(app.page, testInfo, 'new-client-errors');

  // Once the errors are put right, the client is saved and its page opens.
  await form.create({ name: 'Short Enough', tier: 'Tier C', manager: 'Lena Ortiz' });
});
