import type { Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { ClientsPage, NewClientPage } from './clients-page';
import { TeamPage } from './team-page';

/**
 * In an empty book, through the screens: Dana Whitfield joins the team and the Castellanos
 * Household is created with her as its manager, and its page opens. Returns the household's id.
 */
export async function addFirstHousehold(page: Page): Promise<string> {
  const shell = new AppShell(page);
  await shell.open('Team');
  await new TeamPage(page).add({ name: 'Dana Whitfield', role: 'Account manager', email: 'dana@whitfield.example' });

  await shell.open('Clients');
  await new ClientsPage(page).newClientButton.click();
  return new NewClientPage(page).create({ name: 'Castellanos Household', tier: 'Tier A', manager: 'Dana Whitfield' });
}
