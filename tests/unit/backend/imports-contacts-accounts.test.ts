import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportFieldName } from '../../../shared/model';
import { setSettingsOp } from '../../../electron/backend/store';
import { bookState, expectRefused, rpc, smallFirm } from '../../fixtures/backend';
import { crmSuggestedFields } from '../../fixtures/crm-contacts-accounts';

const now = () => new Date('2026-03-31T10:00:00Z');

type Firm = Awaited<ReturnType<typeof smallFirm>>;

/**
 * A Redtail/Wealthbox-style contacts-and-accounts export: one row per account, people repeated on
 * their accounts' rows, a trustee, a child, a POA without an account, notes on two rows of one
 * household, and a servicing advisor (Dana Whitfield) who is not on the team.
 */
const crmExport = readFileSync(new URL('../../fixtures/crm-contacts-accounts.csv', import.meta.url), 'utf8');

/** Previews `text` as a contacts-and-accounts file with the suggested mapping. */
async function preview(firm: Firm, text = crmExport) {
  const headers = text.split(/\r?\n/)[0]!.split(',');
  const columns = (await rpc(firm.backend, 'imports:suggest', { kind: 'contactsAccounts', headers })) as (ImportFieldName | null)[];
  return {
    columns,
    result: await rpc(firm.backend, 'imports:preview', {
      kind: 'contactsAccounts',
      fileName: 'redtail-export.csv',
      text,
      delimiter: ',',
      columns,
      dateOrder: 'mdy',
    }),
  };
}

function household(firm: Firm, name: string) {
  const { store } = firm.backend;
  const client = [...store.all('clients')].find((candidate) => candidate.name === name)!;
  return {
    client,
    people: store.byIndex('people', 'clientId', client.id),
    holdings: store.byIndex('holdings', 'clientId', client.id),
    reviews: store.byIndex('reviews', 'clientId', client.id),
  };
}

describe('imports of a CRM contacts-and-accounts export', () => {
  it('suggests every column of the export, the servicing advisor as the account manager', async () => {
    const firm = await smallFirm(now);
    const { columns } = await preview(firm);
    expect(columns).toEqual(crmSuggestedFields);
  });

  it('names a servicing advisor not on the team once, with the rows that wait for them, and imports those rows once they are added', async () => {
    const firm = await smallFirm(now);
    const { result } = await preview(firm);
    expect(result).toMatchObject({ rows: 12, create: 2, errorRows: 3, errorCount: 3 });
    expect(result.missingMembers).toEqual([{ name: 'Dana Whitfield', column: 'Servicing Advisor', rows: [8, 9, 10] }]);

    await rpc(firm.backend, 'team:create', { name: 'Dana Whitfield', role: 'adviser', email: 'dana@example.com' });
    const again = (await preview(firm)).result;
    expect(again).toMatchObject({ rows: 12, create: 3, update: 0, skip: 0, errorCount: 0, errorRows: 0, missingMembers: [] });
    expect(again.households).toEqual({
      people: 8,
      products: 11,
      productsOfUnknownKind: 0,
      reviewsFrom: { lastReview: 1, clientSince: 1, importDay: 1 },
    });
  });

  it('makes households, each person once with their relationship, and products of the right kind from one file', async () => {
    const firm = await smallFirm(now);
    const dana = await rpc(firm.backend, 'team:create', { name: 'Dana Whitfield', role: 'adviser', email: 'dana@example.com' });
    const { result } = await preview(firm);
    const seq = firm.backend.store.seq;
    const record = await rpc(firm.backend, 'imports:commit', { previewId: result.id });
    expect(firm.backend.store.seq).toBe(seq + 1);
    expect(record).toMatchObject({ kind: 'contactsAccounts', created: 3, updated: 0, skipped: 0 });

    const hartley = household(firm, 'Hartley Household');
    expect(hartley.client).toMatchObject({ primaryManagerId: firm.manager.id, type: 'household', clientSince: '2009-06-01' });
    expect(hartley.people.map((p) => [p.name, p.relationship, p.isPrimaryContact, p.dateOfBirth, p.phone])).toEqual([
      ['Robert Hartley', 'primary', true, '1961-04-17', '(617) 555-0142'],
      ['Linda Hartley', 'spouse_partner', false, '1963-09-02', '(617) 555-0143'],
      ['Emma Hartley', 'child', false, '1995-11-23', null],
      ['Margaret Okoye', 'trustee', false, null, '617-555-0199'],
    ]);
    expect(hartley.holdings.map((h) => [h.name, h.kind, h.provider, h.accountNumber, h.value.amountMinor, h.valuedOn])).toEqual([
      ['Roth IRA (Robert Hartley)', 'retirement_account', 'Charles Schwab', '4471-2290', 41_235_018, '2026-03-27'],
      ['Joint Brokerage (Robert Hartley)', 'investment_account', 'Charles Schwab', '4471-3305', 120_877_500, '2026-03-27'],
      ['Traditional IRA (Linda Hartley)', 'retirement_account', 'Charles Schwab', '4471-2291', 38_800_244, '2026-03-27'],
      ['401(k) (Linda Hartley)', 'retirement_account', 'Fidelity', '88-1200453', 24_561_000, '2026-03-27'],
      ['Custodial (UTMA) (Emma Hartley)', 'investment_account', 'Charles Schwab', '4471-5120', 3_840_000, '2026-03-27'],
      ['Variable Annuity (Margaret Okoye)', 'insurance_policy', 'Jackson National', 'FL-7730021', 31_000_000, '2025-12-31'],
    ]);
    // The notes of both rows that have one, in file order.
    expect(hartley.client.notes).toBe(
      'Prefers morning meetings; no calls on Fridays.\n\nPlans to retire in 2027; wants an income plan by then.',
    );

    const nguyen = household(firm, 'Nguyen Household');
    expect(nguyen.client.primaryManagerId).toBe(dana.id);
    expect(nguyen.people.map((p) => [p.name, p.relationship])).toEqual([
      ['Thomas Nguyen', 'primary'],
      ['Mai Nguyen', 'spouse_partner'],
    ]);
    expect(nguyen.holdings.map((h) => h.kind)).toEqual(['investment_account', 'retirement_account', 'insurance_policy']);

    const patel = household(firm, 'Patel Household');
    expect(patel.people.map((p) => [p.name, p.relationship])).toEqual([
      ['Anita Patel', 'primary'],
      ['Raj Patel', 'power_of_attorney'],
    ]);
    expect(patel.holdings.map((h) => [h.name, h.kind])).toEqual([
      ['Rollover IRA (Anita Patel)', 'retirement_account'],
      ['Fixed Annuity (Anita Patel)', 'insurance_policy'],
    ]);
    expect(patel.client.notes).toBe('Raj holds power of attorney for Anita.');
  });

  it('counts reviews from the last review given, else a recent client-since, else the import: none is overdue on arrival', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'team:create', { name: 'Dana Whitfield', role: 'adviser', email: 'dana@example.com' });
    const { result } = await preview(firm);
    await rpc(firm.backend, 'imports:commit', { previewId: result.id });
    const patel = household(firm, 'Patel Household');
    expect(patel.reviews.map((r) => [r.status, r.heldOn])).toEqual([['held', '2025-09-12']]);

    const rows = await rpc(firm.backend, 'clients:list', {});
    const nextReview = Object.fromEntries(rows.map((row) => [row.name, row.nextReviewOn]));
    // Tier C: a review every 12 months. Hartleys, clients since 2009 and never reviewed here: a year from the import.
    expect(nextReview).toMatchObject({
      'Hartley Household': '2027-03-31',
      'Nguyen Household': '2026-11-03',
      'Patel Household': '2026-09-12',
    });
  });

  it('reports every problem of a row at once, and counts rows with problems, not problems', async () => {
    const firm = await smallFirm(now);
    const text = [
      crmExport.split(/\r?\n/)[0],
      'Lone Household,Al,Lone,Spouse,not-an-email,,02/30/1961,,,Ann Lee,1,Roth IRA,Schwab,"1,000",03/27/2026,',
      'Lone Household,Bo,Lone,Cousin twice removed,bo@example.com,,,,,Ann Lee,2,IRA,Schwab,lots,03/27/2026,',
    ].join('\n');
    const { result } = await preview(firm, text);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Date of Birth'],
      [2, 'Email'],
      [3, 'Relationship'],
      [3, 'Market Value'],
    ]);
    expect(result).toMatchObject({ rows: 2, errorCount: 4, errorRows: 2, skip: 2, create: 0 });
    const before = bookState(firm.backend);
    await expectRefused(firm.backend, () => rpc(firm.backend, 'imports:commit', { previewId: result.id }), 'INVALID_INPUT', 'onlyGoodRows');
    expect(bookState(firm.backend)).toBe(before);
  });

  it('keeps two people of the same name apart when their details differ, and one when any detail matches', async () => {
    const firm = await smallFirm(now);
    const text = [
      'Household,First Name,Last Name,Email,Date of Birth,Advisor',
      'Smith Household,John,Smith,john@example.com,01/02/1950,Ann Lee',
      'Smith Household,John,Smith,jsmith@work.example,01/02/1950,Ann Lee',
      'Smith Household,John,Smith,junior@example.com,05/06/1980,Ann Lee',
      'Smith Household,John,Smith,,,Ann Lee',
    ].join('\n');
    const { result } = await preview(firm, text);
    await rpc(firm.backend, 'imports:commit', { previewId: result.id });
    expect(household(firm, 'Smith Household').people.map((p) => [p.email, p.dateOfBirth])).toEqual([
      ['john@example.com', '1950-01-02'],
      ['junior@example.com', '1980-05-06'],
    ]);
  });

  it('reads market values in the book currency’s minor units: 1234 in a yen book is ¥1,234', async () => {
    const firm = await smallFirm(now);
    // A book's currency is chosen when it is made; a yen book is set up here directly.
    const { store } = firm.backend;
    await store.mutate({ account: 'tester', member: null }, () => ({
      ops: [setSettingsOp({ ...store.settings, currency: 'JPY' })],
      result: null,
    }));
    const text = ['Household,Last Name,Advisor,Account Type,Market Value', 'Sato Household,Sato,Ann Lee,NISA brokerage,1234'].join('\n');
    const { result } = await preview(firm, text);
    await rpc(firm.backend, 'imports:commit', { previewId: result.id });
    expect(household(firm, 'Sato Household').holdings.map((h) => h.value)).toEqual([{ amountMinor: 1234, currency: 'JPY' }]);
  });

  it('remembers the column mapping and the date order with the import', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'team:create', { name: 'Dana Whitfield', role: 'adviser', email: 'dana@example.com' });
    const { result } = await preview(firm);
    await rpc(firm.backend, 'imports:commit', { previewId: result.id });
    const { importMappings } = firm.backend.store.settings;
    expect(importMappings.contactsAccounts?.['servicing advisor']).toBe('manager');
    expect(importMappings.dateOrders).toEqual({ contactsAccounts: 'mdy' });
  });
});
