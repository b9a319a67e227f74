import { expect, type Locator, type Page } from '@playwright/test';

export class WelcomePage {
  readonly heading: Locator;
  readonly loadDemo: Locator;
  readonly startEmpty: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Welcome to Clientbook' });
    this.loadDemo = page.getByRole('button', { name: 'Load demo firm' });
    this.startEmpty = page.getByRole('button', { name: 'Start empty' });
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async chooseDemo(): Promise<void> {
    await this.loadDemo.click();
    await expect(this.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible({ timeout: 30_000 });
  }

  async chooseEmpty(): Promise<void> {
    await this.startEmpty.click();
    await expect(this.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  }
}
