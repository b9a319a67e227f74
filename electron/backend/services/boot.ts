import type { BookTransportHandlers, Handlers } from '../../../shared/contract';
import { dashboardScope } from '../../../shared/domain/dashboard-scope';
import type { AppBoot } from '../../../shared/model';

/**
 * `app:boot`: what the first screen asks for, in one call, answered by the very handlers that
 * answer each part and through the same sign-in gate. Until the book is ready and this workstation
 * may see it (set up, not read-only, signed in where that is required), only the status and the
 * sign-in are given.
 */
export function bootHandler(served: () => BookTransportHandlers): Handlers['app:boot'] {
  return async ({ clients, clientsFrom, dashboard }, { actor }) => {
    const handlers = served();
    const ctx = { actor: actor.account };
    const status = await handlers['app:status']({}, ctx);
    const workstation = status.office === null ? await handlers['workstation:status']({}, ctx) : null;
    const admitted = workstation === null || workstation.state === 'open' || workstation.state === 'signed-in';
    const closed: AppBoot = {
      status,
      settings: null,
      team: [],
      workstation,
      clients: null,
      clientsTotal: null,
      dashboard: null,
      opening: null,
    };
    if (status.mode !== 'ready' || !admitted) return closed;
    const [settings, team, rows] = await Promise.all([
      handlers['settings:get']({}, ctx),
      handlers['team:list']({ includeInactive: true }, ctx),
      clients ? handlers['clients:list'](clients, ctx) : null,
    ]);
    const shown = dashboard ? await handlers['dashboard:get']({ managerId: dashboardScope(team, dashboard.managerId) }, ctx) : null;
    return { ...closed, settings, team, clients: rows && rows.slice(clientsFrom), clientsTotal: rows && rows.length, dashboard: shown };
  };
}
