import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type ImportPreview } from '../../shared/model';
import { ImportScreen } from '../../renderer/features/import/import-screen';
// The Redtail/Wealthbox-style export the backend tests import whole.
import crmExport from '../fixtures/crm-contacts-accounts.csv?raw';
import { crmSuggestedFields } from '../fixtures/crm-contacts-accounts';
import { teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { csvFile, importPreview, rowError } from './support/import-data';
import { renderWithApp } from './support/render';

/** The dry run of the export before Dana Whitfield is on the team. */
function crmPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return importPreview({
    kind: 'contactsAccounts',
    fileName: 'redtail-export.csv',
    rows: 12,
    create: 2,
    skip: 3,
    errors: [8, 9, 10].map((row) =>
      rowError({
        row,
        column: 'Servicing Advisor',
        message: 'Servicing Advisor “Dana Whitfield” is not a team member; add them to the team or fix the name.',
      }),
    ),
    errorCount: 3,
    missingMembers: [{ name: 'Dana Whitfield', column: 'Servicing Advisor', rows: [8, 9, 10] }],
    households: { people: 6, products: 8, productsOfUnknownKind: 1, reviewsFrom: { lastReview: 1, clientSince: 0, importDay: 1 } },
    ...overrides,
  });
}

function renderImport(handlers: FakeHandlers = {}) {
  return renderWithApp(<ImportScreen />, {
    route: '/import',
    handlers: {
      'imports:list': () => [],
      'settings:get': () => defaultSettings,
      'imports:suggest': ({ headers }) => (headers.length === crmSuggestedFields.length ? crmSuggestedFields : headers.map(() => null)),
      'imports:preview': () => crmPreview(),
      ...handlers,
    },
  });
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, text = crmExport) {
  await user.click(screen.getByRole('radio', { name: /Contacts and accounts/ }));
  await user.upload(screen.getByLabelText('CSV file'), csvFile(text, 'redtail-export.csv'));
  await screen.findByText(/is ready\./);
  await user.click(screen.getByRole('button', { name: 'Next: match the columns' }));
  await screen.findByRole('table', { name: 'Columns in the file' });
}

describe('Import: a CRM contacts-and-accounts export', () => {
  it('offers the one import for a CRM export, maps its columns and reads its dates month first from a birth date like 04/17/1961', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport();
    expect(screen.getByRole('radio', { name: /Contacts and accounts.*same person may be on several rows/ })).toBeTruthy();
    await chooseFile(user);
    expect(screen.getByRole('combobox', { name: 'Import “Servicing Advisor” as' })).toHaveProperty('value', 'manager');
    expect(screen.getByRole('combobox', { name: 'Import “Account Type” as' })).toHaveProperty('value', 'kind');
    expect(screen.getByText('The dates in the file are written month first.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'March 4 (month first)' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    await screen.findByText(/12 rows read/);
    expect(transport.callsTo('imports:preview')).toEqual([
      expect.objectContaining({ kind: 'contactsAccounts', dateOrder: 'mdy', columns: crmSuggestedFields }),
    ]);
  });

  it('takes dates that read either way as the last import of the kind did', async () => {
    const user = userEvent.setup();
    renderImport({
      'settings:get': () => ({
        ...defaultSettings,
        importMappings: { ...defaultSettings.importMappings, dateOrders: { contactsAccounts: 'dmy' } },
      }),
      'imports:suggest': () => ['householdName', 'lastName', 'clientSince'],
    });
    await chooseFile(user, ['Household,Last Name,Client Since', 'Hartley Household,Hartley,06/01/2009'].join('\n'));
    await screen.findByText(/day first was chosen at the last import of this kind/);
    expect(screen.getByRole('radio', { name: '3 April (day first)' })).toHaveProperty('checked', true);
  });

  it('counts rows with problems, not problems: two rows with three problems are two rows', async () => {
    const user = userEvent.setup();
    renderImport({
      'imports:preview': () =>
        crmPreview({
          errors: [rowError({ row: 2, column: 'Date of Birth' }), rowError({ row: 2, column: 'Email' }), rowError({ row: 3 })],
          errorCount: 3,
          missingMembers: [],
        }),
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    expect(await screen.findByRole('heading', { level: 3, name: '2 rows with problems' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /2 rows with errors will be left out/ })).toBeTruthy();
    expect(screen.getByText('3 of 3 problems listed.')).toBeTruthy();
  });

  it('says what the households bring and when their first reviews fall due', async () => {
    const user = userEvent.setup();
    renderImport();
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    expect(await screen.findByText('The households in the file bring 6 people and 8 products.')).toBeTruthy();
    expect(screen.getByText(/1 product has an account type Clientbook does not know; it will be imported as “Other”/)).toBeTruthy();
    expect(screen.getByText(/1 household keeps the last review date in the file/)).toBeTruthy();
    expect(screen.getByText(/1 household has no review on record; its first review counts from today’s import/)).toBeTruthy();
  });

  it('says nothing of what the households bring when no household can be made', async () => {
    const user = userEvent.setup();
    renderImport({
      'imports:preview': () => crmPreview({ create: 0, households: { ...crmPreview().households!, people: 0, products: 0 } }),
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    await screen.findByText(/12 rows read/);
    expect(screen.queryByText(/The households in the file bring/)).toBeNull();
  });

  it('adds a servicing advisor who is not on the team in one step, then checks the file again', async () => {
    const user = userEvent.setup();
    let added = false;
    const { transport } = renderImport({
      'team:create': (input) => {
        added = true;
        return teamMember({ id: 'tm_dana', name: input.name, email: input.email, role: input.role });
      },
      'imports:preview': () => (added ? crmPreview({ create: 3, skip: 0, errors: [], errorCount: 0, missingMembers: [] }) : crmPreview()),
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    const section = await screen.findByRole('region', { name: '1 person named in the file is not on your team' });
    const form = within(section).getByRole('form', { name: 'Dana Whitfield (Servicing Advisor, rows 8, 9, 10)' });
    expect(within(form).getByLabelText(/Name/)).toHaveProperty('value', 'Dana Whitfield');
    await user.type(within(form).getByLabelText(/Email/), 'dana@example.com');
    await user.click(within(form).getByRole('button', { name: 'Add Dana Whitfield to the team' }));

    await screen.findByText(/3 will be created/);
    expect(transport.callsTo('team:create')).toEqual([
      { name: 'Dana Whitfield', role: 'adviser', email: 'dana@example.com', capacity: null, language: null },
    ]);
    expect(transport.callsTo('imports:preview')).toHaveLength(2);
    expect(screen.queryByRole('region', { name: /not on your team/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import' })).toHaveProperty('disabled', false);
  });
});
