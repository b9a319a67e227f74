import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ClientsPage, NewClientPage } from './pages/clients-page';
import { TeamPage } from './pages/team-page';
import { WelcomePage } from './pages/welcome-page';

test('start empty: add a team member, then a client whose page opens and who appears in the list', async ({ app }) => {
  await new WelcomePage(app.page).chooseEmpty();
  const shell = new AppShell(app.page);

  await shell.open('Clients');
  await expect(app.page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();

  await shell.open('Team');
  const team = new TeamPage(app.page);
  await expect(app.page.getByRole('heading', { name: 'No team members yet' })).toBeVisible();
  await team.add({ name: 'Dana Whitfield', role: 'Account manager', email: 'dana@whitfield.example' });

  await shell.open('Clients');
  await new ClientsPage(app.page).newClientButton.click();
  await shell.expectScreen('New client');
  await new NewClientPage(app.page).create({ name: 'Castellanos Household', tier: 'Tier A', manager: 'Dana Whitfield' });
  await expect(shell.notice()).toHaveText('Added Castellanos Household to the client book.');

  await shell.open('Clients');
  const clients = new ClientsPage(app.page);
  await expect(clients.count).toHaveText('1 household');
  const row = clients.row('Castellanos Household');
  await expect(row).toContainText('Dana Whitfield');
  await expect(row).toContainText('Tier A');
  await expect(row).toContainText('Active');

  await shell.open('Dashboard');
  await expect(app.page.locator('.stat').first()).toContainText('1');
});
