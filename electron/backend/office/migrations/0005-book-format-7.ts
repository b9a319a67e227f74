import type { OfficeMigration } from './index';

/**
 * Schema 5: the office book's records follow the local book's schema 7 (store migration 0007,
 * an advisor's first hour), which adds fields an older Clientbook does not know and changes nothing
 * stored. Raising the book's format makes an older workstation open the book read-only, as from a
 * newer version, instead of writing beside records it cannot read. A book set up or moved in by this
 * version already has format 7; the update leaves it be.
 */
export const bookFormatSeven: OfficeMigration = {
  version: 5,
  name: 'book-format-7',
  sql: `UPDATE clientbook.book SET format = 7 WHERE format < 7;`,
};
