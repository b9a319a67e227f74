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
     * Where in the clients list the rows asked for begin: 0 for the first screen, or how many
     * `clients` held when they were the list's first part (`clientsTotal` says so), for the rest.
     */
    clientsFrom: z.number().int().min(0).default(0),
    /**
     * When the first screen is the dashboard: the member remembered at this workstation (null:
     * nobody). The answer is for the book the screen shows first (`dashboardScope`): theirs while
     * they are an active member, else the firm's.
     */
    dashboard: DashboardQuery.nullable().default(null),
  })
  .default({ clients: null, clientsFrom: 0, dashboard: null });
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
  /** The list's rows from `clientsFrom` on: all of them, or while the book is read a large list's first part. */
  clients: z.array(ClientRow).nullable(),
  /** How many rows the whole list has (null when `clients` is): more than `clientsFrom` plus the rows in `clients` while the rest is still to be asked. */
  clientsTotal: z.number().int().min(0).nullable(),
  /** What `dashboard:get` answers for the asked member's `dashboardScope`; null when not asked, or not in hand while the book is read. */
  dashboard: Dashboard.nullable(),
  /**
   * While the first screen is served from what was saved for it with the book and the rest is
   * still being read and checked: how much is done, 0 to 1. Null once the whole book is open.
   */
  opening: z.number().min(0).max(1).nullable(),
});
export type AppBoot = z.infer<typeof AppBoot>;
