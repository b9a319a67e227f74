import type { Locator } from '@playwright/test';

/** The validation message shown with the field labelled `label` inside `scope`. */
export function fieldError(scope: Locator, label: string): Locator {
  return scope.locator('.field', { has: scope.page().getByLabel(label, { exact: true }) }).locator('.field__error');
}
