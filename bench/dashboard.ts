/** The home screen's dashboard over HTTP, and the health score of every household computed cold. */
import { Store } from '../electron/backend/store';
import { HealthCache, inBook } from '../electron/backend/services/health';
import type { RunningHost } from '../tests/fixtures/host-process';
import { rpc } from './clients-list';
import { time } from './stats';

/**
 * `dashboard:get` for the whole firm, request to parsed response, once the host is warm. Every
 * call computes the dashboard; the health reports it reads stay cached until one of their inputs
 * changes (that cost is the cold health row).
 */
export async function timeDashboard(host: RunningHost, runs: number): Promise<number[]> {
  // The first call computes every household's health report.
  for (let i = 0; i < 10; i++) await rpc(host, 'dashboard:get', { managerId: null });
  return time(runs, () => rpc(host, 'dashboard:get', { managerId: null }));
}

/**
 * Every current household's health report computed from nothing, as after a change invalidates
 * the cache: the pure scoring over the store's records, in process, on the day the book is for.
 */
export async function timeHealthCold(dataDir: string, today: string, runs: number): Promise<{ households: number; samples: number[] }> {
  const store = await Store.open({ dataDir, idleCompactMs: 3_600_000 });
  try {
    const now = new Date(`${today}T12:00:00`);
    const cache = new HealthCache({ store, now: () => now });
    const clients = [...store.all('clients')].filter(inBook);
    const samples = await time(runs, () => {
      cache.clear();
      for (const client of clients) cache.report(client);
    });
    return { households: clients.length, samples };
  } finally {
    await store.close();
  }
}
