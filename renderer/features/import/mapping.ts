import { localeDayOrder, resolveDayOrder } from '../../../shared/domain/firm-locale';
import type { CsvDelimiter, DateOrder, Settings } from '../../../shared/model';
import type { FieldErrors } from '../../components/form/place-issues';

export type EncodingChoice = 'auto' | 'utf-8' | 'windows-1252';

/** What the user chose on the mapping step; kept while they look at the preview and come back. */
export interface MappingChoices {
  encoding: EncodingChoice;
  /** null: as detected from the text. */
  delimiter: CsvDelimiter | null;
  /** The headers the picks were made against; picks for other headers (another delimiter) are dropped. */
  headersKey: string | null;
  /** Column index → field (null: not imported); columns without a pick take the suggestion. */
  picks: Readonly<Record<number, string | null>>;
  /** null: as detected (or, when the file cannot tell, still to be chosen). */
  dateOrder: DateOrder | null;
}

export const initialMapping: MappingChoices = { encoding: 'auto', delimiter: null, headersKey: null, picks: {}, dateOrder: null };

/** Messages the backend gave about the mapping, placed beside the column they name. */
export interface MappingIssues {
  /** By column index. */
  byColumn: Readonly<FieldErrors>;
}

/**
 * The order a file's numeric dates are taken in when the file cannot tell (no slash dates): the
 * firm's date order (its own choice, or its locale's), or the interface language's while the
 * settings are not read yet. Year-first firms take day first: a year-first date is read the same either way.
 */
export function defaultDateOrder(firm: Pick<Settings, 'dateOrder' | 'locale'> | undefined, language: string): DateOrder {
  const order = firm ? resolveDayOrder(firm.dateOrder, firm.locale) : localeDayOrder(language);
  return order === 'MDY' ? 'mdy' : 'dmy';
}
