import { expect, type Locator, type Page } from '@playwright/test';
import { fieldError } from './form-fields';

export class ClientsPage {
  readonly search: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly newClientButton: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.table = page.getByRole('grid', { name: 'Client households' });
    // Only the rows in view are rendered; the padding rows around them stand in for the rest.
    this.rows = this.table.locator('tbody tr[aria-rowindex]');
    this.count = page.locator('.result-count');
    // The header's button; the empty state offers a second one.
    this.newClientButton = page.getByRole('link', { name: /^New client/ }).first();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.rows.first()).toBeVisible();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('.cell-primary', { hasText: name }) });
  }

  async names(): Promise<string[]> {
    return this.rows.locator('.cell-primary').allTextContents();
  }

  /** Types a search and waits for its answer (the count says "match" and is no longer busy). */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.count).toHaveText(/match/);
    await expect(this.count).toHaveAttribute('aria-busy', 'false');
  }

  /** Ticks a household's checkbox (for Reassign). */
  async tick(name: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  async filterBy(label: 'Manager' | 'Tier' | 'Status', option: string): Promise<void> {
    await this.page.getByRole('search').getByLabel(label, { exact: true }).selectOption({ label: option });
  }
}

export class NewClientPage {
  readonly form: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'New client' });
    this.submit = this.form.getByRole('button', { name: 'Add client' });
  }

  async fill(values: { name?: string; type?: string; tier?: string; status?: string; manager?: string }): Promise<void> {
    if (values.name !== undefined) await this.form.getByLabel('Name', { exact: true }).fill(values.name);
    if (values.type) await this.form.getByLabel('Type', { exact: true }).selectOption({ label: values.type });
    if (values.tier) await this.form.getByLabel('Tier', { exact: true }).selectOption({ label: values.tier });
    if (values.status) await this.form.getByLabel('Status', { exact: true }).selectOption({ label: values.status });
    if (values.manager) await this.form.getByLabel('Primary manager', { exact: true }).selectOption({ label: values.manager });
  }

  error(label: string): Locator {
    return fieldError(this.form, label);
  }

  /** Fills the form, adds the client and waits for the new household's page, which opens in its place. Returns its id. */
  async create(values: { name: string; type?: string; tier?: string; status?: string; manager?: string }): Promise<string> {
    await this.fill(values);
    await this.submit.click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(values.name);
    const id = /#\/clients\/([^/?]+)$/.exec(this.page.url())?.[1];
    expect(id, 'the new client page’s address').toBeDefined();
    return id!;
  }
}
