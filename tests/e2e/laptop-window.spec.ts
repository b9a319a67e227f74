import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { saveScreen } from './save-screen';

test.use({ setup: 'demo' });

/** A laptop's window: 1366 × 768 is the commonest laptop screen, 1280 × 720 a smaller one. */
const windows = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

/** What the check below uses of a `<select>` in the page (the e2e code is compiled without the DOM's types). */
interface SelectInPage {
  selectedOptions: ArrayLike<{ text: string; cloneNode(deep: boolean): unknown }>;
  cloneNode(deep: boolean): SelectInPage;
  append(node: unknown): void;
  removeAttribute(name: string): void;
  remove(): void;
  style: Record<string, string>;
  parentElement: { append(node: unknown): void };
  getBoundingClientRect(): { width: number };
}

/**
 * The width the select needs to show its chosen text whole, and the width it has. The browser
 * works out the first: a copy holding only the chosen option, sized to its content, is as wide as
 * that text plus the padding and the arrow.
 */
function chosenTextFit(select: Locator): Promise<{ text: string; needs: number; has: number }> {
  return select.evaluate((element) => {
    const picker = element as unknown as SelectInPage;
    const chosen = picker.selectedOptions[0]!;
    const copy = picker.cloneNode(false);
    copy.append(chosen.cloneNode(true));
    copy.removeAttribute('id');
    Object.assign(copy.style, { position: 'absolute', visibility: 'hidden', width: 'auto', minWidth: '0', maxWidth: 'none' });
    picker.parentElement.append(copy);
    const needs = copy.getBoundingClientRect().width;
    copy.remove();
    return { text: chosen.text, needs, has: picker.getBoundingClientRect().width };
  });
}

for (const size of windows) {
  test(`at ${size.width} × ${size.height}, "You are" shows its whole text in view, unchosen and with the longest name`, async ({
    app,
  }, testInfo) => {
    await app.page.setViewportSize(size);
    const shell = new AppShell(app.page);
    await shell.expectScreen('Dashboard');
    const picker = shell.nav.getByLabel('You are');

    const unchosen = await chosenTextFit(picker);
    expect(unchosen.text).toBe('Choose who you are…');
    expect(unchosen.needs, 'the width "Choose who you are…" needs').toBeLessThanOrEqual(unchosen.has);

    const names = (await picker.locator('option').allTextContents()).slice(1);
    const longest = names.reduce((a, b) => (b.length > a.length ? b : a));
    await shell.chooseCurrentUser(longest);
    const chosen = await chosenTextFit(picker);
    expect(chosen.text).toBe(longest);
    expect(chosen.needs, `the width "${longest}" needs`).toBeLessThanOrEqual(chosen.has);

    const box = (await picker.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual((await shell.nav.boundingBox())!.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    await saveScreen(app.page, testInfo, `you-are-${size.width}x${size.height}`);
  });
}
