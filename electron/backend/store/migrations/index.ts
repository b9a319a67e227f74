import type { StoreImage } from '../snapshot';
import type { Migration } from './migration';
import { initial } from './0001-initial';
import { clientBook } from './0002-client-book';
import { work } from './0003-work';
import { satisfaction } from './0004-satisfaction';
import { reviews } from './0005-reviews';
import { dataTransfer } from './0006-data-transfer';
import { firstHour } from './0007-first-hour';
import { firmLocale } from './0008-firm-locale';
import { memberLanguage } from './0009-member-language';

/** Every migration, oldest first; versions increase by exactly one (checked by a test). */
export const migrations: readonly Migration[] = [
  initial,
  clientBook,
  work,
  satisfaction,
  reviews,
  dataTransfer,
  firstHour,
  firmLocale,
  memberLanguage,
];

export { currentSchemaVersion } from '../schema-version';

/** Brings an image up to the current schema. Returns the names of the steps applied. */
export function migrate(image: StoreImage): string[] {
  const applied: string[] = [];
  for (const migration of migrations) {
    if (migration.version <= image.schemaVersion) continue;
    migration.up(image);
    image.schemaVersion = migration.version;
    applied.push(`${String(migration.version).padStart(4, '0')}-${migration.name}`);
  }
  return applied;
}
