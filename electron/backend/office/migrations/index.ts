import { officeBook } from './0001-office-book';
import { signIns } from './0002-sign-ins';
import { undoableChanges } from './0003-undoable-changes';
import { movedTrail } from './0004-moved-trail';
import { bookFormatSeven } from './0005-book-format-7';
import { firmLocale } from './0006-firm-locale';
import { memberLanguage } from './0007-member-language';

/** One step of the office database's schema: SQL run in one transaction with the step's record in `schema_migrations`. */
export interface OfficeMigration {
  version: number;
  name: string;
  sql: string;
  /** Values for the SQL's $1, $2…, taken when it runs; a step with them is one statement. */
  params?: () => unknown[];
}

/** Every migration, oldest first; versions increase by exactly one (checked by a test). */
export const officeMigrations: readonly OfficeMigration[] = [
  officeBook,
  signIns,
  undoableChanges,
  movedTrail,
  bookFormatSeven,
  firmLocale,
  memberLanguage,
];

export const currentOfficeSchemaVersion = officeMigrations.at(-1)!.version;
