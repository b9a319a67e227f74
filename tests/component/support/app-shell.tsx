import { App } from '../../../renderer/app/app';
import { appStatus, backup, clientRow, teamMember } from './data';
import type { FakeHandlers } from './fake-transport';
import { dashboard } from './health-data';
import { renderWithApp } from './render';

/** The whole app on its dashboard, with one client, one team member and one backup; `handlers` add or replace channels. */
export function renderAppShell(handlers: FakeHandlers = {}) {
  return renderWithApp(<App />, {
    handlers: {
      'app:status': () => appStatus(),
      'clients:list': () => [clientRow()],
      'team:list': () => [teamMember()],
      'dashboard:get': () => dashboard({ atRisk: [], atRiskCount: 0 }),
      'backups:list': () => [backup()],
      ...handlers,
    },
  });
}
