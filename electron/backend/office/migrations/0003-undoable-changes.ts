import type { OfficeMigration } from './index';

/**
 * Schema 3: a change that can be taken back as one, such as an import, in an office where
 * colleagues keep working meanwhile (so restoring a backup of the whole book would undo their work).
 *
 * - `undo`: for each such change, its inverse (the ops that put every record and single object it
 *   touched back as they were), written in the change's own transaction. Taking it back is a change
 *   of its own, refused while a record the change touched has been changed since. Rows are never
 *   deleted; `taken_back_seq` is set once.
 * - Issued packets are kept as they were given: nobody may change a packet's PDF, and one whose
 *   record exists cannot be deleted (a PDF whose record failed to commit is removed).
 * - Members may import: the admin-only rule on `settings` now lets anyone remember an import's
 *   column mappings (`importMappings`), and nothing else in them. An upsert of a row that exists
 *   is judged as the update it becomes (its insert trigger fires first, without the old row).
 */
export const undoableChanges: OfficeMigration = {
  version: 3,
  name: 'undoable-changes',
  sql: `
CREATE TABLE clientbook.undo (
  id text PRIMARY KEY,
  seq bigint NOT NULL REFERENCES clientbook.changes (seq),
  -- json, not jsonb: taken back, the records come back exactly as they were written.
  ops json NOT NULL,
  taken_back_seq bigint REFERENCES clientbook.changes (seq)
);
REVOKE ALL ON clientbook.undo FROM PUBLIC;
GRANT SELECT, INSERT ON clientbook.undo TO clientbook_member;
GRANT UPDATE (taken_back_seq) ON clientbook.undo TO clientbook_member;

REVOKE UPDATE ON clientbook.packets FROM clientbook_member;
CREATE FUNCTION clientbook.packet_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM clientbook.records WHERE collection = 'issuedPackets' AND id = OLD.id) THEN
    RAISE EXCEPTION 'An issued packet is kept as it was given, so it cannot be removed.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER packets_kept BEFORE DELETE ON clientbook.packets FOR EACH ROW EXECUTE FUNCTION clientbook.packet_kept();

CREATE OR REPLACE FUNCTION clientbook.admin_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  targets text[] := ARRAY[to_jsonb(OLD) ->> TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[0]];
  target text;
BEGIN
  -- INSERT … ON CONFLICT fires the insert trigger first even for a row that exists: the update it becomes is judged instead.
  IF TG_OP = 'INSERT' AND (
       (TG_TABLE_NAME = 'singletons' AND EXISTS (SELECT 1 FROM clientbook.singletons s WHERE s.key = to_jsonb(NEW) ->> 'key'))
    OR (TG_TABLE_NAME = 'records' AND EXISTS (
          SELECT 1 FROM clientbook.records r WHERE r.collection = to_jsonb(NEW) ->> 'collection' AND r.id = to_jsonb(NEW) ->> 'id'))) THEN
    RETURN NEW;
  END IF;
  target := CASE WHEN 'settings' = ANY (targets) THEN 'the settings' WHEN 'teamMembers' = ANY (targets) THEN 'the team' END;
  -- An import remembers its column mappings in the settings: that alone is anyone's to change.
  IF TG_OP = 'UPDATE' AND targets[1] = 'settings' AND targets[2] = 'settings'
     AND (OLD.data - 'importMappings') = (NEW.data - 'importMappings') THEN
    target := NULL;
  END IF;
  IF target IS NOT NULL
     AND NOT pg_has_role(session_user, 'clientbook_admin', 'MEMBER')
     AND NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    RAISE EXCEPTION 'Only an admin can change %.', target USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
`,
};
