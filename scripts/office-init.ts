/**
 * Sets up a new office book in an empty PostgreSQL database and its first admin:
 *
 *   PGPASSWORD=… npm run office:init -- --database postgres://ADMIN@HOST:PORT/DB --admin "Full Name" --email name@firm.com
 *
 * The administrator's password comes from PGPASSWORD, never the command line (which others on the
 * computer can see). Prints the admin's sign-in name and one-time password once. Exit codes: 0 set
 * up, 1 refused or failed (one sentence on stderr), 2 usage.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TeamMember, teamRoles, type TeamRole } from '../shared/model';
import { officeConnection, OfficeAddressError } from '../electron/backend/office/address';
import { initOfficeBook, OfficeInitRefusedError } from '../electron/backend/office/init';
import { oneTimePasswordDays } from '../electron/backend/office/sign-ins';
import { connectAsTool } from './office-command';

const usage = `Usage: PGPASSWORD=… npm run office:init -- --database postgres://ADMIN@HOST:PORT/DB --admin "Full Name" --email name@firm.com [--role ROLE]

  --database  the new, empty database, as its administrator (a user who may create roles);
              add ?sslmode=require (or verify-full) when the server is not on this computer
  --admin     the full name of the office's first Clientbook admin
  --email     their email address
  --role      their role in the team: ${teamRoles.join(', ')} (default adviser)

The administrator's password is read from PGPASSWORD; never put it in the address.`;

class UsageError extends Error {}

interface Options {
  database: string;
  admin: string;
  email: string;
  role: TeamRole;
}

function readOptions(argv: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        database: { type: 'string' },
        admin: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string', default: 'adviser' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const { database, admin, email, role } = values;
  if (!database || !admin?.trim() || !email) throw new UsageError('--database, --admin and --email are required.');
  for (const [option, field, value] of [
    ['--admin', 'name', admin],
    ['--email', 'email', email],
  ] as const) {
    const checked = TeamMember.shape[field].safeParse(value);
    if (!checked.success) throw new UsageError(`${option} ${checked.error.issues[0]!.message}.`);
  }
  if (!(teamRoles as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${teamRoles.join(', ')}.`);
  try {
    officeConnection(database, undefined);
  } catch (error) {
    if (error instanceof OfficeAddressError) throw new UsageError(error.message);
    throw error;
  }
  return { database, admin: admin.trim(), email, role: role as TeamRole };
}

/** Runs the command with `argv` (the arguments after the script); returns its exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options;
  try {
    options = readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    return 2;
  }
  if (options === 'help') {
    console.log(usage);
    return 0;
  }
  const client = await connectAsTool(options.database, env);
  if (!client) return 1;
  try {
    const result = await initOfficeBook(client, { name: options.admin, email: options.email, role: options.role });
    const where = `${client.database} on ${client.host}:${client.port}`;
    console.log(
      [
        `The office book is set up in the database ${where}.`,
        '',
        `First admin: ${result.member.name}`,
        `  Sign-in name:       ${result.login}`,
        `  One-time password:  ${result.password}`,
        '',
        `This password is shown only now and works for ${oneTimePasswordDays} days (until ${result.validUntil.toISOString().slice(0, 10)}).`,
        `Give it to ${result.member.name} in person or by phone, not by email, and keep no other copy.`,
        'A workstation connects with: PGPASSWORD=… npm run start:browser -- --database postgres://SIGN-IN-NAME@HOST:PORT/DB',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    const message =
      error instanceof OfficeInitRefusedError ? error.message : `Could not set up the office book: ${(error as Error).message}`;
    console.error(message);
    return 1;
  } finally {
    await client.end().catch(() => {});
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
