import type { ImportDuplicate, ImportFieldName, ImportPreview, ImportRecord, ImportRowError } from '../../../shared/model';

/**
 * A households file as an adviser would export it: one row per person, two people in one
 * household, slash dates that read either way (03/04 and 11/12), and a column the suggestions miss.
 */
export const householdsCsv = [
  'Household,First name,Last name,E-mail,Client since,Mobile',
  'Okafor Household,Ada,Okafor,ada@okafor.example,03/04/2019,555-0101',
  'Okafor Household,Ben,Okafor,ben@okafor.example,03/04/2019,555-0102',
  'Lindqvist,Eva,Lindqvist,eva@lindqvist.example,11/12/2020,555-0103',
].join('\r\n');

/** What a fake `imports:suggest` answers for `householdsCsv`'s headers: the mobile column is left out. */
export const householdsSuggestion: (ImportFieldName | null)[] = ['householdName', 'firstName', 'lastName', 'email', 'clientSince', null];

/** A semicolon file (as Excel writes CSV where the comma is the decimal mark) whose dates can only be day first. */
export const dayFirstCsv = ['Household;Client since', 'Okafor Household;25/04/2019', 'Lindqvist;03/04/2020'].join('\n');

/** A text file of `text`, as the file picker hands it over. */
export function csvFile(text: string, name = 'clients.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

/** The start of an XLSX workbook (a ZIP): what arrives when someone picks the .xlsx instead of the .csv. */
export function workbookFile(name = 'clients.xlsx'): File {
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
  return new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function rowError(overrides: Partial<ImportRowError> = {}): ImportRowError {
  return { row: 3, column: 'E-mail', message: 'must be an email address like name@example.com', ...overrides };
}

export function duplicate(overrides: Partial<ImportDuplicate> = {}): ImportDuplicate {
  return {
    key: 'dup_lindqvist',
    rows: [4],
    incomingName: 'Lindqvist',
    existingId: 'cl_7',
    existingName: 'Lindqvist Family',
    matchedOn: ['name', 'email'],
    ...overrides,
  };
}

/** A clean dry run of `householdsCsv`: three rows, two households to create. */
export function importPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    id: 'ip_1',
    kind: 'households',
    fileName: 'clients.csv',
    rows: 3,
    create: 2,
    update: 0,
    skip: 0,
    errors: [],
    errorCount: 0,
    // Rows with problems, as the backend counts them: each listed row once.
    errorRows: new Set((overrides.errors ?? []).map((error) => error.row)).size,
    duplicates: [],
    missingMembers: [],
    households: null,
    ...overrides,
  };
}

/** `count` row errors on rows 2, 3, …, for paging through a long list. */
export function rowErrors(count: number): ImportRowError[] {
  return Array.from({ length: count }, (_, index) => rowError({ row: index + 2, message: `Problem number ${index + 1}.` }));
}

export function importRecord(overrides: Partial<ImportRecord> = {}): ImportRecord {
  return {
    id: 'im_1',
    kind: 'households',
    fileName: 'old-crm.csv',
    at: '2026-03-02T14:30:00.000Z',
    by: 'Priya Shah',
    created: 12,
    updated: 3,
    skipped: 1,
    backupFile: '/home/adviser/Clientbook/data/backups/clientbook-2026-03-02T14-29-58Z-pre-import.json',
    ...overrides,
  };
}
