/**
 * Copies the office book out as a new local book:
 *
 *   PGPASSWORD=… npm run office:copy-out -- --database postgres://LOGIN@HOST:PORT/DB --to NEW_EMPTY_FOLDER
 *
 * Any team member's sign-in will do: the office book is only read. Prints what was copied and the
 * book's fingerprint in the database and in the new folder. Exit codes: 0 copied, 1 refused or
 * failed (one sentence on stderr), 2 usage.
 */
import { pathToFileURL } from 'node:url';
import { copyBookOut, describeCounts } from '../electron/backend/office/move';
import { runOfficeCommand } from './office-command';

const usage = `Usage: PGPASSWORD=… npm run office:copy-out -- --database postgres://LOGIN@HOST:PORT/DB --to NEW_EMPTY_FOLDER

  --database  the office book, as any team member's sign-in; add ?sslmode=require (or
              verify-full) when the server is not on this computer
  --to        a new or empty folder for the local book (Clientbook's data folder)

The password is read from PGPASSWORD; never put it in the address. The office book is only read.`;

/** Runs the command with `argv` (the arguments after the script); returns its exit code. */
export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runOfficeCommand(argv, env, {
    usage,
    folder: 'to',
    failed: 'Could not copy the book out',
    async work(client, to) {
      const report = await copyBookOut(client, { to });
      const { fingerprints } = report;
      return [
        `Copied the office book in ${report.database} on ${client.host}:${client.port} to ${to}:`,
        ...describeCounts(report.counts, report.locale),
        `Fingerprint of the office book:         ${fingerprints.office}`,
        `Fingerprint of the book in the folder:  ${fingerprints.folder}`,
        `Open it with npm run start:browser -- --data-dir ${to} (or CLIENTBOOK_DATA_DIR=${to} for the desktop app). The office book was only read.`,
      ].join('\n');
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
