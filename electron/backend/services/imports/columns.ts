import type { ParsedIn } from '../../../../shared/contract';
import { importFields, type ImportFieldName, type ImportKind } from '../../../../shared/model';
import { invalid } from '../checks';
import { message } from '../../../../shared/messages';

type PreviewInput = ParsedIn<'imports:preview'>;

/** The fields each kind cannot do without, as groups of which one must be mapped. */
const requiredFields: Record<ImportKind, { any: ImportFieldName[]; label: string }[]> = {
  contactsAccounts: [{ any: ['householdName', 'lastName', 'householdRef'], label: 'a household name or a last name' }],
  households: [{ any: ['householdName', 'lastName', 'householdRef'], label: 'a household name or a last name' }],
  holdings: [
    { any: ['householdName', 'householdRef'], label: 'the household' },
    { any: ['productName'], label: 'the product name' },
    { any: ['value'], label: 'the value' },
  ],
  interactions: [
    { any: ['householdName', 'householdRef'], label: 'the household' },
    { any: ['date'], label: 'the date' },
    { any: ['summary'], label: 'the summary' },
  ],
  tasks: [{ any: ['title'], label: 'the title' }],
  surveys: [
    { any: ['householdName', 'householdRef'], label: 'the household' },
    { any: ['date'], label: 'the date' },
    { any: ['nps', 'csat'], label: 'an NPS or a CSAT score' },
  ],
};

/** The column checks: refused before any row is read. */
export function checkColumns(input: PreviewInput, headers: string[], rows: string[][]): void {
  if (rows.length === 0) {
    throw invalid(message('refused.noRowsUnderHeader'), 'text', 'has no data rows');
  }
  if (input.columns.length !== headers.length) {
    throw invalid(
      message('refused.mappingLength', { columns: message('refused.columns', { count: headers.length }), mapped: input.columns.length }),
      'columns',
      `must have ${headers.length} entries`,
    );
  }
  const mapped = input.columns.filter((field) => field !== null);
  if (headers.length === 1 && mapped.length >= 1 && requiredFields[input.kind].length > 1) {
    throw invalid(message('refused.notCsv'), 'text', 'has one column');
  }
  const allowed = new Set<string>(importFields[input.kind]);
  const seen = new Map<string, string>();
  input.columns.forEach((field, index) => {
    if (field === null) return;
    const header = headers[index] || `column ${index + 1}`;
    if (!allowed.has(field)) {
      throw invalid(
        message('refused.columnNotOfKind', { header, field, kind: input.kind }),
        `columns.${index}`,
        'is not a field of this kind',
      );
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      throw invalid(message('refused.columnMappedTwice', { earlier, header, field }), `columns.${index}`, 'is mapped twice');
    }
    seen.set(field, header);
  });
  const missing = requiredFields[input.kind].filter((group) => !group.any.some((field) => seen.has(field))).map((group) => group.label);
  if (missing.length > 0) {
    throw invalid(message('refused.mapRequired', { fields: missing.join(', ') }), 'columns', `needs ${missing.join(', ')}`);
  }
}
