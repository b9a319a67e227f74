import type { OfficeMigration } from './index';

/**
 * Schema 1 of the office database: the whole book in schema `clientbook`.
 *
 * - `book`: one row that marks the database as a Clientbook office book (`format` is the local
 *   book's schema version that the records' data follows), written by `office:init`.
 * - `records` and `singletons`: the book itself, one jsonb document per record, as the local book
 *   stores them. `version` counts a record's changes so a form can tell it was changed since it was
 *   shown; `changed_seq` is the change that last wrote it.
 * - `changes`: the gapless, ordered change log a workstation's in-memory copy follows. A writer
 *   takes its number by `UPDATE book_head SET seq = seq + 1 RETURNING seq` inside its transaction:
 *   the row lock orders writers, and a rollback gives the number back, so there is never a gap.
 *   Each insert is announced on the channel `clientbook_changes` (NOTIFY, delivered at commit).
 *   `member` (here and in `audit`) is the team member as the change recorded them, `{id, name}`.
 * - `audit`: the hash-chained audit trail, insert-only for every role (no UPDATE, DELETE or
 *   TRUNCATE grant); its actor is set from `session_user` by the database, so no workstation can
 *   forge who did what.
 * - `packets`: issued packet PDFs with their SHA-256.
 * - `members`: which PostgreSQL login is which team member.
 *
 * Roles (cluster-wide, created only when missing): `clientbook_member` reads everything and writes
 * the book; `clientbook_admin` is also a member and alone may change settings and the team, which a
 * trigger enforces (the table owner, who set the book up, may too). Each person signs in with their
 * own LOGIN role granted one of the two.
 */
export const officeBook: OfficeMigration = {
  version: 1,
  name: 'office-book',
  sql: `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientbook_member') THEN
    CREATE ROLE clientbook_member NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientbook_admin') THEN
    CREATE ROLE clientbook_admin NOLOGIN;
  END IF;
END
$$;
GRANT clientbook_member TO clientbook_admin;

CREATE TABLE clientbook.book (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  format integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT session_user
);

CREATE TABLE clientbook.records (
  collection text NOT NULL,
  id text NOT NULL,
  data jsonb NOT NULL,
  version bigint NOT NULL,
  changed_seq bigint NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE INDEX records_changed_seq ON clientbook.records (changed_seq);

CREATE TABLE clientbook.singletons (
  key text PRIMARY KEY,
  data jsonb NOT NULL,
  version bigint NOT NULL
);

CREATE TABLE clientbook.book_head (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  seq bigint NOT NULL CHECK (seq >= 0)
);
INSERT INTO clientbook.book_head (seq) VALUES (0);

CREATE TABLE clientbook.changes (
  seq bigint PRIMARY KEY CHECK (seq > 0),
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL DEFAULT session_user,
  member jsonb,
  ops jsonb NOT NULL
);

-- json, not jsonb: an entry's hash covers its text as written, which jsonb would reorder.
CREATE TABLE clientbook.audit (
  n bigint PRIMARY KEY CHECK (n > 0),
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  member json,
  seq bigint NOT NULL,
  kind text NOT NULL,
  changes json NOT NULL,
  prev text NOT NULL,
  hash text NOT NULL
);

CREATE TABLE clientbook.packets (
  id text PRIMARY KEY,
  client_id text NOT NULL,
  pdf bytea NOT NULL,
  sha256 text NOT NULL
);

CREATE TABLE clientbook.members (
  member_id text PRIMARY KEY,
  login text UNIQUE NOT NULL
);

-- Who did it is the database's word, not the workstation's.
CREATE FUNCTION clientbook.audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.actor := session_user;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_actor BEFORE INSERT ON clientbook.audit
  FOR EACH ROW EXECUTE FUNCTION clientbook.audit_actor();

-- Every open workstation hears of a change when it commits (payload: its number) and reads it from the log.
CREATE FUNCTION clientbook.announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('clientbook_changes', NEW.seq::text);
  RETURN NEW;
END
$$;
CREATE TRIGGER changes_announce AFTER INSERT ON clientbook.changes
  FOR EACH ROW EXECUTE FUNCTION clientbook.announce_change();

-- Settings and the team are an admin's to change. The table owner (who set the book up) may too;
-- an owner could drop the trigger anyway. TG_ARGV[0] names the column that says what a row is; an
-- UPDATE is checked on the row before and after, so none is moved into or out of the team.
CREATE FUNCTION clientbook.admin_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  targets text[] := ARRAY[to_jsonb(OLD) ->> TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[0]];
  target text;
BEGIN
  target := CASE WHEN 'settings' = ANY (targets) THEN 'the settings' WHEN 'teamMembers' = ANY (targets) THEN 'the team' END;
  IF target IS NOT NULL
     AND NOT pg_has_role(session_user, 'clientbook_admin', 'MEMBER')
     AND NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    RAISE EXCEPTION 'Only an admin can change %.', target USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER singletons_admin_only BEFORE INSERT OR UPDATE OR DELETE ON clientbook.singletons
  FOR EACH ROW EXECUTE FUNCTION clientbook.admin_only('key');
CREATE TRIGGER records_admin_only BEFORE INSERT OR UPDATE OR DELETE ON clientbook.records
  FOR EACH ROW EXECUTE FUNCTION clientbook.admin_only('collection');

-- Deny by default, then grant what each role needs.
REVOKE ALL ON ALL TABLES IN SCHEMA clientbook FROM PUBLIC;
REVOKE ALL ON SCHEMA clientbook FROM PUBLIC;
GRANT USAGE ON SCHEMA clientbook TO clientbook_member;
GRANT SELECT ON ALL TABLES IN SCHEMA clientbook TO clientbook_member;
GRANT INSERT, UPDATE, DELETE ON clientbook.records, clientbook.singletons, clientbook.packets TO clientbook_member;
-- The log and the trail only grow; the head only moves on.
GRANT INSERT ON clientbook.changes, clientbook.audit TO clientbook_member;
GRANT UPDATE ON clientbook.book_head TO clientbook_member;
GRANT INSERT, UPDATE, DELETE ON clientbook.members TO clientbook_admin;
`,
};
