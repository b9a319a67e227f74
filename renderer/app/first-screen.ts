import type { ClientFilters, DashboardQuery } from '../../shared/model';
import type { BootQuery } from '../api/boot';
import { filtersInAddress, toClientQuery } from '../features/clients/use-client-filters';

/** The hash router's address (`#/clients?tier=A`): a path and a query of its own. */
function addressOf(hash: string): { path: string; query: URLSearchParams } {
  const address = new URL(hash.replace(/^#/, '') || '/', 'http://address.invalid');
  return { path: address.pathname.replace(/\/$/, ''), query: address.searchParams };
}

/**
 * The `clients:list` query the clients table sends first when the window opens on `hash`
 * (`#/clients?tier=A`), for the member last at this workstation; null when it opens on another
 * screen. The table fetches its rows without the search (it then asks which of them match).
 */
export function firstClientsQuery(hash: string, currentUserId: string | null): ClientFilters | null {
  const { path, query } = addressOf(hash);
  if (path !== '/clients') return null;
  return toClientQuery({ ...filtersInAddress(query), search: '' }, currentUserId);
}

/**
 * What `app:boot` is asked for the dashboard when the window opens on it (the home address), for
 * the member last at this workstation; null on another screen. The screen shows that member's book
 * while they are an active member, else the firm's: main answers for whichever it will be.
 */
export function firstDashboardQuery(hash: string, currentUserId: string | null): DashboardQuery | null {
  return addressOf(hash).path === '' ? { managerId: currentUserId } : null;
}

/** Everything the first screen at `hash` will ask, for `app:boot`. */
export function firstScreenQuery(hash: string, currentUserId: string | null): BootQuery {
  return { clients: firstClientsQuery(hash, currentUserId), dashboard: firstDashboardQuery(hash, currentUserId) };
}
