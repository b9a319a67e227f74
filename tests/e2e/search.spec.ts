import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

const household = 'Éluard-Vasquez Household';

test('search from anywhere: / on two screens finds a client forgiving accents, word order and phone punctuation, and the keyboard opens it', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const { keyboard } = page;
  const shell = new AppShell(page);
  await shell.expectScreen('Dashboard');
  const [manager] = await callApi(page, 'team:list', { includeInactive: false });
  const client = await callApi(page, 'clients:create', { name: household, tier: 'B', primaryManagerId: manager!.id });
  await callApi(page, 'people:create', {
    clientId: client.id,
    name: 'Renée Éluard-Vasquez',
    relationship: 'primary',
    phone: '(978) 555-0151',
  });

  const box = page.getByRole('combobox', { name: 'Search clients or go to a screen' });
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

  // On the dashboard: without accents, the surname first.
  await keyboard.press('/');
  await expect(box).toBeFocused();
  await box.pressSequentially('vasquez renee');
  await expect(options.first()).toHaveText(`${household}Renée Éluard-Vasquez`);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await saveScreen(page, testInfo, 'search-box');
  await keyboard.press('Enter');
  await expect(shell.heading).toHaveText(household);
  await expect(box).toHaveCount(0);

  // Escape closes and gives focus back.
  await shell.open('Reviews');
  const reviewsLink = shell.nav.getByRole('link', { name: /^Reviews/ });
  await reviewsLink.focus();
  await keyboard.press('/');
  await expect(box).toBeFocused();
  await keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(reviewsLink).toBeFocused();

  // On Reviews: the phone typed another way. Other households may share the demo's fictional numbers, so walk to ours with the arrows.
  await keyboard.press('/');
  await box.pressSequentially('+1 978 555 0151');
  const ours = options.filter({ hasText: household });
  await expect(ours).toHaveText(`${household}Phone (978) 555-0151`);
  const texts = await options.allTextContents();
  const index = texts.findIndex((text) => text.startsWith(household));
  for (let step = 0; step < index; step++) await keyboard.press('ArrowDown');
  await expect(ours).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await ours.getAttribute('id'))!);
  await keyboard.press('Enter');
  await expect(shell.heading).toHaveText(household);

  // Jump-to: a screen by name.
  await keyboard.press('/');
  await box.pressSequentially('satisf');
  await expect(options.filter({ hasText: 'Satisfaction' })).toBeVisible();
  await keyboard.press('Enter');
  await shell.expectScreen('Satisfaction');
});
