import type { OfficeMigration } from './index';

/**
 * Schema 7: the office book follows the local book's schema 9 (store migration 0009, each member's
 * interface language). Every team member gets `language: null` (the computer's own language, as
 * before) unless they have one, and the book's format rises to 9 so an older workstation opens it
 * read-only. The team stays an admin's to change, but a member may now change their own language
 * and nothing else of their record. `admin_only` is otherwise 0003's, whose rules it keeps.
 */
export const memberLanguage: OfficeMigration = {
  version: 7,
  name: 'member-language',
  sql: `
UPDATE clientbook.records
SET data = jsonb_build_object('language', NULL) || data, version = version + 1
WHERE collection = 'teamMembers' AND NOT data ? 'language';

UPDATE clientbook.book SET format = 9 WHERE format < 9;

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
  -- A member's own interface language is theirs to change (with when their record changed), and nothing else of it.
  IF TG_OP = 'UPDATE' AND targets[1] = 'teamMembers' AND targets[2] = 'teamMembers'
     AND to_jsonb(OLD) ->> 'id' = to_jsonb(NEW) ->> 'id'
     AND to_jsonb(NEW) ->> 'id' = (SELECT member_id FROM clientbook.members WHERE login = session_user AND revoked_at IS NULL)
     AND NEW.data -> 'language' IN ('null'::jsonb, '"en"'::jsonb, '"hi"'::jsonb)
     AND NEW.data ->> 'updatedAt' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$'
     AND (OLD.data - 'language' - 'updatedAt') = (NEW.data - 'language' - 'updatedAt') THEN
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
