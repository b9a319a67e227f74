import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { ClientFactsCache } from '../../../electron/backend/services/client-facts';
import type { ServiceContext } from '../../../electron/backend/services/context';
import { dashboardHandlers } from '../../../electron/backend/services/dashboard';
import { HealthCache } from '../../../electron/backend/services/health';
import { Pacer } from '../../../electron/backend/store/pacer';
import { tempDir } from '../../fixtures/temp-dir';

const asker = { actor: { account: 'tester', member: null } };
const now = () => new Date('2026-03-31T10:00:00Z');
/** Loading the demo firm and computing its dashboards several times, on a loaded 2-core machine. */
const demoTestMs = 60_000;

/** Counts the event loop's turns until stopped: work that never yields lets none through. */
function countTurns() {
  let turns = 0;
  let going = true;
  const tick = () => {
    if (!going) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      going = false;
      return turns;
    },
  };
}

describe('dashboard:get', () => {
  it(
    'lets the event loop turn between its slices, with the same answer as in one turn',
    async () => {
      const dataDir = await tempDir();
      const backend = await createBackend({ dataDir, now });
      try {
        await backend.handlers['setup:loadDemo']({}, { actor: 'tester' });
        const { store } = backend;
        const ctx: ServiceContext = {
          store,
          now,
          dataDir,
          clientFacts: new ClientFactsCache({ store, now }),
          health: new HealthCache({ store, now }),
          pdf: null,
          desktop: null,
        };
        const managerId = [...store.all('clients')][0]!.primaryManagerId;
        for (const scope of [null, managerId]) {
          // Facts and health reports in hand first, so only the dashboard's own work is left to pace.
          const whole = await dashboardHandlers(ctx, new Pacer(Number.POSITIVE_INFINITY))['dashboard:get']({ managerId: scope }, asker);
          const turns = countTurns();
          const paced = await dashboardHandlers(ctx, new Pacer(0))['dashboard:get']({ managerId: scope }, asker);
          // One turn per client, task, request and survey of the demo firm: far more than a handful.
          expect(turns.stop()).toBeGreaterThan(100);
          expect(paced).toEqual(whole);
          expect(await dashboardHandlers(ctx)['dashboard:get']({ managerId: scope }, asker)).toEqual(whole);
        }
      } finally {
        await backend.close();
      }
    },
    demoTestMs,
  );
});
