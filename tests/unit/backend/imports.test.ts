import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../shared/domain/import/decode';
import type { ImportFieldName } from '../../../shared/model';
import { bookState, expectRefused, onOfficeBook, rpc, smallFirm } from '../../fixtures/backend';

const now = () => new Date('2026-03-31T10:00:00Z');

type Firm = Awaited<ReturnType<typeof smallFirm>>;

/** Previews `text` with the suggested mapping for its header. */
async function preview(
  firm: Firm,
  kind: 'households' | 'holdings' | 'interactions' | 'tasks' | 'surveys',
  text: string,
  delimiter: ',' | ';' | '\t' = ',',
  dateOrder: 'mdy' | 'dmy' = 'mdy',
) {
  const headers = text.split(/\r?\n/)[0]!.split(delimiter);
  const columns = (await rpc(firm.backend, 'imports:suggest', { kind, headers })) as (ImportFieldName | null)[];
  return rpc(firm.backend, 'imports:preview', { kind, fileName: `${kind}.csv`, text, delimiter, columns, dateOrder });
}

const households = [
  'Household,First Name,Last Name,Email,Phone,Tier,Advisor,Client Since',
  'The Park Household,Jin,Park,jin@example.com,617-555-0101,A,Ann Lee,03/15/2019',
  'The Park Household,Mia,Park,,,,,',
  'The Shah Household,Ravi,Shah,ravi@example.com,,B,ben@example.com,2021-01-02',
].join('\r\n');

describe('imports of households', () => {
  it('suggests fields from headers, each field once, remembered mappings first', async () => {
    const firm = await smallFirm(now);
    expect(await rpc(firm.backend, 'imports:suggest', { kind: 'households', headers: ['First Name', 'Given name', 'Odd'] })).toEqual([
      'firstName',
      null,
      null,
    ]);
  });

  it('groups rows into households with their people and commits them in one change', async () => {
    const firm = await smallFirm(now);
    const result = await preview(firm, 'households', households);
    expect(result).toMatchObject({ rows: 3, create: 2, update: 0, skip: 0, errorCount: 0, duplicates: [] });
    const seq = firm.backend.store.seq;
    const record = await rpc(firm.backend, 'imports:commit', { previewId: result.id });
    expect(firm.backend.store.seq).toBe(seq + 1);
    expect(record).toMatchObject({ kind: 'households', created: 2, updated: 0, skipped: 0 });
    const park = [...firm.backend.store.all('clients')].find((c) => c.name === 'The Park Household')!;
    expect(park).toMatchObject({ tier: 'A', primaryManagerId: firm.manager.id, clientSince: '2019-03-15', type: 'household' });
    const people = firm.backend.store.byIndex('people', 'clientId', park.id);
    expect(people.map((p) => [p.name, p.isPrimaryContact, p.relationship])).toEqual([
      ['Jin Park', true, 'primary'],
      ['Mia Park', false, 'other'],
    ]);
    expect(firm.backend.store.settings.importMappings.households['advisor']).toBe('manager');
    expect(await rpc(firm.backend, 'imports:list', {})).toEqual([record]);
    // What takes it back: a backup taken just before (a book on this computer), or its kept inverse (the office book).
    if (onOfficeBook) expect(record.backupFile).toMatch(/^undo_/);
    else
      expect((await rpc(firm.backend, 'backups:list', {})).some((b) => b.file === record.backupFile && b.reason === 'pre-import')).toBe(
        true,
      );
  });

  it('lists bad rows with their numbers and imports nothing unless only good rows are asked for', async () => {
    const firm = await smallFirm(now);
    const text = [households, 'The Bad Household,Al,Bad,not-an-email,,Z,Nobody,31/31/2020'].join('\r\n');
    const result = await preview(firm, 'households', text);
    // Every problem of the row at once, the email too: one row with problems.
    expect(result).toMatchObject({ errorCount: 4, errorRows: 1 });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [5, 'Tier'],
      [5, 'Advisor'],
      [5, 'Client Since'],
      [5, 'Email'],
    ]);
    expect(result.errors[0]!.message).toBe('Tier “Z” is not a known tier.');
    const before = bookState(firm.backend);
    await expectRefused(firm.backend, () => rpc(firm.backend, 'imports:commit', { previewId: result.id }), 'INVALID_INPUT', 'onlyGoodRows');
    expect(bookState(firm.backend)).toBe(before);
    const record = await rpc(firm.backend, 'imports:commit', { previewId: result.id, onlyGoodRows: true });
    expect(record).toMatchObject({ created: 2, skipped: 1 });
    await expectRefused(firm.backend, () => rpc(firm.backend, 'imports:commit', { previewId: result.id }), 'NOT_FOUND');
  });

  it('takes nothing from a bad row: a household whose only row is bad is not made, and a bad person is left out', async () => {
    const firm = await smallFirm(now);
    const text = [
      'Household,First Name,Last Name,Email,Tier,Advisor',
      'The Lone Household,Al,Lone,not-an-email,A,Ann Lee',
      'The Mixed Household,Bo,Mixed,bo@example.com,B,Ann Lee',
      'The Mixed Household,Cy,Mixed,also-bad,A,Ann Lee',
    ].join('\r\n');
    const result = await preview(firm, 'households', text);
    expect(result).toMatchObject({ rows: 3, create: 1, skip: 2, errorCount: 2 });
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Email'],
      [4, 'Email'],
    ]);
    await rpc(firm.backend, 'imports:commit', { previewId: result.id, onlyGoodRows: true });
    const names = [...firm.backend.store.all('clients')].map((c) => c.name);
    expect(names).not.toContain('The Lone Household');
    const mixed = [...firm.backend.store.all('clients')].find((c) => c.name === 'The Mixed Household')!;
    // The tier comes from the good row only.
    expect(mixed.tier).toBe('B');
    expect(firm.backend.store.byIndex('people', 'clientId', mixed.id).map((p) => p.name)).toEqual(['Bo Mixed']);
  });

  it('reads semicolon files in Windows-1252 with day-first dates and quoted newlines', async () => {
    const firm = await smallFirm(now);
    const text =
      'Household;Name;Client Since;Manager;Notes\r\n"The Rémy Household";Rémy Dupré;25/12/2020;Ann Lee;"first line\r\n“second”"\r\n';
    const bytes = Uint8Array.from(text, (char) => ({ é: 0xe9, '“': 0x93, '”': 0x94 })[char] ?? char.charCodeAt(0));
    const decoded = decodeCsvBytes(bytes, 'auto');
    expect(decoded.encoding).toBe('windows-1252');
    const result = await preview(firm, 'households', decoded.text, ';', 'dmy');
    expect(result).toMatchObject({ create: 1, errorCount: 0 });
    await rpc(firm.backend, 'imports:commit', { previewId: result.id });
    const client = [...firm.backend.store.all('clients')].find((c) => c.name === 'The Rémy Household')!;
    expect(client).toMatchObject({ clientSince: '2020-12-25', notes: 'first line\r\n“second”', type: 'individual' });
  });

  it('asks about households already in the book and follows skip, merge and create', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'people:create', {
      clientId: firm.client.id,
      name: 'Ann Lee',
      relationship: 'primary',
      email: 'ann.lee@example.com',
    });
    const text = [
      'Household ID,Household,Name,Email,Phone,Manager',
      `${firm.client.id},The Lee Household,Sam Lee,sam@example.com,,Ann Lee`,
      'The Other Lees,The Other Lees,Ann Lee,,,Ann Lee',
      'New Household,New Household,Neo New,,,Ann Lee',
    ].join('\n');
    const result = await preview(firm, 'households', text);
    expect(result).toMatchObject({ create: 1, update: 2 });
    expect(result.duplicates.map((d) => [d.incomingName, d.existingId, d.matchedOn])).toEqual([
      ['The Lee Household', firm.client.id, ['name']],
      ['The Other Lees', firm.client.id, ['name']],
    ]);
    const [lee, other] = result.duplicates;
    await expectRefused(
      firm.backend,
      () => rpc(firm.backend, 'imports:commit', { previewId: result.id, decisions: { [lee!.key]: 'merge' } }),
      'INVALID_INPUT',
    );
    const record = await rpc(firm.backend, 'imports:commit', {
      previewId: result.id,
      decisions: { [lee!.key]: 'merge', [other!.key]: 'skip' },
    });
    expect(record).toMatchObject({ created: 1, updated: 1, skipped: 1 });
    const people = firm.backend.store.byIndex('people', 'clientId', firm.client.id).map((p) => p.name);
    expect(people.sort()).toEqual(['Ann Lee', 'Sam Lee']);
    expect([...firm.backend.store.all('clients')].map((c) => c.name).sort()).toEqual(['New Household', 'The Lee Household']);

    const again = await preview(firm, 'households', text);
    await rpc(firm.backend, 'imports:commit', {
      previewId: again.id,
      decisions: Object.fromEntries(again.duplicates.map((d) => [d.key, 'create'])),
    });
    expect([...firm.backend.store.all('clients')].filter((c) => c.name === 'The Lee Household')).toHaveLength(2);
  });

  it('changes nothing when the book changed since the preview, and undo restores the book', async () => {
    const firm = await smallFirm(now);
    const result = await preview(firm, 'households', households);
    const before = bookState(firm.backend);
    // The manager named in the file leaves between preview and commit.
    const members = firm.backend.store as unknown as { get: (c: string, id: string) => unknown };
    expect(members.get('teamMembers', firm.adviser.id)).toBeTruthy();
    const real = firm.backend.store.get.bind(firm.backend.store);
    firm.backend.store.get = ((collection: string, id: string) =>
      collection === 'teamMembers' && id === firm.adviser.id ? undefined : real(collection as never, id)) as never;
    await expectRefused(firm.backend, () => rpc(firm.backend, 'imports:commit', { previewId: result.id }), 'CONFLICT');
    firm.backend.store.get = real;
    expect(bookState(firm.backend)).toBe(before);

    const again = await preview(firm, 'households', households);
    const record = await rpc(firm.backend, 'imports:commit', { previewId: again.id });
    expect(firm.backend.store.count('clients')).toBe(3);
    await rpc(firm.backend, 'imports:undo', { id: record.id });
    expect(bookState(firm.backend)).toBe(before);
    await expectRefused(firm.backend, () => rpc(firm.backend, 'imports:undo', { id: 'im_missing' }), 'NOT_FOUND', 'id');
  });

  it('refuses files that cannot be mapped', async () => {
    const firm = await smallFirm(now);
    const base = { kind: 'holdings' as const, fileName: 'x.csv', delimiter: ',' as const, dateOrder: 'mdy' as const };
    // Each file and mapping, and the field the refusal names.
    const cases: Array<{ text: string; columns: (ImportFieldName | null)[]; path: string }> = [
      { text: 'Household,Product,Value\n', columns: ['householdName', 'productName', 'value'], path: 'text' },
      { text: 'Household;Product;Value\na;b;1\n', columns: ['householdName'], path: 'text' },
      { text: 'Household,Product,Value\na,b,1\n', columns: ['householdName', 'productName'], path: 'columns' },
      { text: 'Household,Product,Value\na,b,1\n', columns: ['householdName', 'productName', 'productName'], path: 'columns.2' },
      { text: 'Household,Email,Value\na,b,1\n', columns: ['householdName', 'email', 'value'], path: 'columns.1' },
      { text: 'Household,Product,Value\na,b,1\n', columns: ['householdName', 'productName', null], path: 'columns' },
    ];
    for (const { text, columns, path } of cases) {
      await expectRefused(firm.backend, () => rpc(firm.backend, 'imports:preview', { ...base, text, columns }), 'INVALID_INPUT', path);
    }
  });
});

describe('imports of other kinds', () => {
  it('attaches products, interactions, tasks and surveys to households by name or id', async () => {
    const firm = await smallFirm(now);
    const products = await preview(
      firm,
      'holdings',
      [
        'Household,Product,Account Type,Acct #,Market Value,As of,Annual Fee',
        'the  LEE household,Brokerage,brokerage,AB-1,"$1,234.50",03/01/2026,$10',
        'Nobody,IRA,ira,,5,,',
        'The Lee Household,IRA,IRA,,12.3x,,',
      ].join('\n'),
    );
    expect(products).toMatchObject({ create: 1, errorCount: 2 });
    expect(products.errors.map((e) => e.message)).toEqual([
      'No household named “Nobody” in the book; import the households file first or fix the name.',
      'Market Value “12.3x” must be an amount like 1,234.56.',
    ]);
    await rpc(firm.backend, 'imports:commit', { previewId: products.id, onlyGoodRows: true });
    const [holding] = firm.backend.store.byIndex('holdings', 'clientId', firm.client.id);
    expect(holding).toMatchObject({
      kind: 'investment_account',
      accountNumber: 'AB-1',
      value: { amountMinor: 123_450, currency: 'USD' },
      valuedOn: '2026-03-01',
    });

    const revalued = await preview(
      firm,
      'holdings',
      ['Household ID,Product,Acct #,Value,As of', `${firm.client.id},Brokerage,AB 1,2000,2026-03-30`].join('\n'),
    );
    expect(revalued).toMatchObject({ create: 0, update: 1 });
    await rpc(firm.backend, 'imports:commit', { previewId: revalued.id });
    expect(firm.backend.store.get('holdings', holding!.id)).toMatchObject({
      value: { amountMinor: 200_000 },
      valueHistory: [{ on: '2026-03-01' }, { on: '2026-03-30' }],
    });

    for (const [kind, text] of [
      ['interactions', 'Household,Date,Type,Summary,Staff\nThe Lee Household,2026-03-02,Phone call,Talked,Ben Ortiz'],
      ['tasks', 'Household,Title,Due Date,Owner,Status\nThe Lee Household,Send forms,04/02/2026,,Completed\n,Office task,,Dev Rao,'],
      ['surveys', 'Household,Date,NPS,CSAT\nThe Lee Household,2026-03-03,9,\nThe Lee Household,2026-03-03,11,'],
    ] as const) {
      const result = await preview(firm, kind, text);
      await rpc(firm.backend, 'imports:commit', { previewId: result.id, onlyGoodRows: true });
    }
    expect(firm.backend.store.byIndex('interactions', 'clientId', firm.client.id).find((i) => i.summary === 'Talked')).toMatchObject({
      kind: 'call',
      staffId: firm.adviser.id,
    });
    const tasks = [...firm.backend.store.all('tasks')];
    expect(tasks.find((t) => t.title === 'Send forms')).toMatchObject({ status: 'done', assigneeId: firm.manager.id, dueOn: '2026-04-02' });
    expect(tasks.find((t) => t.title === 'Office task')).toMatchObject({ clientId: null, assigneeId: firm.paraplanner.id });
    // The file does not say how the answer was given: it is not guessed to be an email.
    expect(firm.backend.store.byIndex('surveys', 'clientId', firm.client.id).map((s) => [s.nps, s.channel])).toEqual([[9, 'unknown']]);
  });

  it('reads amounts by the firm’s locale, as a person there types them', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'settings:update', { locale: 'de-DE', currency: 'EUR' });
    const products = await preview(
      firm,
      'holdings',
      [
        'Household;Product;Market Value;As of;Annual Fee',
        'The Lee Household;Depot;1.234.567,89 €;31.03.2026;1.250',
        'The Lee Household;Fonds;1,234;31.03.2026;0',
      ].join('\n'),
      ';',
      'dmy',
    );
    expect(products.errors.map((e) => e.message)).toEqual(['Market Value “1,234” must be an amount like 1,234.56.']);
    await rpc(firm.backend, 'imports:commit', { previewId: products.id, onlyGoodRows: true });
    expect(firm.backend.store.byIndex('holdings', 'clientId', firm.client.id)).toMatchObject([
      { name: 'Depot', value: { amountMinor: 123_456_789, currency: 'EUR' }, annualFee: { amountMinor: 125_000 }, valuedOn: '2026-03-31' },
    ]);
  });

  it('reads Indian grouping and Devanagari digits for an Indian firm', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'settings:update', { locale: 'hi-IN', currency: 'INR' });
    const products = await preview(
      firm,
      'holdings',
      ['Household,Product,Market Value,As of', 'The Lee Household,SIP,"₹१३,३२,८६,५३९.५०",३१/०३/२०२६'].join('\n'),
      ',',
      'dmy',
    );
    expect(products.errors).toEqual([]);
    await rpc(firm.backend, 'imports:commit', { previewId: products.id });
    expect(firm.backend.store.byIndex('holdings', 'clientId', firm.client.id)).toMatchObject([
      { value: { amountMinor: 13_328_653_950, currency: 'INR' }, valuedOn: '2026-03-31' },
    ]);
  });

  it('reads an account type a holdings file maps to the product type from its common spellings', async () => {
    const firm = await smallFirm(now);
    const types = ['Roth IRA', '401(k)', 'Brokerage', 'Variable Annuity', 'Term Life Policy', 'Managed Account', 'Crypto wallet'];
    const text = ['Household,Product,Product Type,Value', ...types.map((type) => `The Lee Household,${type},${type},100`)].join('\n');
    const result = await preview(firm, 'holdings', text);
    expect(result.errors.map((e) => [e.row, e.message])).toEqual([[8, 'Product Type “Crypto wallet” is not a known product type.']]);
    await rpc(firm.backend, 'imports:commit', { previewId: result.id, onlyGoodRows: true });
    expect(firm.backend.store.byIndex('holdings', 'clientId', firm.client.id).map((h) => [h.name, h.kind])).toEqual([
      ['Roth IRA', 'retirement_account'],
      ['401(k)', 'retirement_account'],
      ['Brokerage', 'investment_account'],
      ['Variable Annuity', 'insurance_policy'],
      ['Term Life Policy', 'insurance_policy'],
      ['Managed Account', 'managed_portfolio'],
    ]);
  });
});
