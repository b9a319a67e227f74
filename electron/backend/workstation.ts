import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ClientConfig } from 'pg';
import { channels, type Channel, type Ctx, type EventName, type Events, type TransportHandlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/messages';
import { OfficeConnection, type AppStatus, type OfficeConnect, type OfficeConnectionForm } from '../../shared/model/app';
import { createBackend, type Backend, type BackendEvents, type BackendOptions } from './index';
import type { LongWork } from './long-work';
import { officeConnectionFileName } from './office/connection-file';
import { OfficeUnavailableError } from './office/office-unavailable';
import { readFirstScreen, type FirstScreen } from './first-screen-file';
import { readSignInSettings } from './services/sign-in-file';
import { silentLogger } from './store';
import { wholeBookChange } from './store/book';
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
  /**
   * The first-screen file the host read at start (`readFirstScreenAtStart`) and answered `app:boot`
   * from while this code loaded: not read again, and the book is read at once, its first screen being out.
   */
  firstScreenAtStart?: FirstScreen;
}

/** What the hosts serve: every channel, the book's and the workstation's own. */
export interface Workstation {
  handlers: TransportHandlers;
  events: BackendEvents;
  /** Settles once the book is whole; rejects when it could not be opened after the first screen was served. */
  ready: Promise<void>;
  /** What an app update's restart would cut off now (a batch of packets, an import, a restore), or null. */
  longWorkUnderWay(): LongWork | null;
  close(): Promise<void>;
}

/** How long the book waits to be read for its first screen to be asked for (a window that never asks is not waited for longer). */
const firstScreenWaitMs = 2_000;

/** In the data folder, beside the connection: the password the system encrypted, when remembered. */
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
  const { office: given, secrets, heldLock, firstScreenAtStart, ...bookOptions } = options;
  /** The folder's lock taken by the host, until the book on this computer takes it over. */
  let lockToHandOver = heldLock;
  const log = options.log ?? silentLogger;
  const folder = options.dataDir;
  let current: Backend | null = null;
  let waitingFor: OfficeConnection | null = null;
  let switching: Promise<unknown> = Promise.resolve();
  const subscriptions = new Set<{ subscribe: (backend: Backend) => () => void; off: () => void }>();
  /** Events the workstation sends itself, not a book: how far opening is, and that the book is whole. */
  const ownListeners = new Set<{ name: EventName; listener: (payload: never) => void }>();
  const emitOwn = <E extends EventName>(name: E, payload: Events[E]) => {
    for (const own of ownListeners) if (own.name === name) (own.listener as (payload: Events[E]) => void)(payload);
  };
  /** The book on this computer while it is read and checked in the background, and what answers its first screen meanwhile. */
  let opening: { whole: Promise<Backend>; firstScreen: FirstScreen; done: number; readNow: () => void; stop: () => void } | null = null;
  let ready: Promise<void> = Promise.resolve();
  /** The book every call waits for: the open one, or the one being opened; null while the office book waits for its password. */
  const book = async (): Promise<Backend | null> => {
    if (current) return current;
    if (!opening) return null;
    opening.readNow();
    return opening.whole;
  };

  const saved = async (): Promise<OfficeConnection | null> => {
    try {
      return OfficeConnection.parse(JSON.parse(await readFile(path.join(folder, officeConnectionFileName), 'utf8')));
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

  /**
   * Opens the book on this computer. When the first-screen file saved with it still matches the
   * book file, the workstation serves as soon as the folder is locked: `app:boot` is answered from
   * that file while the whole book is read and checked in the background, and every other call
   * (every change too) waits for the whole book. Otherwise it waits here for the whole book.
   */
  const openFolderBook = async (): Promise<void> => {
    let locked!: () => void;
    const folderIsOurs = new Promise<void>((resolve) => (locked = resolve));
    let readTheBook!: () => void;
    // Both want the one processor: the first screen goes first, then the book is read.
    const firstScreenIsOut = new Promise<void>((resolve) => (readTheBook = resolve));
    const closing = new AbortController();
    const lock = lockToHandOver;
    lockToHandOver = undefined;
    const whole = createBackend({
      ...bookOptions,
      ...(lock && { heldLock: lock }),
      onOpening: (done) => {
        locked();
        if (opening) opening.done = done;
        emitOwn('book:opening', { done });
      },
      beforeReading: () => firstScreenIsOut,
      signal: closing.signal,
    });
    const firstScreen = await Promise.race([
      whole.then(() => null),
      folderIsOurs.then(async () => {
        if (firstScreenAtStart) {
          readTheBook();
          return firstScreenAtStart;
        }
        const now = bookOptions.now ?? (() => new Date());
        const found = await readFirstScreen(folder, { now, signIn: () => readSignInSettings(folder, log) });
        if (found) setTimeout(readTheBook, firstScreenWaitMs).unref();
        else readTheBook();
        return found;
      }),
    ]);
    if (!firstScreen) {
      await use(await whole);
      return;
    }
    // Read once the first screen's answer is out, or at once when a call needs the book itself.
    // Closing while the book is read stops the reading at its next slice, so a quit is not held up by it.
    const stop = () => {
      // Calls still waiting for the book get a sentence, not an internal failure in the log.
      closing.abort(new AppError('UNAVAILABLE', message('store.closing')));
      readTheBook();
    };
    opening = { whole, firstScreen, done: 0, readNow: () => setImmediate(readTheBook), stop };
    const settled = whole.then(
      async (backend) => {
        await use(backend);
        opening = null;
        // Screens shown from the first-screen file ask again, of the whole book.
        emitOwn('data:changed', { collections: [...wholeBookChange] });
      },
      (error: unknown) => {
        opening = null;
        // Stopped because the workstation closed: not a failed start.
        if (!closing.signal.aborted) throw error;
      },
    );
    ready = settled;
    switching = settled.catch(() => undefined);
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
    else if (!current) await openFolderBook();
  }
  // The office book at the start: the folder is not held, as it is not when no lock was handed over.
  const unusedLock = lockToHandOver;
  lockToHandOver = undefined;
  await unusedLock?.();

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

  const own: Pick<TransportHandlers, 'office:connection' | 'office:connect' | 'office:useLocalBook' | 'app:status' | 'app:boot'> = {
    'app:status': async (input, ctx) => {
      const backend = await book();
      return backend ? backend.handlers['app:status'](input, ctx) : signInStatus(waitingFor!);
    },

    'app:boot': async (input, ctx) => {
      if (opening) {
        const answer = opening.firstScreen.boot(input, opening.done);
        opening.readNow();
        return answer;
      }
      const backend = await book();
      if (backend) return backend.handlers['app:boot'](input, ctx);
      return {
        status: signInStatus(waitingFor!),
        settings: null,
        team: [],
        workstation: null,
        clients: null,
        clientsTotal: null,
        dashboard: null,
        opening: null,
      };
    },

    'office:connection': async (): Promise<OfficeConnectionForm> => ({ saved: await saved(), canRemember: secrets?.available() ?? false }),

    'office:connect': (input: OfficeConnect & { port: number; sslmode: OfficeConnection['sslmode']; remember: boolean }, ctx) =>
      inTurn(async () => {
        const { password, remember, ...connection } = input;
        const next = await createBackend({ ...bookOptions, office: clientConfigOf(connection, password) }).catch((error: unknown) => {
          if (!(error instanceof OfficeUnavailableError)) throw error;
          throw new AppError(
            /refused the sign-in/.test(error.message) ? 'FORBIDDEN' : 'UNAVAILABLE',
            message('passedOn', { sentence: error.message }),
          );
        });
        try {
          await writeFileAtomically(path.join(folder, officeConnectionFileName), (write) => write(Buffer.from(JSON.stringify(connection))));
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
        await rm(path.join(folder, officeConnectionFileName), { force: true });
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
      (async (input: unknown, ctx: Ctx) => {
        const backend = await book();
        const handler = backend?.handlers[channel as keyof Backend['handlers']] as
          ((input: unknown, ctx: Ctx) => Promise<unknown>) | undefined;
        if (!handler) throw new AppError('UNAVAILABLE', message('office.signInFirst'));
        return handler(input, ctx);
      });
  }

  return {
    handlers: handlers as TransportHandlers,
    ready,
    longWorkUnderWay: () => current?.longWorkUnderWay() ?? null,
    events: {
      on(name, listener) {
        const own = { name, listener: listener as (payload: never) => void };
        ownListeners.add(own);
        const subscription = {
          subscribe: (backend: Backend) => backend.events.on(name, listener),
          off: current ? current.events.on(name, listener) : () => {},
        };
        subscriptions.add(subscription);
        return () => {
          subscription.off();
          subscriptions.delete(subscription);
          ownListeners.delete(own);
        };
      },
    },
    async close() {
      opening?.stop();
      await switching;
      await current?.close();
    },
  };
}
