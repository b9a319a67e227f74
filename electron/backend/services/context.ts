import type { Desktop, PdfRenderer } from '../ports';
import type { BookStore } from '../store/book-store';
import type { ClientFactsCache } from './client-facts';
import type { Client, HealthReport } from '../../../shared/model';

/**
 * What services ask of the health reports: services/health.ts's HealthCache, named here only by
 * what it does, since health.ts uses the context (an import back would make a cycle).
 */
export interface HealthReports {
  /** Today's report for the client. */
  report(client: Client): HealthReport;
  /** The report as of the end of the firm's day `day`. */
  reportAsOf(client: Client, day: string): HealthReport;
}

/** What every service needs: the store, the clock (injected so tests control time), shared caches. */
export interface ServiceContext {
  /** The book, through what a service may use of it: the local book or, later, the office database. */
  store: BookStore;
  now: () => Date;
  dataDir: string;
  /** Per-client totals, review dates and search text, kept until a change touches their sources. */
  clientFacts: ClientFactsCache;
  /** Per-client health reports for the current day, kept until a change touches their sources. */
  health: HealthReports;
  /** Renders print routes to PDF; null where the host cannot (channels needing it answer UNAVAILABLE). */
  pdf: PdfRenderer | null;
  /** System dialogs and printing; null outside the desktop app. */
  desktop: Desktop | null;
}
