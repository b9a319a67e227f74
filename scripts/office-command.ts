// What npm run office:move-in and office:copy-out share: reading their two options, connecting to
// the office database with the password from PGPASSWORD, and turning the outcome into an exit code
// (0 done, 1 refused or failed with one sentence on stderr, 2 usage).
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { officeConnection, OfficeAddressError } from '../electron/backend/office/address';
import { MoveRefusedError } from '../electron/backend/office/move';

/**
 * A connection to the office database at `address` with the password from PGPASSWORD, or null
 * after saying in one sentence on stderr why there is none.
 */
export async function connectAsTool(address: string, env: NodeJS.ProcessEnv): Promise<Client | null> {
  const client = new Client(officeConnection(address, env.PGPASSWORD));
  try {
    await client.connect();
    return client;
  } catch (error) {
    console.error(
      `Could not connect to the database at ${client.host}:${client.port} (${(error as Error).message}); check the address, the password in PGPASSWORD and that the server is running.`,
    );
    return null;
  }
}

/**
 * Runs `work` on a connection to `--database`, with `--<folder>` (both required) from `argv`.
 * `failed` begins the sentence for an unexpected error ("Could not move the book in").
 */
export async function runOfficeCommand(
  argv: string[],
  env: NodeJS.ProcessEnv,
  command: { usage: string; folder: string; failed: string; work: (client: Client, folder: string) => Promise<string> },
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { database: { type: 'string' }, [command.folder]: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
    if (values.help) {
      console.log(command.usage);
      return 0;
    }
    if (typeof values.database !== 'string' || typeof values[command.folder] !== 'string') {
      throw new Error(`--database and --${command.folder} are required.`);
    }
    officeConnection(values.database, undefined);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${command.usage}`);
    return 2;
  }
  const client = await connectAsTool(values.database, env);
  if (!client) return 1;
  try {
    console.log(await command.work(client, values[command.folder] as string));
    return 0;
  } catch (error) {
    console.error(
      error instanceof MoveRefusedError || error instanceof OfficeAddressError
        ? error.message
        : `${command.failed}: ${(error as Error).message}`,
    );
    return 1;
  } finally {
    await client.end().catch(() => {});
  }
}
