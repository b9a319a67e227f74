import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { AppStatus, ImportPreview, ImportRecord } from '../../shared/model';
import { AppStatusContext } from '../../renderer/app/app-status';
import { NoticeRegion } from '../../renderer/components/notices';
import { ImportScreen } from '../../renderer/features/import/import-screen';
import { appStatus, officeBook } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import {
  csvFile,
  dayFirstCsv,
  duplicate,
  householdsCsv,
  householdsSuggestion,
  importPreview,
  importRecord,
  rowError,
  rowErrors,
  workbookFile,
} from './support/import-data';
import { renderWithApp } from './support/render';

/** The app's status as the shell holds it, shown so a test can see it replaced after an undo. */
function Harness({ initial = appStatus() }: { initial?: AppStatus }) {
  const [status, setStatus] = useState<AppStatus>(initial);
  return (
    <AppStatusContext value={{ status, setStatus }}>
      <ImportScreen />
      <p data-testid="client-count">{status.counts.clients}</p>
      <NoticeRegion />
    </AppStatusContext>
  );
}

interface Options {
  handlers?: FakeHandlers;
  preview?: ImportPreview | (() => ImportPreview);
  records?: ImportRecord[];
  status?: AppStatus;
}

function renderImport({ handlers = {}, preview = importPreview(), records = [], status }: Options = {}) {
  return renderWithApp(<Harness {...(status && { initial: status })} />, {
    route: '/import',
    handlers: {
      'imports:list': () => records,
      'imports:suggest': ({ headers }) => (headers.length === householdsSuggestion.length ? householdsSuggestion : headers.map(() => null)),
      'imports:preview': () => (typeof preview === 'function' ? preview() : preview),
      'imports:commit': () => importRecord({ id: 'im_2', fileName: 'clients.csv', created: 2, updated: 0, skipped: 1 }),
      'imports:undo': () => appStatus({ counts: { clients: 41, teamMembers: 2 } }),
      ...handlers,
    },
  });
}

const fileInput = () => screen.getByLabelText('CSV file');
const mappingTable = () => screen.getByRole('table', { name: 'Columns in the file' });
const importAs = (column: string) => screen.getByRole('combobox', { name: `Import “${column}” as` });

/** Step 1 done: households chosen, the file read, on to the mapping table. */
async function chooseFile(user: ReturnType<typeof userEvent.setup>, file = csvFile(householdsCsv)) {
  await user.click(screen.getByRole('radio', { name: /Households and their people/ }));
  await user.upload(fileInput(), file);
  await screen.findByText(/is ready\./);
  await user.click(screen.getByRole('button', { name: 'Next: match the columns' }));
  await screen.findByRole('table', { name: 'Columns in the file' });
}

/** Step 2 done, the dates read day first. */
async function mapAndCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: '3 April (day first)' }));
  await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
}

describe('Import: choosing the file', () => {
  it('explains each kind in one line and reads a chosen CSV into the mapping table with the suggested fields', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport();
    expect(screen.getByRole('radio', { name: /Households and their people.*One row per person/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Choose the file/ })).toBe(document.activeElement);
    expect(fileInput().getAttribute('accept')).toBe('.csv,.tsv,.txt,text/csv');

    await chooseFile(user);

    expect(transport.callsTo('imports:suggest')).toEqual([
      { kind: 'households', headers: ['Household', 'First name', 'Last name', 'E-mail', 'Client since', 'Mobile'] },
    ]);
    expect(screen.getByRole('heading', { level: 2, name: /Match the columns to fields/ })).toBe(document.activeElement);
    expect(importAs('Household')).toHaveProperty('value', 'householdName');
    expect(importAs('E-mail')).toHaveProperty('value', 'email');
    expect(importAs('Mobile')).toHaveProperty('value', '');
    expect(within(importAs('Mobile')).getByRole('option', { name: "Don't import" })).toBeTruthy();
    expect(within(importAs('Mobile')).getByRole('option', { name: "Person's phone" })).toBeTruthy();
    // Three values from the first rows, beside each column.
    const emailRow = within(mappingTable()).getByRole('rowheader', { name: 'E-mail' }).closest('tr')!;
    expect(
      within(emailRow)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ada@okafor.example', 'ben@okafor.example', 'eva@lindqvist.example']);
    expect(screen.getByLabelText('Columns separated by')).toHaveProperty('value', ',');
    expect(screen.getByText(/Read as UTF-8\./)).toBeTruthy();
    expect(transport.callsTo('imports:preview')).toEqual([]);
  });

  it('asks for the kind before going on', async () => {
    const user = userEvent.setup();
    renderImport();
    await user.upload(fileInput(), csvFile(householdsCsv));
    await screen.findByText(/is ready\./);
    await user.click(screen.getByRole('button', { name: 'Next: match the columns' }));
    expect(screen.getByText('Choose what the file holds.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Columns in the file' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /Contacts and accounts/ }));
  });

  it('turns a workbook away in plain words, without sending anything', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { transport } = renderImport();
    await user.click(screen.getByRole('radio', { name: /Households and their people/ }));
    await user.upload(fileInput(), workbookFile());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This is a spreadsheet workbook (Excel). Save it as CSV (File → Save As → CSV UTF-8) and choose that file.',
    );
    await user.click(screen.getByRole('button', { name: 'Next: match the columns' }));
    expect(screen.getByText('Choose the file to import.')).toBeTruthy();
    expect(transport.calls.map((call) => call.channel)).toEqual(['imports:list']);
  });

  it('turns an empty file away', async () => {
    const user = userEvent.setup();
    renderImport();
    await user.upload(fileInput(), csvFile('', 'blank.csv'));
    expect((await screen.findByRole('alert')).textContent).toBe('blank.csv is empty. Choose the CSV file that holds the data.');
  });

  it('shows bytes read of the total while reading, and Cancel stops reading and keeps nothing', async () => {
    const user = userEvent.setup();
    renderImport();
    const file = csvFile('x'.repeat(3_000_000), 'big.csv');
    let push: ((chunk: Uint8Array | null) => void) | null = null;
    // A stream the test feeds by hand, as a slow disk would.
    Object.defineProperty(file, 'stream', {
      value: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            push = (chunk) => (chunk ? controller.enqueue(chunk) : controller.close());
          },
        }),
    });
    await user.click(screen.getByRole('radio', { name: /Households and their people/ }));
    await user.upload(fileInput(), file);
    push!(new Uint8Array(1_000_000).fill(0x78));
    const progress = await screen.findByRole('progressbar', { name: 'Reading big.csv' });
    await waitFor(() => expect(progress.getAttribute('value')).toBe('1000000'));
    expect(progress.getAttribute('max')).toBe('3000000');
    expect(screen.getByText('Reading 1 MB of 3 MB')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next: match the columns' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next: match the columns' }));
    expect(screen.getByText('Choose the file to import.')).toBeTruthy();
    expect(screen.queryByText(/is ready\./)).toBeNull();
  });

  it('reads the file in one go where the DOM has no Blob.stream', async () => {
    const user = userEvent.setup();
    renderImport();
    const file = csvFile(householdsCsv);
    Object.defineProperty(file, 'stream', { value: undefined });
    await chooseFile(user, file);
    expect(importAs('Household')).toHaveProperty('value', 'householdName');
  });
});

describe('Import: matching columns', () => {
  it('sends the changed mapping and the chosen date order to the dry run', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport();
    await chooseFile(user);

    // 03/04 and 11/12 read either way: the order must be chosen.
    expect(screen.getByText('The dates in the file could be read either way. Choose how they were written.')).toBeTruthy();
    await user.selectOptions(importAs('Mobile'), "Person's phone");
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    expect(screen.getByText('Choose how the dates in the file are written.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '3 April (day first)' }));
    expect(transport.callsTo('imports:preview')).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'March 4 (month first)' }));
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    await screen.findByText(/3 rows read/);
    expect(transport.callsTo('imports:preview')).toEqual([
      {
        kind: 'households',
        fileName: 'clients.csv',
        text: householdsCsv,
        delimiter: ',',
        columns: ['householdName', 'firstName', 'lastName', 'email', 'clientSince', 'phone'],
        dateOrder: 'mdy',
      },
    ]);
  });

  it('detects the separator and a day-first order, and shows both', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport({
      handlers: { 'imports:suggest': () => ['householdName', 'clientSince'] },
    });
    await chooseFile(user, csvFile(dayFirstCsv, 'export.csv'));
    expect(screen.getByLabelText('Columns separated by')).toHaveProperty('value', ';');
    expect(screen.getByText('The file looks separated by: Semicolon.')).toBeTruthy();
    expect(screen.getByText('The dates in the file are written day first.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: '3 April (day first)' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    await screen.findByText(/rows read/);
    expect(transport.callsTo('imports:preview')[0]).toMatchObject({
      delimiter: ';',
      columns: ['householdName', 'clientSince'],
      dateOrder: 'dmy',
    });
  });

  it('asks nothing about dates when no date column is imported', async () => {
    const user = userEvent.setup();
    renderImport();
    await chooseFile(user);
    await user.selectOptions(importAs('Client since'), "Don't import");
    expect(screen.queryByRole('radio', { name: '3 April (day first)' })).toBeNull();
  });

  it('flags a field chosen for two columns beside both, and does not go on', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport();
    await chooseFile(user);
    await user.selectOptions(importAs('Mobile'), "Person's email");
    const message = "“Person's email” is chosen for more than one column. Choose it for one column only.";
    expect(screen.getAllByText(message)).toHaveLength(2);
    expect(importAs('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(importAs('Mobile').getAttribute('aria-invalid')).toBe('true');
    expect(importAs('Household').getAttribute('aria-invalid')).toBeNull();
    await user.click(screen.getByRole('radio', { name: '3 April (day first)' }));
    await user.click(screen.getByRole('button', { name: 'Next: check the file' }));
    expect(transport.callsTo('imports:preview')).toEqual([]);
    expect(document.activeElement).toBe(importAs('E-mail'));
  });

  it('keeps the mapping when coming back from the check', async () => {
    const user = userEvent.setup();
    renderImport();
    await chooseFile(user);
    await user.selectOptions(importAs('Mobile'), "Person's phone");
    await mapAndCheck(user);
    await screen.findByText(/3 rows read/);
    await user.click(screen.getByRole('button', { name: 'Back to the columns' }));
    await screen.findByRole('table', { name: 'Columns in the file' });
    expect(importAs('Mobile')).toHaveProperty('value', 'phone');
    expect(screen.getByRole('radio', { name: '3 April (day first)' })).toHaveProperty('checked', true);
  });
});

describe('Import: the dry run', () => {
  it('shows counts, row errors and duplicates; importing waits for "only the good rows"; the commit carries the decisions', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport({
      preview: importPreview({
        rows: 3,
        create: 1,
        update: 0,
        skip: 1,
        errors: [rowError(), rowError({ row: 4, column: null, message: 'has more values than the header has columns' })],
        errorCount: 2,
        duplicates: [
          duplicate(),
          duplicate({ key: 'dup_okafor', rows: [2, 3], incomingName: 'Okafor Household', existingName: 'Okafor', matchedOn: ['phone'] }),
        ],
      }),
    });
    await chooseFile(user);
    await mapAndCheck(user);

    expect(await screen.findByText('3 rows read: 1 will be created, 0 updated, 1 skipped.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /Check before importing/ })).toBe(document.activeElement);
    const errors = screen.getByRole('table', { name: '2 rows with problems' });
    const errorRows = within(errors).getAllByRole('row').slice(1);
    expect(
      errorRows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['3', 'E-mail', 'must be an email address like name@example.com'],
      ['4', 'Whole row', 'has more values than the header has columns'],
    ]);

    const duplicates = screen.getByRole('table', { name: '2 households already in the book' });
    const lindqvist = within(duplicates)
      .getByRole('rowheader', { name: /Lindqvist/ })
      .closest('tr')!;
    expect(within(lindqvist).getByText('Lindqvist Family')).toBeTruthy();
    expect(within(lindqvist).getByText('Name, Email')).toBeTruthy();
    expect(within(duplicates).getByText('Rows 2, 3')).toBeTruthy();

    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toHaveProperty('disabled', true);
    await user.selectOptions(screen.getByLabelText('For every one'), 'Create new');
    await user.click(screen.getByRole('button', { name: 'Apply to all' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'What to do with Lindqvist' }), 'Merge into existing');
    await user.click(screen.getByRole('checkbox', { name: 'Import only the good rows (2 rows with errors will be left out)' }));
    expect(importButton).toHaveProperty('disabled', false);
    await user.click(importButton);

    expect(await screen.findByRole('heading', { level: 2, name: /clients\.csv is imported/ })).toBeTruthy();
    expect(transport.callsTo('imports:commit')).toEqual([
      { previewId: 'ip_1', decisions: { dup_lindqvist: 'merge', dup_okafor: 'create' }, onlyGoodRows: true },
    ]);
    expect(screen.getByText('2 created, 0 updated, 1 skipped.')).toBeTruthy();
    expect(screen.getByText(/pre-import\.json$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Clients' }).getAttribute('href')).toBe('/clients');
  });

  it('sends skip for duplicates left alone, and imports a clean file straight away', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport({ preview: importPreview({ duplicates: [duplicate()] }) });
    await chooseFile(user);
    await mapAndCheck(user);
    await screen.findByText(/3 rows read/);
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { level: 2, name: /is imported/ });
    expect(transport.callsTo('imports:commit')).toEqual([{ previewId: 'ip_1', decisions: { dup_lindqvist: 'skip' }, onlyGoodRows: false }]);
  });

  it('lists the first 200 row errors and shows more on request', async () => {
    const user = userEvent.setup();
    renderImport({ preview: importPreview({ errors: rowErrors(450), errorCount: 1200, errorRows: 1200 }) });
    await chooseFile(user);
    await mapAndCheck(user);
    const table = await screen.findByRole('table', { name: '1,200 rows with problems' });
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    expect(screen.getByText(/200 of 1,200 problems listed\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show 200 more' }));
    expect(within(table).getAllByRole('row')).toHaveLength(401);
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(within(table).getAllByRole('row')).toHaveLength(451);
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
  });

  it('says plainly why a dry run was refused, and places column issues beside their select on the way back', async () => {
    const user = userEvent.setup();
    renderImport({
      preview: () => {
        throw new AppError('INVALID_INPUT', 'Choose a column for the household name or the household ID.', [
          { path: 'columns.5', message: "Person's phone must be a phone number." },
          { path: 'dateOrder', message: 'must be mdy or dmy' },
        ]);
      },
    });
    await chooseFile(user);
    await mapAndCheck(user);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Choose a column for the household name or the household ID.');
    expect(alert.textContent).toContain('Date order must be mdy or dmy');
    expect(screen.getByRole('heading', { level: 2, name: /cannot be imported as it is/ })).toBe(document.activeElement);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Back to the columns' }));
    await screen.findByRole('table', { name: 'Columns in the file' });
    expect(importAs('Mobile').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText("Person's phone must be a phone number.")).toBeTruthy();
  });

  it('shows a refused commit plainly, with the way back', async () => {
    const user = userEvent.setup();
    renderImport({
      handlers: {
        'imports:commit': () => {
          throw new AppError('CONFLICT', 'The book changed since the check. Check the file again.');
        },
      },
    });
    await chooseFile(user);
    await mapAndCheck(user);
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The book changed since the check. Check the file again.');
    expect(screen.getByRole('heading', { level: 2, name: /Nothing was imported/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to the check' }));
    expect(await screen.findByText(/3 rows read/)).toBeTruthy();
  });
});

describe('Import: undo', () => {
  it('lists recent imports and asks before undoing one, then takes the status the undo hands back', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport({ records: [importRecord()] });
    const table = await screen.findByRole('table', { name: 'Recent imports' });
    const row = within(table).getByText('old-crm.csv').closest('tr')!;
    expect(within(row).getByText('Priya Shah')).toBeTruthy();
    expect(within(row).getByText('Households and their people')).toBeTruthy();
    expect(within(row).getByText('12 created · 3 updated · 1 skipped')).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: /Undo the import of old-crm\.csv/ }));
    const confirm = screen.getByRole('alertdialog', { name: 'Undo the import of old-crm.csv?' });
    expect(confirm.textContent).toContain('Everything changed since the import is undone too');
    expect(confirm.textContent).toContain('A backup of the book as it is now is taken first');
    expect(transport.callsTo('imports:undo')).toEqual([]);

    await user.click(within(confirm).getByRole('button', { name: 'Undo import' }));
    await waitFor(() => expect(screen.getByTestId('client-count').textContent).toBe('41'));
    expect(transport.callsTo('imports:undo')).toEqual([{ id: 'im_1' }]);
    expect(await screen.findByText('The import of old-crm.csv was undone.')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('on the office book, says the undo takes back only the import and keeps colleagues’ work', async () => {
    const user = userEvent.setup();
    renderImport({ records: [importRecord()], status: appStatus({ office: officeBook() }) });
    expect((await screen.findByRole('region', { name: 'Recent imports' })).textContent).toContain('undone on its own');
    await user.click(await screen.findByRole('button', { name: /Undo the import of old-crm\.csv/ }));
    const confirm = screen.getByRole('alertdialog', { name: 'Undo the import of old-crm.csv?' });
    expect(confirm.textContent).toContain('and only that: what colleagues have done since stays');
    expect(confirm.textContent).toContain('nothing is changed and Clientbook says who');
    expect(confirm.textContent).not.toContain('Everything changed since the import is undone too');
    expect(confirm.textContent).not.toContain('A backup of the book as it is now');
  });

  it('cancelling the confirmation undoes nothing', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport({ records: [importRecord()] });
    await user.click(await screen.findByRole('button', { name: /Undo the import of old-crm\.csv/ }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(transport.callsTo('imports:undo')).toEqual([]);
  });

  it('undoes the import just made, after asking', async () => {
    const user = userEvent.setup();
    const { transport } = renderImport();
    await chooseFile(user);
    await mapAndCheck(user);
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('button', { name: 'Undo import' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Undo the import of clients.csv?' });
    expect(transport.callsTo('imports:undo')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Undo import' }));
    expect(await screen.findByRole('heading', { level: 2, name: /The import was undone/ })).toBeTruthy();
    expect(transport.callsTo('imports:undo')).toEqual([{ id: 'im_2' }]);
    expect(screen.getByTestId('client-count').textContent).toBe('41');
  });
});
