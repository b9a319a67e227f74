import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { ClientConfig } from 'pg';
import type { Workstation } from '../backend/workstation';
import { OfficeUnavailableError } from '../backend/office/office-unavailable';
import { readFirstScreenAtStart, type FirstScreen } from '../backend/first-screen-file';
import { DataFolderNotWritableError, StoreLockedError } from '../backend/store/errors';
import { lockDataFolder, type ReleaseLock } from '../backend/store/lock';
import { createHostServer } from './server';
import type { Logger } from '../backend/logger';
import { createLogger, describeError } from '../common/log';
import { startAnswers } from '../common/start-answers';
import { demoRegions, isDemoRegion, type DemoRegion } from '../../shared/model/demo-values';

/**
 * `npm run start:browser -- --data-dir DIR [--database URL] [--port N] [--demo [us|in]|--empty]`:
 * the backend and the built renderer on 127.0.0.1, for using Clientbook without Electron and for
 * end-to-end tests. `--demo in` sets a new folder up with the Indian demo firm, plain `--demo` with
 * the US one. With `--database`, the book is the office's PostgreSQL database (the password from
 * PGPASSWORD, or asked for); the data folder then keeps this workstation's exports and packets.
 */
async function main(): Promise<void> {
  const { values, tokens } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      database: { type: 'string' },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
      empty: { type: 'boolean', default: false },
    },
    strict: true,
    // The demo firm's region is the one word allowed on its own, right after --demo (demoRegionOf).
    allowPositionals: true,
    tokens: true,
  });
  const demoRegion = demoRegionOf(tokens);
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
  // The folder is locked before an address is printed: another Clientbook on it is refused first.
  const heldLock = office ? undefined : await lockDataFolder(dataDir, () => new Date());
  const setup = values.demo ? { demo: demoRegion } : values.empty ? 'empty' : null;
  // The page, its scripts and its first screen are served before the backend's code is loaded
  // (about 0.1 s of the one thread, which the page would wait for), then the backend loads while the page renders.
  const { atStart, wanted } = startAnswers(office ? Promise.resolve(null) : readFirstScreenAtStart(dataDir));
  const backend = wanted.then((firstScreenAtStart) =>
    openBackend({ dataDir, heldLock, log, office, setup, ctx, pageUrl: () => pageUrl, firstScreenAtStart }),
  );
  // A failed start, or a book that opens in the background and then cannot be read.
  backend.then((workstation) => workstation.ready).catch(fail);
  // A refused office sign-in ends the start before any address is printed.
  if (office) await backend;

  const rendererDir = path.join(projectRoot(), 'dist/renderer');
  const server = createHostServer({ backend, atStart, token, rendererDir, ctx, log });
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
    // Stopped before the backend was loaded (within 2 s, before a page asked): only the folder to free.
    if (atStart.closeUnloaded()) await heldLock?.();
    else await (await backend).close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

class UsageError extends Error {}

/** The region written after `--demo` (`--demo in`), else the US firm; any other word on its own is refused. */
function demoRegionOf(tokens: ReturnType<typeof parseArgs>['tokens']): DemoRegion {
  let region: DemoRegion = 'us';
  for (const [index, token] of (tokens ?? []).entries()) {
    if (token.kind !== 'positional') continue;
    const before = tokens?.[index - 1];
    if (before?.kind !== 'option' || before.name !== 'demo' || !isDemoRegion(token.value)) {
      throw new UsageError(
        `"${token.value}" was not expected: only --demo takes a word after it, the demo firm's region (${demoRegions.join(' or ')}).`,
      );
    }
    region = token.value;
  }
  return region;
}

/** The checkout this runs from: built, this is dist-electron/host.js; from source (tests), electron/host/host.ts. */
function projectRoot(): string {
  return path.resolve(import.meta.dirname, path.basename(import.meta.dirname) === 'dist-electron' ? '..' : '../..');
}

interface BackendStart {
  dataDir: string;
  heldLock: ReleaseLock | undefined;
  log: Logger;
  office: ClientConfig | undefined;
  /** For `--demo [region]` and `--empty`: what a new data folder starts with. */
  setup: { demo: DemoRegion } | 'empty' | null;
  ctx: { actor: string };
  pageUrl: () => string;
  /** The first-screen file read at start, when there is one: the workstation does not read it again. */
  firstScreenAtStart: FirstScreen | null;
}

/** The workstation, its code loaded only now: most of the host's code is the backend's. */
async function openBackend({
  dataDir,
  heldLock,
  log,
  office,
  setup,
  ctx,
  pageUrl,
  firstScreenAtStart,
}: BackendStart): Promise<Workstation> {
  const [{ openWorkstation }, { createChromiumPdfRenderer }] = await Promise.all([import('../backend/workstation'), import('./printer')]);
  const backend = await openWorkstation({
    dataDir,
    log,
    ...(office && { office }),
    ...(heldLock && { heldLock }),
    ...(firstScreenAtStart && { firstScreenAtStart }),
    pdf: createChromiumPdfRenderer({ pageUrl }),
  });
  if (setup) {
    const status = await backend.handlers['app:status']({}, ctx);
    if (status.mode === 'needs-setup') {
      if (setup === 'empty') await backend.handlers['setup:startEmpty']({}, ctx);
      else await backend.handlers['setup:loadDemo']({ region: setup.demo }, ctx);
    }
  }
  return backend;
}

/** The office database's settings, with the password from PGPASSWORD or, at a terminal, asked for without showing it. */
async function officeSignIn(address: string): Promise<ClientConfig> {
  let password = process.env.PGPASSWORD;
  if (password === undefined && process.stdin.isTTY) password = await askHidden('Password for the office database: ');
  const { officeConnection, OfficeAddressError } = await import('../backend/office/address');
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
