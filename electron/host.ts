import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import readline from 'node:readline/promises';
import { Writable } from 'node:stream';
import type { ClientConfig } from 'pg';
import { openWorkstation } from './backend/workstation';
import { officeConnection, OfficeAddressError } from './backend/office/address';
import { OfficeUnavailableError } from './backend/office/office-unavailable';
import { StoreLockedError } from './backend/store';
import { DataFolderNotWritableError } from './backend/store/errors';
import { createHostServer } from './host-server';
import { createChromiumPdfRenderer } from './host-printer';
import { createLogger, describeError } from './log';
import os from 'node:os';

/**
 * `npm run start:browser -- --data-dir DIR [--database URL] [--port N] [--demo|--empty]`: the
 * backend and the built renderer on 127.0.0.1, for using Clientbook without Electron and for
 * end-to-end tests. With `--database`, the book is the office's PostgreSQL database (the password
 * from PGPASSWORD, or asked for); the data folder then keeps this workstation's exports and packets.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      database: { type: 'string' },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
      empty: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number between 0 and 65535.');
  if (values.demo && values.empty) throw new UsageError('Choose either --demo or --empty, not both.');
  const dataDir = path.resolve(values['data-dir'] ?? process.env.CLIENTBOOK_DATA_DIR ?? '.data');
  const token = process.env.CLIENTBOOK_HOST_TOKEN || randomBytes(24).toString('hex');
  const log = createLogger('host');
  const ctx = { actor: os.userInfo().username };

  // Packets print from this host's own page, whose address is known once it listens.
  let pageUrl = '';
  const office = values.database ? await officeSignIn(values.database) : undefined;
  const backend = await openWorkstation({
    dataDir,
    log,
    ...(office && { office }),
    pdf: createChromiumPdfRenderer({ pageUrl: () => pageUrl }),
  });
  // A book that opens in the background and then cannot be read is reported as a failed start.
  backend.ready.catch(fail);
  if (values.demo || values.empty) {
    const status = await backend.handlers['app:status']({}, ctx);
    if (status.mode === 'needs-setup' && values.demo) await backend.handlers['setup:loadDemo']({}, ctx);
    if (status.mode === 'needs-setup' && values.empty) await backend.handlers['setup:startEmpty']({}, ctx);
  }

  const rendererDir = path.resolve(import.meta.dirname, '../dist/renderer');
  const server = createHostServer({ backend, token, rendererDir, ctx, log });
  server.listen(port, '127.0.0.1', () => {
    const { port: actualPort } = server.address() as { port: number };
    pageUrl = `http://127.0.0.1:${actualPort}/?token=${token}`;
    process.stdout.write(`Clientbook is running at ${pageUrl}\n`);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections();
    server.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

class UsageError extends Error {}

/** The office database's settings, with the password from PGPASSWORD or, at a terminal, asked for without showing it. */
async function officeSignIn(address: string): Promise<ClientConfig> {
  let password = process.env.PGPASSWORD;
  if (password === undefined && process.stdin.isTTY) password = await askHidden('Password for the office database: ');
  try {
    return officeConnection(address, password);
  } catch (error) {
    if (error instanceof OfficeAddressError) throw new UsageError(error.message);
    throw error;
  }
}

async function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const prompt = readline.createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await prompt.question('');
  } finally {
    prompt.close();
    process.stdout.write('\n');
  }
}

function fail(error: unknown): never {
  if (
    error instanceof StoreLockedError ||
    error instanceof DataFolderNotWritableError ||
    error instanceof OfficeUnavailableError ||
    error instanceof UsageError
  ) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Clientbook could not start: ${JSON.stringify(describeError(error))}\n`);
  }
  process.exit(1);
}

main().catch(fail);
