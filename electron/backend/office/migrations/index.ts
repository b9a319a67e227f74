import { officeBook } from './0001-office-book';
import { signIns } from './0002-sign-ins';
import { undoableChanges } from './0003-undoable-changes';
import { movedTrail } from './0004-moved-trail';

/** One step of the office database's schema: SQL run in one transaction with the step's record in `schema_migrations`. */
export interface OfficeMigration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first; versions increase by exactly one (checked by a test). */
export const officeMigrations: readonly OfficeMigration[] = [officeBook, signIns, undoableChanges, movedTrail];

export const currentOfficeSchemaVersion = officeMigrations.at(-1)!.version;
