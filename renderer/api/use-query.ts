import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, Out } from '../../shared/contract';
import { answerMayChange, type ReadChannel } from '../../shared/contract-reads';
import { useApi } from './api-context';
import type { InputArgs } from './client';

export interface QueryState<T> {
  /** The latest answer; kept while a newer request is in flight so screens do not flash empty. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replaces the data with a value the caller already has (e.g. the output of a mutation). */
  setData: (data: T) => void;
}

interface Settled<T> {
  requestKey: string;
  data: T | undefined;
  error: unknown;
}

/** Passed instead of an input: there is nothing to ask yet (e.g. no search term); data stays undefined. */
export const skipToken = Symbol('skip');

/**
 * Reads a channel and keeps it current: reloads when the input changes and when the backend
 * reports `data:changed` (a change from another window, the menu, or a restore) naming something
 * the channel reads (`readsOf`), or naming nothing in particular.
 */
export function useQuery<C extends ReadChannel>(channel: C, ...args: InputArgs<C> | [typeof skipToken]): QueryState<Out<C>> {
  const api = useApi();
  const skipped = args[0] === skipToken;
  // Callers build the input inline; compare it by value so a re-render does not refetch.
  const inputKey = skipped ? null : JSON.stringify(args[0] ?? {});
  const [version, setVersion] = useState(0);
  const requestKey = `${channel}|${inputKey}|${version}`;
  // An answer already in hand (the boot answer's) is shown in the first render, not one effect and
  // one round trip later; the fetch for it is then skipped, once.
  const [inHand] = useState<Settled<Out<C>> | null>(() => {
    const answered = inputKey === null ? undefined : api.answered?.(channel, JSON.parse(inputKey) as never);
    return answered ? { requestKey, data: answered.value, error: null } : null;
  });
  const answeredWithoutFetch = useRef(inHand?.requestKey ?? null);
  const [settled, setSettled] = useState(inHand);

  useEffect(() => {
    if (inputKey === null) return;
    if (answeredWithoutFetch.current === requestKey) {
      answeredWithoutFetch.current = null;
      return;
    }
    let current = true;
    const call = api.invoke as (channel: Channel, input: unknown) => Promise<Out<C>>;
    call(channel, JSON.parse(inputKey)).then(
      (data) => current && setSettled({ requestKey, data, error: null }),
      (error: unknown) => current && setSettled((prev) => ({ requestKey, data: prev?.data, error })),
    );
    return () => {
      current = false;
    };
  }, [api, channel, inputKey, requestKey]);

  useEffect(
    () =>
      api.onEvent('data:changed', ({ collections }) => {
        if (answerMayChange(channel, collections)) setVersion((v) => v + 1);
      }),
    [api, channel],
  );

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback((data: Out<C>) => setSettled({ requestKey, data, error: null }), [requestKey]);
  if (inputKey === null) {
    // An answer from before the skip must not show when asking starts again with a new input.
    if (settled !== null) setSettled(null);
    return { data: undefined, error: null, loading: false, reload, setData };
  }
  const loading = settled?.requestKey !== requestKey;
  return { data: settled?.data, error: loading ? null : settled.error, loading, reload, setData };
}
