import type { BookTransportHandlers, EventName, Events, Handlers } from '../../shared/contract';
import type { Desktop, PdfRenderer } from './ports';
import type { ClientConfig } from 'pg';
import { silentLogger, Store, type BookStore, type Logger } from './store';
import type { StoreOptions } from './store/store';
import type { ReleaseLock } from './store/lock';
import { unwritableDataFolder } from './store/errors';
import { setSchemaToday } from '../../shared/model';
import { accessHandlers } from './services/access';
import { auditHandlers } from './services/audit';
import { backupHandlers } from './services/backups';
import { bootHandler } from './services/boot';
import { calendarHandlers } from './services/calendar';
import { today } from './services/checks';
import { ClientFactsCache } from './services/client-facts';
import { keepFirstScreen, type FirstScreenKeeper } from './services/first-screen';
import { clientHandlers } from './services/clients';
import type { ServiceContext } from './services/context';
import { combineHandlers } from './services/handler-registry';
import { dashboardHandlers } from './services/dashboard';
import { HealthCache, healthHandlers } from './services/health';
import { holdingHandlers } from './services/holdings';
import { exportHandlers } from './services/exports';
import { updatesSettingHandlers } from './services/updates-setting';
import { writtenFileHandlers } from './services/written-files';
import { importHandlers } from './services/imports';
import { interactionHandlers } from './services/interactions';
import { PacketBatches, packetBatchHandlers } from './services/packet-batch';
import { packetHandlers } from './services/packets';
import { peopleHandlers } from './services/people';
import { PrintsInFlight } from './services/print-pass';
import { requestHandlers } from './services/requests';
import { reviewHandlers } from './services/reviews';
import { satisfactionHandlers } from './services/satisfaction';
import { searchHandlers } from './services/search';
import { settingsHandlers } from './services/settings';
import { setupHandlers } from './services/setup';
import { surveyHandlers } from './services/surveys';
import { taskHandlers } from './services/tasks';
import { WorkstationSession } from './services/session';
import { teamHandlers } from './services/team';
import { viewHandlers } from './services/views';
import { CallsUnderWay, type LongWork } from './long-work';
import { workflowHandlers } from './services/workflows';

export interface BackendOptions {
  /** The data folder: the book itself, or with `office`, this workstation's exports and packets. */
  dataDir: string;
  /** Keep the book in the office's PostgreSQL database (node-postgres settings) instead of the data folder. */
  office?: ClientConfig;
  now?: () => Date;
  log?: Logger;
  /** Told how much of the book on this computer is read and checked, 0 to 1, while it opens (0 once its folder is locked). */
  onOpening?: (done: number) => void;
  /** Awaited once the book's folder is locked, before the book is read (see StoreOptions). */
  beforeReading?: () => Promise<void>;
  /** Stops opening the book on this computer (see StoreOptions). */
  signal?: AbortSignal;
  /** The data folder's lock, already taken by the caller, for the book on this computer (see StoreOptions). */
  heldLock?: ReleaseLock;
  /** Passed through to the store; tests shorten these, or hold its file reads. */
  store?: Pick<StoreOptions, 'compactAfterBytes' | 'idleCompactMs' | 'autoBackupEveryMs' | 'fs'>;
  /** Renders packets to PDF; without it, making packet PDFs answers UNAVAILABLE. The backend closes it. */
  pdf?: PdfRenderer;
  /** System dialogs and printing; only the desktop app has them. */
  desktop?: Desktop;
}

export interface BackendEvents {
  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void;
}

export interface Backend {
  /** One per channel, as transports call them; each records the chosen team member (`session:member`). */
  handlers: BookTransportHandlers;
  events: BackendEvents;
  store: BookStore;
  /** What an app update's restart would cut off now (services/packet-batch.ts, imports, restores), or null. */
  longWorkUnderWay(): LongWork | null;
  close(): Promise<void>;
}

/**
 * The whole backend as plain Node: the store and one handler per contract channel. Electron's
 * main process and the HTTP host both serve it through `dispatch`. Throws StoreLockedError
 * when another process holds the data folder.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLogger;
  // Both hosts report a start-up failure as it comes; an unwritable folder in one plain sentence.
  const store: BookStore = options.office
    ? // node-postgres is loaded only by a workstation that uses the office book.
      await (await import('./office/office-store')).OfficeStore.open({ connection: options.office, now, log, copyFolder: options.dataDir })
    : await Store.open({
        dataDir: options.dataDir,
        now,
        log,
        onProgress: options.onOpening,
        beforeReading: options.beforeReading,
        signal: options.signal,
        heldLock: options.heldLock,
        ...options.store,
      }).catch((error: unknown) => {
        throw unwritableDataFolder(error, options.dataDir) ?? error;
      });
  const prints = new PrintsInFlight();
  const ctx: ServiceContext = {
    store,
    now,
    dataDir: options.dataDir,
    clientFacts: new ClientFactsCache({ store, now }),
    health: new HealthCache({ store, now }),
    // Noted while they print, so a batch goes on when the workstation locks (services/print-pass.ts).
    pdf: prints.pdf(options.pdf),
    desktop: prints.desktop(options.desktop),
  };
  // Inputs are judged by the schemas before any service sees them: a day "in the future" is after the firm's today.
  setSchemaToday(() => today(ctx));
  const batches = new PacketBatches(ctx);
  const importing = new CallsUnderWay();
  const restoring = new CallsUnderWay();
  let firstScreen: FirstScreenKeeper | null = null;
  const session = new WorkstationSession(ctx, { prints, log, chosen: () => firstScreen?.memberChanged() });
  if (store instanceof Store) {
    // The book on this computer opens behind its first screen: the first clients list after it must not hold the process up.
    await ctx.clientFacts.warm();
    firstScreen = keepFirstScreen(ctx, store, log, () => session.member?.id ?? null);
  }

  // Each service's handlers under its file's name: two answering one channel stop the start.
  const handlers: Handlers = combineHandlers({
    // Boot answers through the served handlers, the sign-in gate included; it is called only after they exist.
    boot: { 'app:boot': bootHandler(() => served) },
    session: session.handlers(),
    setup: setupHandlers(ctx),
    team: teamHandlers(ctx),
    access: accessHandlers(ctx),
    clients: clientHandlers(ctx),
    search: searchHandlers(ctx),
    people: peopleHandlers(ctx),
    holdings: holdingHandlers(ctx),
    interactions: interactionHandlers(ctx),
    tasks: taskHandlers(ctx),
    requests: requestHandlers(ctx),
    workflows: workflowHandlers(ctx),
    surveys: surveyHandlers(ctx),
    satisfaction: satisfactionHandlers(ctx),
    health: healthHandlers(ctx),
    dashboard: dashboardHandlers(ctx),
    reviews: reviewHandlers(ctx),
    calendar: calendarHandlers(ctx),
    packets: packetHandlers(ctx),
    'packet-batch': packetBatchHandlers(batches),
    settings: settingsHandlers(ctx),
    views: viewHandlers(ctx),
    audit: auditHandlers(ctx),
    backups: restoring.around(backupHandlers(ctx), ['backups:restore']),
    imports: importing.around(importHandlers(ctx), ['imports:commit', 'imports:book']),
    exports: exportHandlers(ctx),
    'written-files': writtenFileHandlers(ctx, batches),
    'updates-setting': updatesSettingHandlers(ctx),
  });

  const events: BackendEvents = {
    on(name, listener) {
      if (name !== 'data:changed') return () => {};
      return store.onChange((collections) => listener({ collections } as Events[typeof name]));
    },
  };

  /** A running batch is stopped and waited for first: it still uses the renderer and the store. */
  async function close(): Promise<void> {
    await batches.close();
    try {
      await ctx.pdf?.close();
    } finally {
      // The store must release the data folder whatever happened to the renderer.
      await store.close();
      await firstScreen?.stop();
    }
  }

  const longWorkUnderWay = (): LongWork | null =>
    batches.underWay ? 'packet-batch' : importing.underWay ? 'import' : restoring.underWay ? 'restore' : null;

  const served = session.serve(handlers);
  return { handlers: served, events, store, longWorkUnderWay, close };
}
