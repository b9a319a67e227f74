import type { OfficeMigration } from './index';

/**
 * Schema 7: the office book follows the local book's schema 9 (store migration 0009, each member's
 * interface language). Every team member gets `language: null` (the computer's own language, as
 * before) unless they have one, and the book's format rises to 9 so an older workstation opens it
 * read-only. The team stays an admin's to change, but a member may now change their own language
 * and nothing else of their record: what `admin_only` let through before, it still does.
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
  target := CASE WHEN 'settings' = ANY (targets) THEN 'the settings' WHEN 'teamMembers' = ANY (targets) THEN 'the team' END;
  -- One's own language is one's own to set (with when the record changed): only on the records
  -- table, and only when the rest of the member's stored record stays exactly as it is. A
  -- workstation writes with an upsert, whose INSERT trigger sees no OLD, so the stored row is read.
  IF TG_TABLE_NAME = 'records' AND TG_OP <> 'DELETE' THEN
    IF NEW.collection = 'teamMembers'
       AND (TG_OP = 'INSERT' OR (to_jsonb(OLD) ->> 'collection' = 'teamMembers' AND to_jsonb(OLD) ->> 'id' = NEW.id))
       AND NEW.id = (SELECT member_id FROM clientbook.members WHERE login = session_user AND revoked_at IS NULL)
       AND NEW.data -> 'language' IN ('null'::jsonb, '"en"'::jsonb, '"hi"'::jsonb)
       AND NEW.data ->> 'updatedAt' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$'
       AND (SELECT data - 'language' - 'updatedAt' FROM clientbook.records WHERE collection = 'teamMembers' AND id = NEW.id)
           = NEW.data - 'language' - 'updatedAt' THEN
      RETURN NEW;
    END IF;
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
