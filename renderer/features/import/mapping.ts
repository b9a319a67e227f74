import type { CsvDelimiter, DateOrder } from '../../../shared/model';
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

/** The interface language's own order for numeric dates: used only when the file has no slash dates. */
export function localeDateOrder(locale: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale).formatToParts(new Date(2026, 3, 3));
  const day = parts.findIndex((part) => part.type === 'day');
  const month = parts.findIndex((part) => part.type === 'month');
  return day < month ? 'dmy' : 'mdy';
}
