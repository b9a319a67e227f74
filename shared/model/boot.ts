import { z } from 'zod';
import { AppStatus } from './app';
import { ClientFilters, ClientRow } from './client';
import { Dashboard, DashboardQuery } from './satisfaction';
import { Settings } from './settings';
import { TeamMember } from './team';
import { WorkstationStatus } from './workstation';

export const AppBootQuery = z
  .strictObject({
    /** When the first screen is the clients table: its filters, as `clients:list` takes them. */
    clients: ClientFilters.nullable().default(null),
    /**
     * When the first screen is the dashboard: the member remembered at this workstation (null:
     * nobody). The answer is for the book the screen shows first (`dashboardScope`): theirs while
     * they are an active member, else the firm's.
     */
    dashboard: DashboardQuery.nullable().default(null),
  })
  .default({ clients: null, dashboard: null });
export type AppBootQuery = z.input<typeof AppBootQuery>;

/**
 * Everything the first screen needs, in one answer: what `app:status`, `settings:get`,
 * `team:list`, `workstation:status`, `clients:list` and `dashboard:get` would each answer now. A part this
 * workstation may not see yet (signed out, not set up) is null, or empty for the team.
 */
export const AppBoot = z.strictObject({
  status: AppStatus,
  settings: Settings.nullable(),
  /** Everyone, active or not, as `team:list` with `includeInactive: true` answers. */
  team: z.array(TeamMember),
  /** Null with the office book, which has sign-in of its own. */
  workstation: WorkstationStatus.nullable(),
  clients: z.array(ClientRow).nullable(),
  /** What `dashboard:get` answers for the asked member's `dashboardScope`; null when not asked, or not in hand while the book is read. */
  dashboard: Dashboard.nullable(),
  /**
   * While the first screen is served from what was saved for it with the book and the rest is
   * still being read and checked: how much is done, 0 to 1. Null once the whole book is open.
   */
  opening: z.number().min(0).max(1).nullable(),
});
export type AppBoot = z.infer<typeof AppBoot>;
