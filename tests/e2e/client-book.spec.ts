import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { callApi } from './pages/api';
import { ClientsPage } from './pages/clients-page';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

test("search finds a household by one of its people's phone numbers", async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.open('Clients');
  const clients = new ClientsPage(app.page);
  await clients.expectLoaded();

  // Pick a household whose person has a phone, through the same API the screen uses.
  const rows = await callApi(app.page, 'clients:list', {});
  let found: { name: string; phone: string } | null = null;
  for (const row of rows.slice(20, 60)) {
    const detail = await callApi(app.page, 'clients:get', { id: row.id });
    const person = detail.people.find((p) => p.phone);
    if (person?.phone) {
      found = { name: row.name, phone: person.phone };
      break;
    }
  }
  expect(found).not.toBeNull();
  await clients.searchFor(found!.phone);
  await expect(clients.row(found!.name)).toBeVisible();
});

test('reassign a household to another manager, with the current user chosen in the navigation', async ({ app }, testInfo) => {
  const shell = new AppShell(app.page);
  const team = (await callApi(app.page, 'team:list', { includeInactive: false })).filter((m) => m.active);
  const [me, other] = team;
  await shell.chooseCurrentUser(me!.name);
  await shell.open('Clients');
  const clients = new ClientsPage(app.page);
  // My book is the default once someone is chosen.
  await expect(app.page.getByRole('button', { name: 'My book' })).toHaveAttribute('aria-pressed', 'true');
  await expect(clients.count).toHaveText(/in your book$/);
  await expect(clients.rows.first()).toContainText(me!.name);

  const [name] = await clients.names();
  await clients.tick(name!);
  await app.page.getByRole('button', { name: 'Reassign…' }).click();
  const panel = app.page.getByRole('region', { name: 'Reassign 1 household' });
  await panel.getByLabel('New primary manager').selectOption({ label: other!.name });
  await panel.getByLabel('Note (optional)').fill('Rebalancing books');
  await panel.getByRole('button', { name: 'Move 1 household' }).click();
  await expect(app.page.locator('.book-result')).toHaveText(new RegExp(`Moved 1 household to ${other!.name}\\.`));

  // Gone from my book; in the whole book under its new manager.
  await expect(clients.row(name!)).toHaveCount(0);
  await app.page.getByRole('button', { name: 'All clients' }).click();
  await clients.searchFor(name!);
  await expect(clients.row(name!)).toContainText(other!.name);
  await saveScreen(app.page, testInfo, 'clients-reassigned');
});

test('the book scrolls by keyboard to its last row, and Enter opens the client', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.open('Clients');
  const clients = new ClientsPage(app.page);
  await clients.expectLoaded();
  const total = Number(await clients.table.getAttribute('aria-rowcount'));
  await clients.rows.first().focus();
  await app.page.keyboard.press('End');
  const last = app.page.locator(`tbody tr[aria-rowindex="${total}"]`);
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  const id = (await last.getAttribute('id'))!.replace('client-row-', '');
  await app.page.keyboard.press('Enter');
  await expect(app.page).toHaveURL(new RegExp(`#/clients/${id}$`));
});

test("team shows each member's book with capacity", async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.open('Team');
  const table = app.page.getByRole('table', { name: 'Team members' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table.locator('tfoot')).toContainText(/Firm total\s*\d+ households/);
  const books = await callApi(app.page, 'team:books', {});
  const withBook = books.find((b) => b.households > 0)!;
  await expect(table.locator('tbody tr', { hasText: withBook.name })).toContainText(
    withBook.capacity === null ? 'No limit set' : `${withBook.households} of ${withBook.capacity}`,
  );
});
