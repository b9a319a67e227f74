import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ClientConfig } from 'pg';
import { channels, type Channel, type Ctx, type TransportHandlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { OfficeConnection, type AppStatus, type OfficeConnect, type OfficeConnectionForm } from '../../shared/model/app';
import { createBackend, type Backend, type BackendEvents, type BackendOptions } from './index';
import { OfficeUnavailableError } from './office/office-store';
import { silentLogger } from './store';
import { writeFileAtomically } from './store/durable-fs';
import { currentSchemaVersion } from './store/migrations';

/** The system's encryption for a remembered password: Electron's safeStorage in the desktop app. */
export interface SecretStore {
  available(): boolean;
  encrypt(text: string): Uint8Array;
  decrypt(data: Uint8Array): string;
}

export interface WorkstationOptions extends Omit<BackendOptions, 'office'> {
  /** An office database given at the start (the browser host's --database, with its password): opened instead of what is saved. */
  office?: ClientConfig;
  /** Without it no password is remembered on this computer. */
  secrets?: SecretStore;
}

/** What the hosts serve: every channel, the book's and the workstation's own. */
export interface Workstation {
  handlers: TransportHandlers;
  events: BackendEvents;
  close(): Promise<void>;
}

/** In the data folder: how this workstation reaches the office database (never the password), and the password the system encrypted, when remembered. */
const connectionFile = 'office-connection.json';
const passwordFile = 'office-password.bin';

/** node-postgres settings for a saved connection and its password. */
function clientConfigOf(connection: OfficeConnection, password: string): ClientConfig {
  const ssl = connection.sslmode === 'disable' ? false : connection.sslmode === 'require' ? { rejectUnauthorized: false } : true;
  return { host: connection.host, port: connection.port, database: connection.database, user: connection.login, password, ssl };
}

/**
 * Which book this workstation opens, and the switch between them: the book on this computer, or
 * the office database with the connection saved in the data folder (and its password, when the
 * system keeps it encrypted). Without a password to open the office book it answers only the
 * sign-in (app:status mode `office-sign-in`, and the office channels); every other channel is
 * refused until then. A switch opens the new book first and closes the old one only then, so a
 * refused sign-in leaves the workstation as it was.
 */
export async function openWorkstation(options: WorkstationOptions): Promise<Workstation> {
  const { office: given, secrets, ...bookOptions } = options;
  const log = options.log ?? silentLogger;
  const folder = options.dataDir;
  let current: Backend | null = null;
  let waitingFor: OfficeConnection | null = null;
  let switching: Promise<unknown> = Promise.resolve();
  const subscriptions = new Set<{ subscribe: (backend: Backend) => () => void; off: () => void }>();

  const saved = async (): Promise<OfficeConnection | null> => {
    try {
      return OfficeConnection.parse(JSON.parse(await readFile(path.join(folder, connectionFile), 'utf8')));
    } catch {
      return null;
    }
  };
  const remembered = async (): Promise<string | null> => {
    if (!secrets?.available()) return null;
    try {
      return secrets.decrypt(await readFile(path.join(folder, passwordFile)));
    } catch {
      return null;
    }
  };
  const use = async (next: Backend): Promise<void> => {
    const previous = current;
    current = next;
    waitingFor = null;
    for (const subscription of subscriptions) {
      subscription.off();
      subscription.off = subscription.subscribe(next);
    }
    await previous?.close();
  };
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const run = switching.then(task, task);
    switching = run.catch(() => undefined);
    return run;
  };

  if (given) {
    current = await createBackend({ ...bookOptions, office: given });
  } else {
    const connection = await saved();
    const password = connection && (await remembered());
    if (connection && password) {
      current = await createBackend({ ...bookOptions, office: clientConfigOf(connection, password) }).catch((error: unknown) => {
        if (!(error instanceof OfficeUnavailableError)) throw error;
        log.warn('The office database did not open with the remembered password; asking for it.');
        return null;
      });
    }
    if (!current && connection) waitingFor = connection;
    else if (!current) current = await createBackend(bookOptions);
  }

  const signInStatus = (connection: OfficeConnection): AppStatus => ({
    mode: 'office-sign-in',
    readOnlyReason: null,
    dataDir: folder,
    schemaVersion: currentSchemaVersion,
    fileSchemaVersion: null,
    quarantined: [],
    recovery: null,
    firmName: '',
    counts: { clients: 0, teamMembers: 0 },
    office: {
      server: `${connection.host}:${connection.port}`,
      database: connection.database,
      login: connection.login,
      reachable: false,
      memberId: null,
      admin: false,
      mustChangePassword: false,
    },
  });
  const statusOf = (backend: Backend, ctx: Ctx) => backend.handlers['app:status']({}, ctx);

  const own: Pick<TransportHandlers, 'office:connection' | 'office:connect' | 'office:useLocalBook' | 'app:status'> = {
    'app:status': (input, ctx) => (current ? current.handlers['app:status'](input, ctx) : Promise.resolve(signInStatus(waitingFor!))),

    'office:connection': async (): Promise<OfficeConnectionForm> => ({ saved: await saved(), canRemember: secrets?.available() ?? false }),

    'office:connect': (input: OfficeConnect & { port: number; sslmode: OfficeConnection['sslmode']; remember: boolean }, ctx) =>
      inTurn(async () => {
        const { password, remember, ...connection } = input;
        const next = await createBackend({ ...bookOptions, office: clientConfigOf(connection, password) }).catch((error: unknown) => {
          if (!(error instanceof OfficeUnavailableError)) throw error;
          throw new AppError(/refused the sign-in/.test(error.message) ? 'FORBIDDEN' : 'UNAVAILABLE', error.message);
        });
        try {
          await writeFileAtomically(path.join(folder, connectionFile), (write) => write(Buffer.from(JSON.stringify(connection))));
          if (remember && secrets?.available()) {
            const encrypted = secrets.encrypt(password);
            await writeFileAtomically(path.join(folder, passwordFile), (write) => write(encrypted));
          } else {
            await rm(path.join(folder, passwordFile), { force: true });
          }
        } catch (error) {
          await next.close();
          throw error;
        }
        await use(next);
        log.info('This workstation now opens the office book.');
        return statusOf(next, ctx);
      }),

    'office:useLocalBook': (_input, ctx) =>
      inTurn(async () => {
        if (current?.store.location.kind === 'folder') return statusOf(current, ctx);
        const next = await createBackend(bookOptions);
        await rm(path.join(folder, connectionFile), { force: true });
        await rm(path.join(folder, passwordFile), { force: true });
        await use(next);
        log.info('This workstation now opens the book on this computer.');
        return statusOf(next, ctx);
      }),
  };

  const handlers: Partial<Record<Channel, unknown>> = {};
  for (const channel of channels) {
    handlers[channel] =
      own[channel as keyof typeof own] ??
      ((input: unknown, ctx: Ctx) => {
        const handler = current?.handlers[channel as keyof Backend['handlers']] as
          ((input: unknown, ctx: Ctx) => Promise<unknown>) | undefined;
        if (!handler) throw new AppError('UNAVAILABLE', 'Sign in to the office database first.');
        return handler(input, ctx);
      });
  }

  return {
    handlers: handlers as TransportHandlers,
    events: {
      on(name, listener) {
        const subscription = {
          subscribe: (backend: Backend) => backend.events.on(name, listener),
          off: current ? current.events.on(name, listener) : () => {},
        };
        subscriptions.add(subscription);
        return () => {
          subscription.off();
          subscriptions.delete(subscription);
        };
      },
    },
    async close() {
      await switching;
      await current?.close();
    },
  };
}
