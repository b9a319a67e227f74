import type { Migration } from './migration';

/**
 * Schema 7, an advisor's first hour: records may now hold fields an older Clientbook does not know
 * (a task's `interactionId` and `showInPacket`, a client's `reviewsFrom`, a review meeting's time,
 * place and invitees, new relationships and the `unknown` survey channel). Nothing stored changes;
 * the number moves so an older version opens such a book read-only as "from a newer version"
 * instead of finding records it cannot read.
 */
export const firstHour: Migration = {
  version: 7,
  name: 'first-hour',
  up() {},
};
