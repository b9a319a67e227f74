/**
 * Brings an office database set up by an older Clientbook up to this version's schema:
 *
 *   PGPASSWORD=… npm run office:upgrade -- --database postgres://ADMIN@HOST:PORT/DB
 *
 * Run it as the database user who set the book up (it owns the tables). Each step runs in its own
 * transaction with its record, so a failed step leaves the database as it was before that step.
 * Exit codes: 0 up to date, 1 refused or failed (one sentence on stderr), 2 usage.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { officeConnection, OfficeAddressError } from '../electron/backend/office/address';
import { migrateOffice, OfficeSchemaFromTheFutureError } from '../electron/backend/office/migrate';
import { connectAsTool } from './office-command';

const usage = `Usage: PGPASSWORD=… npm run office:upgrade -- --database postgres://ADMIN@HOST:PORT/DB

Run it as the database user who set the book up with office:init. The password is read from PGPASSWORD.`;

/** Runs the command with `argv` (the arguments after the script); returns its exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let database: string | undefined;
  try {
    ({ database } = parseArgs({ args: argv, options: { database: { type: 'string' } } }).values);
    if (!database) throw new OfficeAddressError('--database is required.');
    officeConnection(database, undefined);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const client = await connectAsTool(database, env);
  if (!client) return 1;
  try {
    const { rows } = await client.query<{ book: string | null }>("SELECT to_regclass('clientbook.book')::text AS book");
    if (!rows[0]!.book) {
      console.error('That database holds no Clientbook office book; set one up with npm run office:init.');
      return 1;
    }
    const applied = await migrateOffice(client);
    console.log(applied.length === 0 ? 'The office book is up to date.' : `Updated the office book: ${applied.join(', ')}.`);
    return 0;
  } catch (error) {
    const message =
      error instanceof OfficeSchemaFromTheFutureError
        ? error.message
        : (error as { code?: string }).code === '42501'
          ? 'Only the database user who set the book up may update it; run this as that user.'
          : `Could not update the office book: ${(error as Error).message}`;
    console.error(message);
    return 1;
  } finally {
    await client.end().catch(() => {});
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
