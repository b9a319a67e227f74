import type { ImportKind } from '../../../../shared/model';
import type { IncomingRecord, RecordReader } from './incoming';
import { readHolding } from './records/holdings';
import { readInteraction } from './records/interactions';
import { readSurvey } from './records/surveys';
import { readTask } from './records/tasks';
import type { RowChecker } from './row-checker';

/** The kinds of file whose rows are records of their own, not households. */
export type RecordKind = Exclude<ImportKind, 'households' | 'contactsAccounts'>;

const recordReaders: Record<RecordKind, RecordReader> = {
  holdings: readHolding,
  interactions: readInteraction,
  tasks: readTask,
  surveys: readSurvey,
};

/** The file's rows read as records of its kind; a row with any problem gives none. */
export function prepareRecords(kind: RecordKind, check: RowChecker, rows: string[][], rowNumbers: number[]): IncomingRecord[] {
  const read = recordReaders[kind](check);
  const records: IncomingRecord[] = [];
  rows.forEach((cells, index) => {
    const row = rowNumbers[index]!;
    check.at(row, cells);
    const record = read(row, check.household());
    if (record) records.push(record);
  });
  return records;
}
