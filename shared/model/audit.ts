import { z } from 'zod';
import { Id, IsoInstant } from './common';
import { MemberRef } from './team';

/** What one committed change did to one record (or to the settings). */
export const AuditChange = z.strictObject({
  op: z.enum(['create', 'update', 'delete', 'set']),
  /** A collection name (`tasks`), or for `set` the single object (`settings`). */
  c: z.string(),
  id: z.string().optional(),
  /** The household the record belongs to, so a client's activity can be listed. */
  clientId: z.string().optional(),
});
export type AuditChange = z.infer<typeof AuditChange>;

/**
 * `change`: an ordinary committed change. `restore`/`replace`/`recover`: the whole book was replaced
 * (a backup restored, a book imported, the book recovered from intact files after damage).
 */
export const AuditKind = z.enum(['change', 'restore', 'replace', 'recover']);
export type AuditKind = z.infer<typeof AuditKind>;

/** One line of the audit trail: who (the computer account) changed what, and when. */
export const AuditEntry = z.strictObject({
  /** Position in the trail, from 1, without gaps. */
  n: z.number().int().positive(),
  at: IsoInstant,
  /** The computer account the change was made from. */
  actor: z.string(),
  /** The team member chosen at that workstation, when one was. */
  member: MemberRef.optional(),
  /** The book's change number this entry records. */
  seq: z.number().int().nonnegative(),
  kind: AuditKind,
  changes: z.array(AuditChange),
  /** The previous entry's hash ('' for the first): the chain. */
  prev: z.string(),
  hash: z.string(),
  /**
   * On a `recover` entry: the entries before it that record changes the recovered book does not
   * have (lost to damage, or added to the trail while Clientbook was closed).
   */
  unbacked: z.strictObject({ from: z.number().int().positive(), to: z.number().int().positive() }).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Where the trail ends: its last entry, and the file length just after it. */
export interface AuditHead {
  n: number;
  seq: number;
  hash: string;
  bytes: number;
}

/**
 * Where the trail ended, as kept outside the trail file (in the book file, a backup or an issued
 * packet's record): entry `n` must still have this hash, so removing, re-chaining or rewriting
 * entries while Clientbook is closed is found.
 */
export interface AuditAnchor {
  n: number;
  hash: string;
  source: 'book' | 'backup' | 'packet';
}

/**
 * The verifier's finding. `entry` is the first entry number that does not check out; `through`,
 * when given, the last of a range: entries removed from the end, entries that record changes the
 * book does not have (`added`), or, for `rewritten`, the entry whose hash no longer matches the
 * one kept outside the trail (an entry from `entry` to `through` was changed and the chain after it
 * recomputed to hide it).
 */
export const AuditVerdict = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), entries: z.number().int().nonnegative() }),
  z.strictObject({
    ok: z.literal(false),
    entries: z.number().int().nonnegative(),
    problem: z.strictObject({
      entry: z.number().int().positive(),
      through: z.number().int().positive().optional(),
      reason: z.enum(['edited', 'removed', 'added', 'out-of-order', 'rewritten']),
      /** In the trail a book brought when it moved into the office database, rather than the office's own. */
      trail: z.literal('moved').optional(),
    }),
  }),
]);
export type AuditVerdict = z.infer<typeof AuditVerdict>;

/** An entry as the Activity view shows it, with the household names it touched. */
export const ActivityEntry = AuditEntry.omit({ prev: true, hash: true }).extend({
  clientNames: z.record(z.string(), z.string()),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;

export const ActivityQuery = z.strictObject({
  /** One household's activity; the whole firm's when absent. */
  clientId: Id.optional(),
  /** Entries older than this entry number: the next page. */
  beforeN: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ActivityQuery = z.infer<typeof ActivityQuery>;

export const ActivityPage = z.strictObject({
  entries: z.array(ActivityEntry),
  hasMore: z.boolean(),
});
export type ActivityPage = z.infer<typeof ActivityPage>;
