import path from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { target } from './fixtures';

/**
 * Saves a full-page screenshot to `test-results/screens/<name>.png` (under `electron/` for the
 * Electron run) and attaches it to the report, so every screen can be looked at after a run; and
 * checks the screen as it is (with any dialog open) with axe-core: no critical or serious violation.
 */
export async function saveScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join('test-results', 'screens', ...(target === 'electron' ? ['electron'] : []), `${name}.png`);
  // Let the spinner and the notice settle, and keep the caret out of the picture.
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}
