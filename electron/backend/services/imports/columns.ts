import type { ParsedIn } from '../../../../shared/contract';
import { importFields, importKinds, type ImportFieldName, type ImportKind } from '../../../../shared/model';
import { invalid } from '../checks';
import { message, type Message, type MessageKey } from '../../../../shared/messages';

type PreviewInput = ParsedIn<'imports:preview'>;

/** The fields each kind cannot do without, as groups of which one must be mapped. */
const requiredFields: Record<ImportKind, { any: ImportFieldName[]; label: Message }[]> = {
  contactsAccounts: [{ any: ['householdName', 'lastName', 'householdRef'], label: message('requiredFields.householdOrLastName') }],
  households: [{ any: ['householdName', 'lastName', 'householdRef'], label: message('requiredFields.householdOrLastName') }],
  holdings: [
    { any: ['householdName', 'householdRef'], label: message('requiredFields.household') },
    { any: ['productName'], label: message('requiredFields.productName') },
    { any: ['value'], label: message('requiredFields.value') },
  ],
  interactions: [
    { any: ['householdName', 'householdRef'], label: message('requiredFields.household') },
    { any: ['date'], label: message('requiredFields.date') },
    { any: ['summary'], label: message('requiredFields.summary') },
  ],
  tasks: [{ any: ['title'], label: message('requiredFields.title') }],
  surveys: [
    { any: ['householdName', 'householdRef'], label: message('requiredFields.household') },
    { any: ['date'], label: message('requiredFields.date') },
    { any: ['nps', 'csat'], label: message('requiredFields.npsOrCsat') },
  ],
};

type FieldLabelKey = { [K in ImportKind]: `importFields.${K}.${(typeof importFields)[K][number]}` }[ImportKind];

/**
 * A field's label as the mapping screen shows it, for a sentence naming the field: the label of
 * `kind`'s field, or, for a field that kind lacks, of the first kind that has it.
 */
function fieldLabel(kind: ImportKind, field: ImportFieldName): Message {
  const hasField = (candidate: ImportKind) => (importFields[candidate] as readonly string[]).includes(field);
  const labelled = hasField(kind) ? kind : importKinds.find(hasField)!;
  // The key type checks that each kind's fields have a label in the catalogue; `hasField` that this pair is one of them.
  return message(`importFields.${labelled}.${field}` as FieldLabelKey satisfies MessageKey);
}

/** The column checks: refused before any row is read. */
export function checkColumns(input: PreviewInput, headers: string[], rows: string[][]): void {
  if (rows.length === 0) {
    throw invalid(message('refused.noRowsUnderHeader'), 'text', message('issues.noDataRows'));
  }
  if (input.columns.length !== headers.length) {
    throw invalid(
      message('refused.mappingLength', { columns: message('refused.columns', { count: headers.length }), mapped: input.columns.length }),
      'columns',
      message('issues.entries', { count: headers.length }),
    );
  }
  const mapped = input.columns.filter((field) => field !== null);
  if (headers.length === 1 && mapped.length >= 1 && requiredFields[input.kind].length > 1) {
    throw invalid(message('refused.notCsv'), 'text', message('issues.oneColumn'));
  }
  const allowed = new Set<string>(importFields[input.kind]);
  const seen = new Map<string, string>();
  input.columns.forEach((field, index) => {
    if (field === null) return;
    const header = headers[index] || `column ${index + 1}`;
    if (!allowed.has(field)) {
      throw invalid(
        message('refused.columnNotOfKind', { header, field: fieldLabel(input.kind, field) }),
        `columns.${index}`,
        message('issues.notFieldOfKind'),
      );
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      throw invalid(
        message('refused.columnMappedTwice', { earlier, header, field: fieldLabel(input.kind, field) }),
        `columns.${index}`,
        message('issues.mappedTwice'),
      );
    }
    seen.set(field, header);
  });
  const missing = requiredFields[input.kind].filter((group) => !group.any.some((field) => seen.has(field))).map((group) => group.label);
  if (missing.length > 0) {
    const fields = missing.reduceRight((rest, first) => message('requiredFields.listed', { first, rest }));
    throw invalid(message('refused.mapRequired', { fields }), 'columns', message('issues.needsFields', { fields }));
  }
}
