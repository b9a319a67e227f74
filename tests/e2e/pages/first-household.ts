import { expect, type Page } from '@playwright/test';
import { callApi } from './api';
import { AppShell } from './app-shell';
import { ClientsPage, NewClientPage } from './clients-page';
import { TeamPage } from './team-page';

/**
 * In an empty book, through the screens: Dana Whitfield joins the team and the Castellanos
 * Household is created with her as its manager. Returns the household's id.
 */
export async function addFirstHousehold(page: Page): Promise<string> {
  const shell = new AppShell(page);
  await shell.open('Team');
  await new TeamPage(page).add({ name: 'Dana Whitfield', role: 'Account manager', email: 'dana@whitfield.example' });

  await shell.open('Clients');
  await new ClientsPage(page).newClientButton.click();
  const newClient = new NewClientPage(page);
  await newClient.fill({ name: 'Castellanos Household', tier: 'Tier A', manager: 'Dana Whitfield' });
  await newClient.submit.click();
  await shell.expectScreen('Clients');
  const [row] = await callApi(page, 'clients:list', { search: 'Castellanos' });
  expect(row).toBeDefined();
  return row!.id;
}
