import type { ClientFilters } from '../../shared/model';
import { filtersInAddress, toClientQuery } from '../features/clients/use-client-filters';

/**
 * The `clients:list` query the clients table sends first when the window opens on `hash`
 * (`#/clients?tier=A`), for the member last at this workstation; null when it opens on another
 * screen. The table fetches its rows without the search (it then asks which of them match).
 */
export function firstClientsQuery(hash: string, currentUserId: string | null): ClientFilters | null {
  // The hash router's address is a path and a query of its own.
  const address = new URL(hash.replace(/^#/, '') || '/', 'http://address.invalid');
  if (address.pathname.replace(/\/$/, '') !== '/clients') return null;
  return toClientQuery({ ...filtersInAddress(address.searchParams), search: '' }, currentUserId);
}
