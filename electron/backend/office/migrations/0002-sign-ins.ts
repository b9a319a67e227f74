import type { OfficeMigration } from './index';

/**
 * Schema 2: each team member signs in with a PostgreSQL login of their own, managed only through
 * three functions that run as the book's owner (SECURITY DEFINER), so no workstation login needs
 * the right to create roles:
 *
 * - `give_access(member, login, verifier, valid_until, admin)`: an admin gives a team member a
 *   login (a new one, or their old one back) with a one-time password, as a member or an admin.
 * - `revoke_access(member)`: an admin takes it away: the login can no longer sign in and loses
 *   its group at once, also in sessions already open. Not their own, and never the last admin's.
 * - `set_own_password(verifier)`: whoever is signed in replaces their password (the first sign-in
 *   must: `must_change_password`), which then no longer expires.
 *
 * Passwords arrive as SCRAM-SHA-256 verifiers, never as text, so none is in a statement or a log.
 * `members` keeps who gave and took access, and when; nobody writes it but these functions.
 */
export const signIns: OfficeMigration = {
  version: 2,
  name: 'sign-ins',
  sql: `
ALTER TABLE clientbook.members
  ADD COLUMN must_change_password boolean NOT NULL DEFAULT true,
  ADD COLUMN granted_by text NOT NULL DEFAULT session_user,
  ADD COLUMN granted_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN revoked_by text,
  ADD COLUMN revoked_at timestamptz;
REVOKE INSERT, UPDATE, DELETE ON clientbook.members FROM clientbook_admin;

-- An admin, or the owner who set the book up.
CREATE FUNCTION clientbook.signed_in_as_admin() RETURNS boolean LANGUAGE sql STABLE
  SET search_path = pg_catalog, pg_temp AS $$
  SELECT pg_has_role(session_user, 'clientbook_admin', 'MEMBER')
      OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'clientbook.members'::regclass), 'MEMBER')
$$;

CREATE FUNCTION clientbook.check_verifier(verifier text) RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
    RAISE EXCEPTION 'A password must be sent as a SCRAM-SHA-256 verifier.' USING ERRCODE = 'invalid_parameter_value';
  END IF;
END
$$;

CREATE FUNCTION clientbook.give_access(target_member text, login_base text, verifier text, valid_until timestamptz, as_admin boolean)
  RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  the_login text;
  n integer := 1;
BEGIN
  IF NOT clientbook.signed_in_as_admin() THEN
    RAISE EXCEPTION 'Only an admin can give access.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM clientbook.check_verifier(verifier);
  IF NOT EXISTS (SELECT 1 FROM clientbook.records WHERE collection = 'teamMembers' AND id = target_member AND (data->>'active')::boolean) THEN
    RAISE EXCEPTION 'Only an active team member can be given access.' USING ERRCODE = 'no_data_found';
  END IF;
  SELECT m.login INTO the_login FROM clientbook.members m WHERE m.member_id = target_member;
  IF the_login IS NULL THEN
    the_login := login_base;
    WHILE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = the_login) LOOP
      n := n + 1;
      the_login := login_base || '.' || n;
    END LOOP;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', the_login, verifier, valid_until);
    INSERT INTO clientbook.members (member_id, login) VALUES (target_member, the_login);
  ELSE
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L VALID UNTIL %L', the_login, verifier, valid_until);
    UPDATE clientbook.members
       SET must_change_password = true, granted_by = session_user, granted_at = now(), revoked_by = NULL, revoked_at = NULL
     WHERE member_id = target_member;
  END IF;
  EXECUTE format('REVOKE clientbook_admin, clientbook_member FROM %I', the_login);
  EXECUTE format('GRANT %I TO %I', CASE WHEN as_admin THEN 'clientbook_admin' ELSE 'clientbook_member' END, the_login);
  RETURN the_login;
END
$$;

CREATE FUNCTION clientbook.revoke_access(target_member text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  the_login text;
BEGIN
  IF NOT clientbook.signed_in_as_admin() THEN
    RAISE EXCEPTION 'Only an admin can revoke access.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT m.login INTO the_login FROM clientbook.members m WHERE m.member_id = target_member AND m.revoked_at IS NULL;
  IF the_login IS NULL THEN
    RAISE EXCEPTION 'That team member has no access to revoke.' USING ERRCODE = 'no_data_found';
  END IF;
  IF the_login = session_user THEN
    RAISE EXCEPTION 'You cannot revoke your own access; ask another admin.' USING ERRCODE = 'object_in_use';
  END IF;
  IF pg_has_role(the_login, 'clientbook_admin', 'MEMBER') AND NOT EXISTS (
    SELECT 1 FROM clientbook.members m
     WHERE m.revoked_at IS NULL AND m.login <> the_login AND pg_has_role(m.login, 'clientbook_admin', 'MEMBER')
  ) THEN
    RAISE EXCEPTION 'That is the office’s last admin; give someone else admin access first.' USING ERRCODE = 'object_in_use';
  END IF;
  EXECUTE format('ALTER ROLE %I NOLOGIN', the_login);
  EXECUTE format('REVOKE clientbook_admin, clientbook_member FROM %I', the_login);
  UPDATE clientbook.members SET revoked_by = session_user, revoked_at = now() WHERE member_id = target_member;
END
$$;

CREATE FUNCTION clientbook.set_own_password(verifier text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM clientbook.check_verifier(verifier);
  IF NOT EXISTS (SELECT 1 FROM clientbook.members WHERE login = session_user AND revoked_at IS NULL) THEN
    RAISE EXCEPTION 'This sign-in is not a team member''s, so its password is not changed here.' USING ERRCODE = 'insufficient_privilege';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', session_user, verifier, 'infinity');
  UPDATE clientbook.members SET must_change_password = false WHERE login = session_user;
END
$$;

REVOKE ALL ON FUNCTION clientbook.give_access(text, text, text, timestamptz, boolean), clientbook.revoke_access(text),
  clientbook.set_own_password(text), clientbook.signed_in_as_admin(), clientbook.check_verifier(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION clientbook.give_access(text, text, text, timestamptz, boolean), clientbook.revoke_access(text),
  clientbook.set_own_password(text), clientbook.signed_in_as_admin(), clientbook.check_verifier(text) TO clientbook_member;
`,
};
