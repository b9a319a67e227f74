/**
 * Moves a local book into a newly set-up office book:
 *
 *   PGPASSWORD=… npm run office:move-in -- --from DATA_FOLDER --database postgres://ADMIN@HOST:PORT/DB
 *
 * ADMIN is the database user who ran office:init. Prints what was moved and the book's fingerprint
 * in the folder and in the database. Exit codes: 0 moved, 1 refused or failed (one sentence on
 * stderr; nothing changed), 2 usage.
 */
import { pathToFileURL } from 'node:url';
import { describeCounts, moveBookIn } from '../electron/backend/office/move';
import { runOfficeCommand } from './office-command';

const usage = `Usage: PGPASSWORD=… npm run office:move-in -- --from DATA_FOLDER --database postgres://ADMIN@HOST:PORT/DB

  --from      the data folder of the book to move (Clientbook must be closed on it)
  --database  the office book set up by npm run office:init and not used since, as the
              database user who set it up; add ?sslmode=require (or verify-full) when the
              server is not on this computer

The password is read from PGPASSWORD; never put it in the address. Nothing in the data folder is
changed or removed.`;

/** Runs the command with `argv` (the arguments after the script); returns its exit code. */
export function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runOfficeCommand(argv, env, {
    usage,
    folder: 'from',
    failed: 'Could not move the book in, and nothing was changed',
    async work(client, from) {
      const report = await moveBookIn(client, { from });
      const { fingerprints, movedTrailEnd } = report;
      return [
        `Moved the book in ${from} into the office database ${report.database} on ${client.host}:${client.port} (change ${report.seq}):`,
        ...describeCounts(report.counts, report.locale),
        movedTrailEnd.n > 0
          ? `The book's audit trail is kept as it was (table clientbook.moved_audit, ending at entry ${movedTrailEnd.n}); the office trail's entry for the move names that entry.`
          : 'The book had no audit trail entries.',
        ...report.signIns.map(({ login, member }) => `The sign-in ${login} is now ${member.name} of the moved team.`),
        `Fingerprint of the book in the folder:  ${fingerprints.folder}`,
        `Fingerprint of the office book:         ${fingerprints.office}`,
        `Nothing in ${from} was changed. Workstations can now connect to the office book.`,
      ].join('\n');
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
