import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ClientsPage } from './pages/clients-page';
import { TeamPage } from './pages/team-page';
import { WelcomePage } from './pages/welcome-page';
import { saveScreen } from './save-screen';

test('first run: load the demo firm, browse and search clients, add a member that survives a restart', async ({ app }, testInfo) => {
  const welcome = new WelcomePage(app.page);
  await welcome.expectVisible();
  await expect(app.page.getByText(app.dataDir)).toBeVisible();
  await saveScreen(app.page, testInfo, 'first-run');

  await welcome.chooseDemo();
  const shell = new AppShell(app.page);
  await expect(shell.statusBar).toContainText(app.dataDir);
  await expect(shell.statusBar).toContainText('Ready');

  await shell.open('Clients');
  const clients = new ClientsPage(app.page);
  await clients.expectLoaded();
  // The demo firm has about 150 households; archived ones are not listed.
  await expect(clients.count).toHaveText(/^1[45]\d households$/);
  const listed = Number((await clients.count.textContent())!.split(' ')[0]);
  // Every household is in the grid, though only the rows in view are rendered.
  await expect(clients.table).toHaveAttribute('aria-rowcount', String(listed + 1));
  expect(await clients.rows.count()).toBeLessThan(listed);

  const [firstName] = await clients.names();
  const word = firstName!.split(' ').at(-1)!;
  // Search also matches people, emails and phone numbers, so check inclusion and narrowing only.
  await clients.searchFor(word);
  await expect(clients.row(firstName!)).toBeVisible();
  await expect(clients.count).not.toHaveText(`${listed} households match`);

  await shell.open('Team');
  const team = new TeamPage(app.page);
  await team.add({ name: 'Marguerite Okonkwo', role: 'Paraplanner', email: 'marguerite@harbor.example' });
  await expect(shell.notice()).toHaveText('Added Marguerite Okonkwo to the team.');

  await app.restart();
  const after = new AppShell(app.page);
  await after.open('Team');
  await expect(new TeamPage(app.page).row('Marguerite Okonkwo')).toContainText('Paraplanner');
});
