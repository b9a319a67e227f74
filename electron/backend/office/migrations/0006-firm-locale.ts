import type { OfficeMigration } from './index';

/**
 * Schema 6: the office book follows the local book's schema 8 (store migration 0008, the firm's
 * locale). Its settings get the same new fields (typed dates and weeks follow the locale; the time
 * zone is that of the computer running the upgrade, as a local book gets its own computer's), and
 * its format rises to 8 so an older workstation opens it read-only. A book set up or moved in by
 * this version already has them; the update leaves what it holds.
 */
export const firmLocale: OfficeMigration = {
  version: 6,
  name: 'firm-locale',
  sql: `WITH settings AS (
          UPDATE clientbook.singletons
          SET data = jsonb_build_object('dateOrder', 'locale', 'weekStartsOn', 'locale', 'timeZone', $1::text) || data,
              version = version + 1
          WHERE key = 'settings' AND NOT (data ? 'dateOrder' AND data ? 'weekStartsOn' AND data ? 'timeZone')
        )
        UPDATE clientbook.book SET format = 8 WHERE format < 8`,
  params: () => [Intl.DateTimeFormat().resolvedOptions().timeZone],
};
