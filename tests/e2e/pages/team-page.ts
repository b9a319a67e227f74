import { expect, type Locator, type Page } from '@playwright/test';
import { fieldError } from './form-fields';

export class TeamPage {
  readonly table: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Team members' });
    this.form = page.getByRole('form', { name: 'Add team member' });
  }

  row(name: string): Locator {
    return this.table.locator('tbody tr', { hasText: name });
  }

  async fill(member: { name: string; role?: string; email: string }): Promise<void> {
    await this.form.getByLabel('Name', { exact: true }).fill(member.name);
    if (member.role) await this.form.getByLabel('Role', { exact: true }).selectOption({ label: member.role });
    await this.form.getByLabel('Email', { exact: true }).fill(member.email);
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Add team member' }).click();
  }

  async add(member: { name: string; role: string; email: string }): Promise<void> {
    await this.fill(member);
    await this.submit();
    await expect(this.row(member.name)).toBeVisible();
  }

  error(label: string): Locator {
    return fieldError(this.form, label);
  }
}
