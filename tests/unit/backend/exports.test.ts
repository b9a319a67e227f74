import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../../electron/backend/store';
import { parseCsv } from '../../../shared/domain/import/parse';
import { parseMoney } from '../../../shared/domain/money';
import { bookState, expectRefused, freshBackend, wholeBookImportsNeedDataFolder, rpc, smallFirm } from '../../fixtures/backend';
import { tempDir } from '../../fixtures/temp-dir';

const now = () => new Date('2026-03-31T10:00:00Z');

/**
 * What a spreadsheet would run as a formula, typed into every free-text field (OWASP's CSV
 * injection list: =, +, -, @, tab, carriage return). Names are trimmed by the contract, so the
 * tab and CR ones reach only notes and comments; in names they arrive as their "=" remainder.
 */
const payloads = [
  '=HYPERLINK("http://evil.example","Open")',
  "=cmd|' /C calc'!A0",
  '+SUM(1,1)',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  // Already text to a spreadsheet; escaped once more so it imports back exactly as typed.
  "'=1+1",
];
const formulaStart = /^[=+\-@\t\r]/;

/** Columns the export writes as numbers; every other column is text. */
const numberColumns = new Set(['Value', 'Annual Fee', 'Duration Minutes', 'NPS', 'CSAT']);

/** A book whose every free-text field, member and tier name holds one of the payloads. */
async function bookOfPayloads() {
  const { backend } = await freshBackend(now);
  await rpc(backend, 'setup:startEmpty', {});
  await rpc(backend, 'settings:update', { tierNames: { A: payloads[0]!, B: payloads[2]!, C: payloads[4]! } });
  const clientIds: string[] = [];
  for (const [index, payload] of payloads.entries()) {
    const member = await rpc(backend, 'team:create', { name: payload, role: 'adviser', email: `member${index}@example.com` });
    const client = await rpc(backend, 'clients:create', {
      name: payload,
      tier: (['A', 'B', 'C'] as const)[index % 3]!,
      primaryManagerId: member.id,
      address: { line1: payload, line2: payload, city: payload, region: payload, postalCode: payload.slice(0, 20), country: payload },
      tags: [payload.slice(0, 40)],
      notes: payload,
    });
    clientIds.push(client.id);
    const person = await rpc(backend, 'people:create', {
      clientId: client.id,
      name: payload,
      relationship: 'primary',
      // Real phone numbers and addresses start with + and - too.
      phone: index % 2 === 0 ? '+44 20 7946 0958' : '-555-0142-99',
      email: `${index % 2 === 0 ? '+' : '-'}adviser${index}@example.com`,
    });
    await rpc(backend, 'holdings:create', {
      clientId: client.id,
      name: payload,
      kind: 'investment_account',
      provider: payload,
      accountNumber: '-0042-7781',
      value: { amountMinor: 123_456, currency: 'USD' },
      annualFee: { amountMinor: 85_000, currency: 'USD' },
      valuedOn: '2026-03-01',
    });
    await rpc(backend, 'interactions:log', {
      clientId: client.id,
      kind: 'call',
      at: '2026-03-30T09:00:00Z',
      durationMinutes: 25,
      staffId: member.id,
      summary: payload,
    });
    await rpc(backend, 'tasks:create', { title: payload, clientId: client.id, assigneeId: member.id, byId: member.id, notes: payload });
    await rpc(backend, 'surveys:record', {
      clientId: client.id,
      personId: person.id,
      on: '2026-03-30',
      nps: 3,
      csat: 2,
      channel: 'phone',
      comment: payload,
      byId: member.id,
    });
  }
  return { backend, clientIds };
}

/** Every CSV in `folder`, parsed back as a spreadsheet would read it: header row, then data rows. */
async function csvTablesIn(folder: string): Promise<Map<string, { header: string[]; rows: string[][] }>> {
  const tables = new Map<string, { header: string[]; rows: string[][] }>();
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.csv'))) {
    const text = (await readFile(path.join(folder, file), 'utf8')).replace(/^\uFEFF/, '');
    const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(errors, file).toEqual([]);
    const [header, ...rows] = data;
    tables.set(file, { header: header!, rows });
  }
  return tables;
}

/**
 * Checks a folder's CSVs: no text cell starts with a formula character (an escaped one starts
 * with '), every number cell is a plain number. Returns how many text cells held a payload.
 */
function expectDefused(tables: Map<string, { header: string[]; rows: string[][] }>): number {
  const unescaped: string[] = [];
  let planted = 0;
  for (const [file, { header, rows }] of tables) {
    for (const row of rows) {
      for (const [column, cell] of row.entries()) {
        const field = header[column]!;
        if (numberColumns.has(field)) {
          expect(cell, `${file} ${field}`).toMatch(/^(-?\d+(\.\d+)?)?$/);
          continue;
        }
        const value = cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
        if (!formulaStart.test(value)) continue;
        planted++;
        if (value === cell) unescaped.push(`${file} ${field}: ${JSON.stringify(cell)}`);
      }
    }
  }
  expect(unescaped, `${unescaped.length} of ${planted} cells holding a formula are unescaped`).toEqual([]);
  return planted;
}

/** The CSV files of a whole-book export, one per entity, in name order. */
const bookCsvFiles = ['households.csv', 'interactions.csv', 'people.csv', 'products.csv', 'surveys.csv', 'tasks.csv'];

describe('exports', () => {
  // Exports the demo book and imports it back: about 1 s alone, so 10 s for a loaded machine.
  it.skipIf(wholeBookImportsNeedDataFolder)(
    'writes CSVs that map themselves and a JSON book that imports back identical',
    { timeout: 10_000 },
    async () => {
      const { backend } = await freshBackend(now);
      await rpc(backend, 'setup:loadDemo', {});
      const folder = await tempDir();
      const result = await rpc(backend, 'exports:book', { folder });
      expect(path.dirname(result.folder)).toBe(folder);
      expect(path.basename(result.folder)).toMatch(/^Clientbook export \d{4}-\d{2}-\d{2} \d{4}$/);
      expect((await readdir(result.folder)).sort()).toEqual(['clientbook-export.json', ...bookCsvFiles]);
      const households = await readFile(path.join(result.folder, 'households.csv'));
      expect([...households.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header] = households.toString('utf8').slice(1).split('\r\n');
      const columns = await rpc(backend, 'imports:suggest', { kind: 'households', headers: header!.split(',') });
      expect(columns.every((column) => column !== null)).toBe(true);
      const second = await rpc(backend, 'exports:book', { folder });
      expect(second.folder).toBe(`${result.folder} (2)`);

      const { backend: copy } = await freshBackend(now);
      const record = await rpc(copy, 'imports:book', { file: path.join(result.folder, 'clientbook-export.json') });
      expect(record.kind).toBe('book');
      for (const name of collectionNames) {
        const original = [...backend.store.all(name)];
        const imported = [...copy.store.all(name)].filter((r) => r.id !== record.id);
        expect(imported, name).toEqual(original);
      }
      expect(copy.store.settings).toEqual(backend.store.settings);
      await expectRefused(copy, () => rpc(copy, 'imports:book', { file: path.join(result.folder, 'clientbook-export.json') }), 'CONFLICT');
      await rpc(copy, 'imports:undo', { id: record.id });
      expect(copy.store.count('clients')).toBe(0);
    },
  );

  it('refuses a folder that is relative or a file, and a file that is not an export', async () => {
    const { backend } = await freshBackend(now);
    await rpc(backend, 'setup:startEmpty', {});
    await expectRefused(backend, () => rpc(backend, 'exports:book', { folder: 'relative/path' }), 'INVALID_INPUT', 'folder');
    const folder = await tempDir();
    const done = await rpc(backend, 'exports:book', { folder, json: false });
    await expectRefused(backend, () => rpc(backend, 'exports:book', { folder: done.files[0]! }), 'INVALID_INPUT', 'folder');
    const before = bookState(backend);
    await expectRefused(backend, () => rpc(backend, 'imports:book', { file: done.files[0]! }), 'INVALID_INPUT', 'file');
    expect(bookState(backend)).toBe(before);
    expect((await rpc(backend, 'exports:defaultFolder', {})).folder).toMatch(/exports$/);
  });

  it('writes a client file with that client’s records only', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'clients:create', { name: 'Someone Else', tier: 'B', primaryManagerId: firm.manager.id });
    await rpc(firm.backend, 'people:create', { clientId: firm.client.id, name: 'Ann Lee', relationship: 'primary' });
    const folder = await tempDir();
    const result = await rpc(firm.backend, 'exports:client', { clientId: firm.client.id, folder });
    expect(path.basename(result.folder)).toBe('The Lee Household - client file 2026-03-31');
    const file = JSON.parse(await readFile(path.join(result.folder, 'client.json'), 'utf8')) as {
      collections: { clients: { id: string }[]; people: unknown[] };
    };
    expect(file.collections.clients.map((c) => c.id)).toEqual([firm.client.id]);
    expect(file.collections.people).toHaveLength(1);
    const csv = await readFile(path.join(result.folder, 'households.csv'), 'utf8');
    expect(csv).toContain('The Lee Household');
    expect(csv).not.toContain('Someone Else');
  });

  it('names folders and writes an interaction’s day by the firm’s time zone, not UTC’s or this computer’s', async () => {
    // 20:00 UTC on 31 March is 01:30 on 1 April in Kolkata; this computer runs on UTC.
    const firm = await smallFirm(() => new Date('2026-03-31T20:00:00Z'));
    await rpc(firm.backend, 'settings:update', { timeZone: 'Asia/Kolkata' });
    await rpc(firm.backend, 'interactions:log', {
      clientId: firm.client.id,
      kind: 'call',
      at: '2026-03-31T19:00:00Z',
      staffId: firm.adviser.id,
      summary: 'Evening call',
    });
    const folder = await tempDir();
    const book = await rpc(firm.backend, 'exports:book', { folder, json: false });
    expect(path.basename(book.folder)).toBe('Clientbook export 2026-04-01 0130');
    const interactions = (await csvTablesIn(book.folder)).get('interactions.csv')!;
    expect(interactions.rows.map((row) => row[interactions.header.indexOf('Date')])).toEqual(['2026-04-01']);
    const clientFile = await rpc(firm.backend, 'exports:client', { clientId: firm.client.id, folder });
    expect(path.basename(clientFile.folder)).toBe('The Lee Household - client file 2026-04-01');
  });

  it('writes amounts in their currency’s own minor units, as the importer reads them back', async () => {
    const firm = await smallFirm(now);
    const amounts = [
      { amountMinor: 1234, currency: 'JPY' },
      { amountMinor: 1234, currency: 'USD' },
      { amountMinor: 1_234_567, currency: 'BHD' },
    ];
    for (const value of amounts) {
      await rpc(firm.backend, 'holdings:create', {
        clientId: firm.client.id,
        name: `Account in ${value.currency}`,
        kind: 'investment_account',
        value,
        annualFee: { amountMinor: 0, currency: value.currency },
        valuedOn: '2026-03-01',
      });
    }
    const products = (
      await csvTablesIn((await rpc(firm.backend, 'exports:client', { clientId: firm.client.id, folder: await tempDir() })).folder)
    ).get('products.csv')!;
    const values = products.rows.map((row) => row[products.header.indexOf('Value')]!);
    expect(values).toEqual(['1234', '12.34', '1234.567']);
    expect(values.map((text, index) => parseMoney(text, amounts[index]!.currency))).toEqual(amounts.map((money) => money.amountMinor));
  });

  it('writes every text cell a spreadsheet would run as a formula with a leading apostrophe, and numbers as numbers', async () => {
    const { backend, clientIds } = await bookOfPayloads();
    const bookFolder = (await rpc(backend, 'exports:book', { folder: await tempDir(), json: false })).folder;
    const book = await csvTablesIn(bookFolder);
    expect([...book.keys()].sort()).toEqual(bookCsvFiles);
    // Each of the six files carries payloads in several columns, for each of the seven payloads.
    expect(expectDefused(book)).toBeGreaterThan(150);

    const households = book.get('households.csv')!;
    const notes = households.rows.map((row) => row[households.header.indexOf('Notes')]);
    expect(notes).toEqual(payloads.map((payload) => `'${payload}`));
    // The importer reads every cell back as it was typed.
    const reread = parseCsv((await readFile(path.join(bookFolder, 'households.csv'), 'utf8')).slice(1), ',');
    expect(reread.rows.map((row) => row[reread.headers.indexOf('Notes')])).toEqual(payloads);
    const products = book.get('products.csv')!;
    expect(products.rows.map((row) => [row[products.header.indexOf('Value')], row[products.header.indexOf('Annual Fee')]])).toEqual(
      payloads.map(() => ['1234.56', '850.00']),
    );
    const people = book.get('people.csv')!;
    expect(new Set(people.rows.map((row) => row[people.header.indexOf('Phone')]))).toEqual(new Set(["'+44 20 7946 0958", "'-555-0142-99"]));

    const clientFile = await rpc(backend, 'exports:client', { clientId: clientIds[1]!, folder: await tempDir() });
    expect(expectDefused(await csvTablesIn(clientFile.folder))).toBeGreaterThan(20);
  });
});
