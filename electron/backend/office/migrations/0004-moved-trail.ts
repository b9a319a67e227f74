import type { OfficeMigration } from './index';

/**
 * Schema 4: a local book moved into the office book (npm run office:move-in, office/move.ts).
 *
 * - `changes.kind`: `move-in` marks the one change that replaced the set-up book with a moved one.
 *   Its ops are empty (the book is in the tables, not the log): a workstation that meets it reads
 *   the whole book again. Workstations may write only ordinary changes (the column keeps its default).
 * - `moved_audit`: the moved book's own audit trail, entry for entry as it was in the data folder
 *   (columns as in `audit`, plus `unbacked`; member and changes as `json`, so the text each hash
 *   covers is kept). Its actors are the computer accounts that made the changes, which `audit`'s
 *   trigger would overwrite with the login doing the move. It is written once, by the owner in the
 *   move's own transaction before that change is logged, and never changed: no grant but SELECT,
 *   and triggers refuse any later insert and every update, delete or truncate, even the owner's.
 *   The move's entry in `audit` names the moved trail's last entry (number and hash), which chains
 *   the two.
 */
export const movedTrail: OfficeMigration = {
  version: 4,
  name: 'moved-trail',
  sql: `
ALTER TABLE clientbook.changes ADD COLUMN kind text NOT NULL DEFAULT 'change' CHECK (kind IN ('change', 'move-in'));
REVOKE INSERT ON clientbook.changes FROM clientbook_member;
GRANT INSERT (seq, at, member, ops) ON clientbook.changes TO clientbook_member;

CREATE TABLE clientbook.moved_audit (
  n bigint PRIMARY KEY CHECK (n > 0),
  at timestamptz NOT NULL,
  actor text NOT NULL,
  member json,
  seq bigint NOT NULL,
  kind text NOT NULL,
  changes json NOT NULL,
  prev text NOT NULL,
  hash text NOT NULL,
  unbacked json
);

CREATE FUNCTION clientbook.moved_audit_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' OR EXISTS (SELECT 1 FROM clientbook.changes WHERE kind = 'move-in') THEN
    RAISE EXCEPTION 'The audit trail moved in with the book is kept as it was moved: nothing is added to it, changed or removed.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER moved_audit_kept BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON clientbook.moved_audit
  FOR EACH STATEMENT EXECUTE FUNCTION clientbook.moved_audit_kept();

REVOKE ALL ON clientbook.moved_audit FROM PUBLIC;
GRANT SELECT ON clientbook.moved_audit TO clientbook_member;
`,
};
