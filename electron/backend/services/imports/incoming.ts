import type {
  Client,
  Holding,
  ImportDuplicate,
  ImportHouseholdsSummary,
  Interaction,
  Person,
  Review,
  Survey,
  Task,
} from '../../../../shared/model';
import type { RowChecker } from './row-checker';

export type MatchKind = ImportDuplicate['matchedOn'][number];

/** One household of a households or contacts-and-accounts file: its rows' client fields, people and products. */
export interface IncomingHousehold {
  key: string;
  rows: number[];
  client: Client;
  people: Person[];
  holdings: Holding[];
  /** A held review on the last-review date the file gives. */
  review: Review | null;
  reviewsFrom: keyof ImportHouseholdsSummary['reviewsFrom'];
  /** The household already in the book it looks like; the user decides. */
  existing: { id: string; matchedOn: MatchKind[] } | null;
}

/** A record of another kind; `replaces` is the stored record it updates (a holding found by account number). */
export interface IncomingRecord {
  row: number;
  collection: 'holdings' | 'interactions' | 'tasks' | 'surveys';
  record: Holding | Interaction | Task | Survey;
  replaces: boolean;
}

/**
 * Reads the rows of one kind of file: made once per file (so it can remember what earlier rows
 * held), then called for each row with the household the row names, after the row checker has moved to it.
 */
export type RecordReader = (check: RowChecker) => (row: number, client: Client | null | undefined) => IncomingRecord | undefined;
