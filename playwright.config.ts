import { chromiumLaunchOptions } from './tests/e2e/chromium';
import { defineConfig } from '@playwright/test';

/** `electron` runs the same specs against the Electron app (see scripts/e2e-electron.mjs). */
const target = process.env.CLIENTBOOK_E2E_TARGET === 'electron' ? 'electron' : 'chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each test starts its own host on its own temp folder, so two can run side by side.
  workers: 2,
  fullyParallel: true,
  // A stray `.only` would quietly skip every other spec: refused here as well as by lint.
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    headless: true,
    viewport: { width: 1366, height: 860 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: target }],
});
