import type { ClientFilters, ClientRow } from '../model';

const dayMs = 86_400_000;

/**
 * The filters of `clients:list` other than the search, as a test of one row: what the clients
 * table keeps, whether the rows come from the facts cache or from the first-screen file.
 * `lastContactMs` is the row's `lastContactAt` in epoch milliseconds, when the caller has it already.
 */
export function clientRowFilter(
  query: Omit<ClientFilters, 'search'>,
  nowMs: number,
): (row: ClientRow, lastContactMs?: number | null) => boolean {
  const tag = query.tag?.toLowerCase();
  const contactCutoff = query.noContactDays === undefined ? null : nowMs - query.noContactDays * dayMs;
  return (row, lastContactMs = row.lastContactAt === null ? null : Date.parse(row.lastContactAt)) =>
    (!row.archived || query.includeArchived === true) &&
    (!query.managerId || row.primaryManagerId === query.managerId) &&
    (!query.tier || row.tier === query.tier) &&
    (!query.status || row.status === query.status) &&
    (!tag || row.tags.some((t) => t.toLowerCase() === tag)) &&
    (contactCutoff === null || lastContactMs === null || lastContactMs < contactCutoff);
}
