// Team members' own sign-ins to the office database: PostgreSQL logins, given, taken away and
// re-passworded only through the schema's functions (migrations/0002-sign-ins.ts), which the
// database itself restricts to admins.
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { DatabaseError, type ClientBase } from 'pg';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { MemberAccess } from '../../../shared/model';

/** How long a one-time password lets its member sign in (and set their own). */
export const oneTimePasswordDays = 7;
/** PostgreSQL's longest role name (NAMEDATALEN - 1), less room for a ".NN" to make it unique. */
const loginBaseMax = 60;

/** A login with a one-time password: shown once to whoever gave it, never stored or logged. */
export interface OneTimeAccess {
  login: string;
  password: string;
  validUntil: Date;
}

/** Who is signed in at this workstation, as the database knows them. */
export interface SignedIn {
  login: string;
  /** The team member the login belongs to; null for a login that is nobody's (the owner who set the book up). */
  memberId: string | null;
  admin: boolean;
  /** Signed in with a one-time password: they set their own before anything else. */
  mustChangePassword: boolean;
}

/** A sign-in name from a person's name: "Ann Lee" → "ann.lee", letters and digits only. */
function loginFromName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, loginBaseMax)
    .replace(/\.+$/, '');
  return base || 'member';
}

/**
 * PostgreSQL's SCRAM-SHA-256 verifier for `password` (RFC 5802, as PostgreSQL stores it), so the
 * password itself never travels to the server or into its statement log.
 */
function scramVerifier(password: string, iterations = 4096): string {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
  const storedKey = createHash('sha256').update(hmac(salted, 'Client Key')).digest();
  const serverKey = hmac(salted, 'Server Key');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** Gives `member` a login of their own (or their old one back) with a one-time password, as a member or an admin. */
export async function giveAccess(
  client: ClientBase,
  member: { id: string; name: string },
  { admin, now }: { admin: boolean; now: Date },
): Promise<OneTimeAccess> {
  const password = randomBytes(18).toString('base64url');
  const validUntil = new Date(now.getTime() + oneTimePasswordDays * 24 * 60 * 60 * 1000);
  const { rows } = await client.query<{ login: string }>('SELECT clientbook.give_access($1, $2, $3, $4, $5) AS login', [
    member.id,
    loginFromName(member.name),
    scramVerifier(password),
    validUntil.toISOString(),
    admin,
  ]);
  return { login: rows[0]!.login, password, validUntil };
}

export async function revokeAccess(client: ClientBase, memberId: string): Promise<void> {
  await client.query('SELECT clientbook.revoke_access($1)', [memberId]);
}

/** Replaces the signed-in login's password; it no longer expires. */
export async function setOwnPassword(client: ClientBase, password: string): Promise<void> {
  await client.query('SELECT clientbook.set_own_password($1)', [scramVerifier(password)]);
}

export async function readSignedIn(client: ClientBase): Promise<SignedIn> {
  const { rows } = await client.query<{ login: string; member_id: string | null; admin: boolean; must_change: boolean | null }>(
    `SELECT session_user AS login, m.member_id, clientbook.signed_in_as_admin() AS admin, m.must_change_password AS must_change
       FROM (SELECT 1) one
       LEFT JOIN clientbook.members m ON m.login = session_user AND m.revoked_at IS NULL`,
  );
  const row = rows[0]!;
  return { login: row.login, memberId: row.member_id, admin: row.admin, mustChangePassword: row.must_change ?? false };
}

/** Every team member's sign-in, for the Team screen. */
export async function listAccess(client: ClientBase): Promise<MemberAccess[]> {
  const { rows } = await client.query<{
    member_id: string;
    login: string;
    admin: boolean;
    must_change_password: boolean;
    revoked_at: Date | null;
    valid_until: Date | null;
  }>(
    `SELECT m.member_id, m.login, pg_has_role(m.login, 'clientbook_admin', 'MEMBER') AS admin, m.must_change_password,
            m.revoked_at, r.rolvaliduntil AS valid_until
       FROM clientbook.members m JOIN pg_roles r ON r.rolname = m.login
      ORDER BY m.login`,
  );
  return rows.map((row) => ({
    memberId: row.member_id,
    login: row.login,
    admin: row.revoked_at === null && row.admin,
    state: row.revoked_at ? 'revoked' : row.must_change_password ? 'one-time-password' : 'active',
    // An "infinity" VALID UNTIL comes back as an invalid date.
    oneTimePasswordUntil:
      row.must_change_password && row.valid_until && Number.isFinite(row.valid_until.getTime()) ? row.valid_until.toISOString() : null,
  }));
}

/** The refusals the sign-in functions raise, in their own words, as typed errors; null for anything else. */
export function signInRefusal(error: unknown): AppError | null {
  if (!(error instanceof DatabaseError)) return null;
  const code = ({ '42501': 'FORBIDDEN', P0002: 'NOT_FOUND', '55006': 'CONFLICT', '22023': 'INVALID_INPUT' } as const)[error.code ?? ''];
  return code ? new AppError(code, message('passedOn', { sentence: error.message })) : null;
}
