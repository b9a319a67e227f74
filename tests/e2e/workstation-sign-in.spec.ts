import { expect, test } from './fixtures';
import { callApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

const myPassword = 'correct horse battery staple';
const colleaguePassword = 'a password of my own';

// Sign-in at a shared computer with the book on it (issue 15). The idle time is waited out on the
// page's own clock (Playwright's clock.fastForward): the app's real timer fires, as after five idle
// minutes, without a setting or shortcut only tests would have.
test('a shared computer asks each person to sign in, locks when left idle, and opens again with the same password', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const shell = new AppShell(page);
  await shell.expectScreen('Dashboard');
  const names = page.getByLabel('You are').locator('option');
  const me = (await names.nth(1).textContent())!;
  const colleague = (await names.nth(2).textContent())!;
  await shell.chooseCurrentUser(me);
  await shell.open('Settings');

  // Set my password, then require sign-in with it: a five-minute idle time.
  const section = page.getByRole('region', { name: 'Sign-in at this computer' });
  const mine = section.getByRole('form', { name: 'Set my password' });
  await mine.getByLabel('New password', { exact: true }).fill(myPassword);
  await mine.getByLabel('New password again').fill(myPassword);
  await mine.getByLabel('New password again').press('Enter');
  await expect(shell.notice()).toHaveText('Your password is saved.');
  const requirement = section.getByRole('form', { name: 'Sign-in' });
  await requirement.getByLabel('Lock after this many minutes without use').fill('5');
  await requirement.getByLabel('Your password').fill(myPassword);
  await requirement.getByRole('button', { name: 'Require sign-in' }).click();
  await expect(shell.notice()).toHaveText('Sign-in is now required at this computer.');
  await expect(shell.nav.getByText(`${me} (signed in)`)).toBeVisible();
  await expect(section).toContainText('Clientbook locks after 5 minutes without use');
  await saveScreen(page, testInfo, 'workstation-sign-in-settings');

  // The page's clock from here on; main still knows who signed in.
  await page.clock.install();
  await page.reload();
  await shell.expectScreen('Settings');
  await page.clock.fastForward('05:01');
  await expect(page.getByRole('heading', { name: 'Clientbook is locked', level: 1 })).toBeVisible();
  await expect(shell.nav).toHaveCount(0);
  await expect(page.getByText(`${me} was signed in`)).toBeVisible();
  await expect(page.getByLabel('Password')).toBeFocused();
  // Main holds the book back too, whatever a page asks.
  await expect(callApi(page, 'clients:list', {})).rejects.toThrow(
    /"code":"FORBIDDEN","message":"Clientbook is locked\. Sign in to go on\."/,
  );
  await saveScreen(page, testInfo, 'workstation-locked');

  await page.getByLabel('Password').fill('not my password at all');
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByRole('alert')).toHaveText(`That is not ${me}'s password. Check it (is Caps Lock on?) and try again.`);
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.getByLabel('Password').fill(myPassword);
  await page.getByLabel('Password').press('Enter');
  await shell.expectScreen('Settings');

  // Walking away: Lock; a colleague without a password yet chooses one and works under their own name.
  await shell.nav.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('Your name').selectOption({ label: colleague });
  const first = page.getByRole('form', { name: 'Choose your password' });
  await expect(first).toContainText('until you do, anyone at this computer could choose it in your place');
  await saveScreen(page, testInfo, 'workstation-first-password');
  await first.getByLabel('New password', { exact: true }).fill(colleaguePassword);
  await first.getByLabel('New password again').fill(colleaguePassword);
  await first.getByLabel('New password again').press('Enter');
  await expect(shell.nav.getByText(`${colleague} (signed in)`)).toBeVisible();

  // After a restart nobody is signed in: the sign-in screen comes before the book.
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(shell.nav).toHaveCount(0);
  await page.getByLabel('Your name').selectOption({ label: colleague });
  await saveScreen(page, testInfo, 'workstation-sign-in');
  await page.getByLabel('Password').fill(colleaguePassword);
  await page.getByLabel('Password').press('Enter');
  await shell.expectScreen('Dashboard');
  await expect(shell.nav.getByText(`${colleague} (signed in)`)).toBeVisible();
});
