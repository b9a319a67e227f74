import { expect, type Locator, type Page } from '@playwright/test';
import { fieldError } from './form-fields';

/** The client page, `#/clients/:id`. */
export class ClientPageObject {
  readonly heading: Locator;
  readonly header: Locator;
  readonly lastContact: Locator;
  readonly people: Locator;
  readonly holdings: Locator;
  readonly holdingsTable: Locator;
  readonly logForm: Locator;
  readonly timeline: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.header = page.locator('header.cp-header');
    this.lastContact = page.getByTestId('header-last-contact');
    this.people = page.getByRole('region', { name: /^People/ });
    this.holdings = page.getByRole('region', { name: /^Products and services/ });
    this.holdingsTable = page.getByRole('table', { name: 'Products and services' });
    this.logForm = page.getByRole('form', { name: 'Log interaction' });
    this.timeline = page.getByRole('list', { name: 'Interaction timeline, newest first' });
  }

  async open(id: string, name: string): Promise<void> {
    await this.page.evaluate((hash) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
    }, `#/clients/${id}`);
    await expect(this.heading).toHaveText(name);
  }

  form(name: string | RegExp): Locator {
    return this.page.getByRole('form', { name });
  }

  async addPerson(person: { name: string; relationship: string; email?: string; phone?: string; primary?: boolean }): Promise<Locator> {
    await this.people.getByRole('button', { name: 'Add person' }).click();
    const form = this.form('Add a person');
    await form.getByLabel('Full name').fill(person.name);
    await form.getByLabel('Relationship').selectOption({ label: person.relationship });
    if (person.email !== undefined) await form.getByLabel('Email').fill(person.email);
    if (person.phone !== undefined) await form.getByLabel('Phone').fill(person.phone);
    if (person.primary) await form.getByLabel('Primary contact').check();
    await form.getByRole('button', { name: 'Add person' }).click();
    return form;
  }

  async addProduct(product: {
    kind: string;
    name: string;
    provider?: string;
    account?: string;
    value: string;
    fee?: string;
  }): Promise<Locator> {
    await this.holdings.getByRole('button', { name: 'Add product' }).click();
    const form = this.form('Add a product or service');
    await form.getByLabel('Kind').selectOption({ label: product.kind });
    await form.getByLabel('Name', { exact: true }).fill(product.name);
    if (product.provider) await form.getByLabel('Provider').fill(product.provider);
    if (product.account) await form.getByLabel('Account number').fill(product.account);
    await form.getByLabel('Value', { exact: true }).fill(product.value);
    if (product.fee) await form.getByLabel('Annual fee').fill(product.fee);
    await form.getByRole('button', { name: 'Add product' }).click();
    return form;
  }

  timelineItems(): Locator {
    return this.timeline.getByRole('listitem');
  }

  error(scope: Locator, label: string): Locator {
    return fieldError(scope, label);
  }
}
