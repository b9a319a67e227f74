// Two workstations on one office book, through the screens: two browser hosts on one real
// PostgreSQL database, each signed in as a different team member. What one records the other
// shows without a reload; a household edited on both is refused on the second with the first's
// name; a member who is not an admin cannot change the settings (the database refuses, the screen
// says so).
import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { test as base, expect, hostRunner, newDataDir, newPage, target } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ClientPageObject } from './pages/client-page';
import { ClientsPage, NewClientPage } from './pages/clients-page';
import { TeamPage } from './pages/team-page';
import { saveScreen } from './save-screen';
import { initOfficeBook } from '../../electron/backend/office/init';
import { startPostgres, type PostgresServer } from '../fixtures/postgres';
import type { Page } from '@playwright/test';

interface Office {
  server: PostgresServer;
  database: string;
  /** The first admin office:init set up: Ann Lee, with a one-time password. */
  first: { login: string; password: string };
}

interface Workstations {
  /** A browser host signed in to the office book as `login`; stopped when the test ends. */
  open(login: string, password: string): Promise<Page>;
}

const test = base.extend<{ workstations: Workstations }, { office: Office }>({
  office: [
    // Playwright reads a fixture's dependencies from this pattern, so an empty one is how to say "none".
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startPostgres();
      try {
        const { name } = await server.createDatabase('server');
        const owner = new Client({ host: server.host, port: server.port, database: name, user: server.user, password: server.password });
        await owner.connect();
        const first = await initOfficeBook(owner, { name: 'Ann Lee', email: 'ann@lee-advisory.example', role: 'account_manager' }).finally(
          () => owner.end(),
        );
        await use({ server, database: name, first });
      } finally {
        await server.stop();
      }
    },
    // initdb and a first start on a loaded 2-core machine.
    { scope: 'worker', timeout: 120_000 },
  ],

  workstations: async ({ office, browser }, use, testInfo) => {
    const opened: { stop(): Promise<void>; page: Page; dataDir: string }[] = [];
    await use({
      async open(login, password) {
        const dataDir = await newDataDir();
        const runner = hostRunner(dataDir, await newPage(browser), testInfo);
        opened.push({ ...runner, dataDir });
        const address = `postgres://${login}@${office.server.host}:${office.server.port}/${office.database}`;
        await runner.start(['--database', address], { PGPASSWORD: password });
        return runner.page;
      },
    });
    for (const { stop, page, dataDir } of opened) {
      await stop();
      await page.context().close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

// Two workstations side by side: the desktop app runs one instance per user (requestSingleInstanceLock,
// a second launch hands over to the first), so on one computer only browser hosts can be two.
test.skip(
  target === 'electron',
  'Two workstations at once need two app instances; Electron allows one per user on a computer, so this spec runs on browser hosts.',
);

/** The first sign-in: a password of one's own replaces the one-time one. */
async function chooseOwnPassword(page: Page, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.getByRole('button', { name: 'Save my password' }).click();
  await new AppShell(page).expectScreen('Dashboard');
}

test('two team members on one office book see each other’s work, never overwrite it, and only an admin changes the settings', async ({
  office,
  workstations,
}, testInfo) => {
  test.setTimeout(180_000);
  // Ann, the first admin, signs in at her desk and gives Ben access.
  const ann = await workstations.open(office.first.login, office.first.password);
  await chooseOwnPassword(ann, 'ann’s own long password');
  const annShell = new AppShell(ann);
  await expect(ann.getByRole('navigation', { name: 'Main' })).toContainText('Ann Lee (signed in)');
  await annShell.open('Team');
  await new TeamPage(ann).add({ name: 'Ben Ortiz', role: 'Adviser', email: 'ben@lee-advisory.example' });
  const access = ann.getByRole('region', { name: 'Sign-ins to the office book' });
  await access.getByRole('button', { name: 'Give access to Ben Ortiz' }).click();
  await ann.getByRole('alertdialog').getByRole('button', { name: 'Give access' }).click();
  const given = access.getByRole('status');
  const benLogin = (await given.locator('dd code').first().textContent())!;
  const benOneTime = (await given.locator('.one-time-password__secret').textContent())!;
  await saveScreen(ann, testInfo, 'office-access-given');

  // Ben signs in at his desk and sets his own password.
  const ben = await workstations.open(benLogin, benOneTime);
  await chooseOwnPassword(ben, 'ben’s own long password');
  const benShell = new AppShell(ben);
  await benShell.open('Clients');
  // Clients opens on Ben's own book; Ann's households are under All clients.
  await ben.getByRole('button', { name: 'All clients' }).first().click();

  // A household Ann adds appears on Ben's screen by itself.
  await annShell.open('Clients');
  await new ClientsPage(ann).newClientButton.click();
  // Ann is taken to the new household's page.
  await new NewClientPage(ann).create({ name: 'Okafor Household', tier: 'Tier A', manager: 'Ann Lee' });
  const benClients = new ClientsPage(ben);
  await expect(benClients.row('Okafor Household')).toBeVisible();

  // Both have the household open and edit its details; Ann saves first.
  await benClients.row('Okafor Household').getByRole('link', { name: 'Okafor Household' }).click();
  const annPage = new ClientPageObject(ann);
  const benPage = new ClientPageObject(ben);
  await expect(annPage.heading).toHaveText('Okafor Household');
  await expect(benPage.heading).toHaveText('Okafor Household');
  await annPage.header.getByRole('button', { name: 'Edit details' }).click();
  await benPage.header.getByRole('button', { name: 'Edit details' }).click();
  const annForm = annPage.form('Edit details');
  const benForm = benPage.form('Edit details');
  await annForm.getByLabel('Source').fill('Referral from the Lees');
  await annForm.getByRole('button', { name: 'Save' }).click();
  await expect(annForm).toBeHidden();

  // Ben's save is refused, naming Ann; reloading shows her change, and his then goes through.
  await benForm.getByLabel('Tags').fill('golf');
  await benForm.getByRole('button', { name: 'Save' }).click();
  await expect(benForm.getByRole('alert')).toContainText('Ann Lee changed this household at');
  await saveScreen(ben, testInfo, 'office-conflict');
  await benForm.getByRole('button', { name: 'Reload' }).click();
  await expect(benPage.form('Edit details').getByLabel('Source')).toHaveValue('Referral from the Lees');
  await benPage.form('Edit details').getByLabel('Tags').fill('golf');
  await benPage.form('Edit details').getByRole('button', { name: 'Save' }).click();
  await expect(benPage.form('Edit details')).toBeHidden();
  await expect(ann.getByRole('region', { name: 'Details' })).toContainText('golf');
  await expect(ann.getByRole('region', { name: 'Details' })).toContainText('Referral from the Lees');

  // Ben is a member, not an admin: the database refuses his change to the settings, and the screen says so.
  await benShell.open('Settings');
  const firm = ben.getByRole('form', { name: 'Firm' });
  await firm.getByLabel('Firm name').fill('Ben’s Advisory');
  await firm.getByRole('button', { name: 'Save' }).click();
  await expect(firm.getByRole('alert')).toHaveText('Only an admin can change the settings, so nothing was changed.');
  await saveScreen(ben, testInfo, 'office-member-settings');
  await annShell.open('Settings');
  await expect(ann.getByRole('form', { name: 'Firm' }).getByLabel('Firm name')).not.toHaveValue('Ben’s Advisory');
});
