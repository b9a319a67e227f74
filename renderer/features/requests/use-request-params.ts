import { useSearchParams } from 'react-router';
import { Id, RequestStatus, RequestType, type RequestQuery } from '../../../shared/model';

/** The filters as the toolbar shows them: strings from the address, empty for "any". */
export interface RequestFilters {
  status: string;
  owner: string;
  type: string;
  client: string;
  overdue: boolean;
}

export type RequestView = 'board' | 'list';

/** Filter values the board's "still open" choice uses; the contract's own word for it. */
export const openAny = 'open_any';

const filterKeys = ['status', 'owner', 'type', 'client', 'overdue'] as const;

/**
 * The screen's state lives in the address (`#/requests?view=list&owner=tm_1&open=rq_9`), so links
 * from the dashboard and the client page land on the right view, and Back returns to it.
 */
export function useRequestParams() {
  const [params, setParams] = useSearchParams();
  const filters: RequestFilters = {
    status: params.get('status') ?? '',
    owner: params.get('owner') ?? '',
    type: params.get('type') ?? '',
    client: params.get('client') ?? '',
    overdue: params.get('overdue') === '1',
  };
  const view: RequestView = params.get('view') === 'list' ? 'list' : 'board';
  const openId = validId(params.get('open'));

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return {
    filters,
    view,
    openId,
    active: filterKeys.some((key) => params.has(key)),
    setFilter: (key: Exclude<keyof RequestFilters, 'overdue'>, value: string) => update({ [key]: value }),
    setOverdue: (overdue: boolean) => update({ overdue: overdue ? '1' : null }),
    clear: () => update(Object.fromEntries(filterKeys.map((key) => [key, null]))),
    setView: (next: RequestView) => update({ view: next === 'board' ? null : next }),
    setOpen: (id: string | null) => update({ open: id }),
  };
}

function validId(value: string | null): string | undefined {
  return value !== null && Id.safeParse(value).success ? value : undefined;
}

/** The backend query for the filters; a hand-edited address with nonsense in it filters nothing rather than failing. */
export function toRequestQuery(filters: RequestFilters): RequestQuery {
  const status = filters.status === openAny ? openAny : RequestStatus.safeParse(filters.status).data;
  const type = RequestType.safeParse(filters.type).data;
  const ownerId = validId(filters.owner);
  const clientId = validId(filters.client);
  return {
    ...(status ? { status } : {}),
    ...(type ? { type } : {}),
    ...(ownerId ? { ownerId } : {}),
    ...(clientId ? { clientId } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
  };
}
