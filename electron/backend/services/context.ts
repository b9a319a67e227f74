import type { Desktop, PdfRenderer } from '../ports';
import type { Store } from '../store';
import type { ClientFactsCache } from './client-facts';
import type { HealthCache } from './health';

/** What every service needs: the store, the clock (injected so tests control time), shared caches. */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  dataDir: string;
  /** Per-client totals, review dates and search text, kept until a change touches their sources. */
  clientFacts: ClientFactsCache;
  /** Per-client health reports for the current day, kept until a change touches their sources. */
  health: HealthCache;
  /** Renders print routes to PDF; null where the host cannot (channels needing it answer UNAVAILABLE). */
  pdf: PdfRenderer | null;
  /** System dialogs and printing; null outside the desktop app. */
  desktop: Desktop | null;
}
