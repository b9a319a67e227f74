import type { Store } from '../store';

/** What every service needs: the store and the clock (injected so tests control time). */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  dataDir: string;
}
