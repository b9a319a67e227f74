import { useMemo, useState } from 'react';
import type { ActivityEntry, ActivityPage } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';

export interface ActivityState {
  /** Entries shown, newest first; undefined until the first page has arrived. */
  entries: readonly ActivityEntry[] | undefined;
  hasMore: boolean;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Fetches the page before the last entry shown. */
  showOlder: () => void;
  loadingOlder: boolean;
  olderError: unknown;
}

/**
 * The newest page of the trail stays current (it reloads on every change); older pages are
 * fetched with `beforeN` and kept, together with the entries that were shown when they were
 * asked for. When the newest page reloads and still reaches into what is kept, the two are
 * joined; when more changes came in than a page holds, joining would leave a gap, so the list
 * starts again from the newest page.
 */
export function mergePages(newest: ActivityPage, kept: ActivityPage | null): ActivityPage {
  const bottom = newest.entries.at(-1)?.n;
  const keptTop = kept?.entries[0]?.n;
  if (!kept || !newest.hasMore || bottom === undefined || keptTop === undefined || bottom > keptTop) return newest;
  const older = kept.entries.filter((entry) => entry.n < bottom);
  return older.length > 0 ? { entries: [...newest.entries, ...older], hasMore: kept.hasMore } : newest;
}

/** One household's activity, or the whole firm's, a page at a time. */
export function useActivity({ clientId, pageSize }: { clientId?: string; pageSize: number }): ActivityState {
  const api = useApi();
  const scope = clientId ? { clientId } : {};
  const newest = useQuery('audit:list', { ...scope, limit: pageSize });
  const [kept, setKept] = useState<ActivityPage | null>(null);
  const older = useAction((beforeN: number) => api.invoke('audit:list', { ...scope, beforeN, limit: pageSize }));

  const page = useMemo(() => (newest.data ? mergePages(newest.data, kept) : undefined), [newest.data, kept]);

  const showOlder = () => {
    const last = page?.entries.at(-1);
    if (!page || !last || older.busy) return;
    void older.run(last.n).then((result) => {
      if (result.ok) setKept({ entries: [...page.entries, ...result.value.entries], hasMore: result.value.hasMore });
    });
  };

  return {
    entries: page?.entries,
    hasMore: page?.hasMore ?? false,
    error: newest.error,
    loading: newest.loading,
    reload: newest.reload,
    showOlder,
    loadingOlder: older.busy,
    olderError: older.error,
  };
}
