import { expect, type Locator, type Page } from '@playwright/test';

export type Section = 'Dashboard' | 'Clients' | 'Tasks' | 'Requests' | 'Satisfaction' | 'Reviews' | 'Team' | 'Settings' | 'Activity';

/** The heading each section opens with, where it differs from the navigation's name. */
const headings: Partial<Record<Section, string>> = { Tasks: 'My day', Requests: 'Service requests' };

/** The frame around every screen: navigation, heading and status line. */
export class AppShell {
  readonly nav: Locator;
  readonly statusBar: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.statusBar = page.getByRole('contentinfo', { name: 'Status' });
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /** Says who is at this workstation with the picker in the navigation. */
  async chooseCurrentUser(name: string): Promise<void> {
    await this.nav.getByLabel('You are').selectOption({ label: name });
  }

  async open(section: Section): Promise<void> {
    await this.nav.getByRole('link', { name: new RegExp(`^${section}`) }).click();
    await this.expectScreen(headings[section] ?? section);
  }

  async expectScreen(title: string): Promise<void> {
    await expect(this.heading).toHaveText(title);
  }

  /** The status line's notice, e.g. "Added … to the team." */
  notice(): Locator {
    return this.statusBar.getByRole('status');
  }
}
