import { useSearchParams } from 'react-router';
import { ClientStatus, Tier, type ClientQuery } from '../../../shared/model';

export interface ClientFilters {
  search: string;
  managerId: string;
  tier: string;
  status: string;
}

const keys = ['search', 'managerId', 'tier', 'status'] as const;

/**
 * Filters live in the address (`#/clients?tier=A`), so they survive opening the new-client form
 * and coming back, and the Back button undoes nothing surprising (changes replace the entry).
 */
export function useClientFilters() {
  const [params, setParams] = useSearchParams();
  const filters: ClientFilters = {
    search: params.get('search') ?? '',
    managerId: params.get('managerId') ?? '',
    tier: params.get('tier') ?? '',
    status: params.get('status') ?? '',
  };

  const setFilter = (key: keyof ClientFilters, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const clear = () => setParams(new URLSearchParams(), { replace: true });
  const active = keys.some((key) => filters[key] !== '');
  return { filters, setFilter, clear, active };
}

/** The backend query for these filters; values that are not valid choices are left out. */
export function toClientQuery(filters: ClientFilters, search: string): NonNullable<ClientQuery> {
  const tier = Tier.safeParse(filters.tier);
  const status = ClientStatus.safeParse(filters.status);
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(filters.managerId ? { managerId: filters.managerId } : {}),
    ...(tier.success ? { tier: tier.data } : {}),
    ...(status.success ? { status: status.data } : {}),
  };
}
