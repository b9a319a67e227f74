import type { TFunction } from 'i18next';
import { importFields, type ImportKind } from '../../../shared/model';

export type KindField<K extends ImportKind = ImportKind> = (typeof importFields)[K][number];

type FieldLabelKey = { [K in ImportKind]: `messages.importFields.${K}.${KindField<K>}` }[ImportKind];

/**
 * A field's name in plain words for this kind of file ("Market value", "Person's first name"). The
 * labels are the backend's messages (`importFields`), so a refusal naming a field names it the same way.
 */
export function fieldLabel(t: TFunction, kind: ImportKind, field: string): string {
  // Every kind/field pair has a label in messages-en.ts; the key type checks that at compile time.
  return t(`messages.importFields.${kind}.${field}` as FieldLabelKey);
}

/** The fields of a kind as the strings the mapping selects use. */
export function fieldsOf(kind: ImportKind): readonly string[] {
  return importFields[kind];
}

/**
 * The fields that hold a day. Slash dates in these columns are what the date-order question is
 * about; ISO dates read the same either way.
 */
export const dateFields: Record<ImportKind, readonly string[]> = {
  contactsAccounts: ['clientSince', 'lastReviewOn', 'dateOfBirth', 'valuedOn', 'openedOn'],
  households: ['clientSince', 'lastReviewOn', 'dateOfBirth'],
  holdings: ['valuedOn', 'openedOn'],
  interactions: ['date'],
  tasks: ['dueOn'],
  surveys: ['date'],
};

/** The contract reads at most this many columns. */
export const maxColumns = 200;
