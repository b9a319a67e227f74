import { useEffect, useEffectEvent, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { ClientFilters } from '../../../shared/model';
import { clientStatuses, tiers } from '../../../shared/model/client-values';

/** The filters as the form shows them (strings from the address). */
export interface FilterFields {
  search: string;
  /** Whose book: a member id, `all`, or empty for the default (the current user's book, if one is chosen). */
  manager: string;
  tier: string;
  status: string;
  tag: string;
  /** "No contact in more than N days". */
  noContact: string;
  archived: boolean;
}

export type TextFilterKey = 'search' | 'tier' | 'status' | 'tag' | 'noContact';

/** Manager value meaning "every manager" (as opposed to the default, "my book"). */
export const allManagers = 'all';

const narrowingKeys = ['search', 'tier', 'status', 'tag', 'noContact'] as const;

/** Keeps only whole numbers of days in range; anything else is no filter. */
export function parseDays(value: string): number | undefined {
  if (!/^\d{1,4}$/.test(value.trim())) return undefined;
  const days = Number(value);
  return days <= 3650 ? days : undefined;
}

/**
 * How long typing must pause before the search is written to the address. Writing the address
 * re-renders every screen on the route, which a keystroke should not wait for.
 */
const searchWriteDelayMs = 300;

/**
 * Whether the window's address already shows another screen than `pathname`. The hash router
 * changes the address before React renders the new screen; under another router (tests) the
 * window's address says nothing, and nothing has left.
 */
function addressHasLeft(pathname: string): boolean {
  const { hash } = window.location;
  return hash.startsWith('#/') && hash.slice(1).split('?')[0] !== pathname;
}

/** The filters a clients address (`#/clients?tier=A`) holds. */
export function filtersInAddress(params: URLSearchParams): FilterFields {
  return {
    search: params.get('search') ?? '',
    manager: params.get('manager') ?? '',
    tier: params.get('tier') ?? '',
    status: params.get('status') ?? '',
    tag: params.get('tag') ?? '',
    noContact: params.get('noContact') ?? '',
    archived: params.get('archived') === '1',
  };
}

/**
 * Filters live in the address (`#/clients?tier=A`), so they survive opening a client and coming
 * back, and the Back button undoes nothing surprising (changes replace the entry).
 *
 * The search text is the exception while it is typed: it is held here and answers every key at
 * once, and reaches the address when typing pauses or the search box loses focus (`commitSearch`).
 */
export function useClientFilters() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const addressFilters = filtersInAddress(params);
  const addressSearch = addressFilters.search;
  const [search, setSearch] = useState(addressSearch);
  const filters: FilterFields = { ...addressFilters, search };

  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      },
      { replace: true },
    );

  const set = (next: URLSearchParams, key: string, value: string) => {
    if (value) next.set(key, value);
    else next.delete(key);
  };

  const commitSearch = () => {
    if (search !== addressSearch) update((next) => set(next, 'search', search));
  };
  const commitPausedSearch = useEffectEvent(() => {
    // The router keeps this screen on show while the next one renders, so a pause that ends just
    // after the user went elsewhere must not write: its address would take them back here.
    if (!addressHasLeft(location.pathname)) commitSearch();
  });
  useEffect(() => {
    const timer = setTimeout(commitPausedSearch, searchWriteDelayMs);
    return () => clearTimeout(timer);
  }, [search]);

  const setFilter = (key: TextFilterKey, value: string) => {
    if (key === 'search') setSearch(value);
    else update((next) => set(next, key, value));
  };
  const setManager = (value: string) => update((next) => set(next, 'manager', value));
  const setArchived = (value: boolean) => update((next) => set(next, 'archived', value ? '1' : ''));

  /** Clears what narrows the list; whose book it is stays as chosen. */
  const clear = () => {
    setSearch('');
    update((next) => {
      for (const key of [...narrowingKeys, 'archived']) next.delete(key);
    });
  };

  /** Replaces every filter with a saved view's. */
  const apply = (saved: ClientFilters) => {
    setSearch(saved.search ?? '');
    setParams(
      () => {
        const next = new URLSearchParams();
        set(next, 'search', saved.search ?? '');
        set(next, 'manager', saved.managerId ?? allManagers);
        set(next, 'tier', saved.tier ?? '');
        set(next, 'status', saved.status ?? '');
        set(next, 'tag', saved.tag ?? '');
        set(next, 'noContact', saved.noContactDays === undefined ? '' : String(saved.noContactDays));
        set(next, 'archived', saved.includeArchived ? '1' : '');
        return next;
      },
      { replace: true },
    );
  };

  const active = narrowingKeys.some((key) => filters[key] !== '') || filters.archived;
  return { filters, setFilter, commitSearch, setManager, setArchived, clear, apply, active };
}

/** The manager whose book is shown: an explicit choice, or by default the current user's. */
export function resolveManagerId(filters: FilterFields, currentUserId: string | null): string | undefined {
  if (filters.manager === allManagers) return undefined;
  return filters.manager || currentUserId || undefined;
}

/**
 * Fewest characters a search needs: one letter matches nearly every household, so asking the
 * backend for it would only ship the whole book again.
 */
export const minSearchLength = 2;

/** The value if it is one of the choices, else undefined. */
function oneOf<Choice extends string>(choices: readonly Choice[], value: string): Choice | undefined {
  return (choices as readonly string[]).includes(value) ? (value as Choice) : undefined;
}

/** The backend query for these filters; values that are not valid choices are left out. */
export function toClientQuery(filters: FilterFields, currentUserId: string | null): ClientFilters {
  const term = filters.search.trim();
  const tier = oneOf(tiers, filters.tier);
  const status = oneOf(clientStatuses, filters.status);
  const managerId = resolveManagerId(filters, currentUserId);
  const noContactDays = parseDays(filters.noContact);
  const tag = filters.tag.trim().slice(0, 40);
  return {
    ...(term.length >= minSearchLength ? { search: term } : {}),
    ...(managerId ? { managerId } : {}),
    ...(tier ? { tier } : {}),
    ...(status ? { status } : {}),
    ...(tag ? { tag } : {}),
    ...(noContactDays !== undefined ? { noContactDays } : {}),
    ...(filters.archived ? { includeArchived: true } : {}),
  };
}
