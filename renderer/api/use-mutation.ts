import { useState } from 'react';
import type { Channel, Out } from '../../shared/contract';
import { useNotify } from '../components/notices';
import { useApi } from './api-context';
import type { InputArgs } from './client';

/** How a call ended: its answer, or the failure (an `ApiError` from the backend or the transport). */
export type MutationResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface MutationOptions<A extends unknown[], T> {
  /** Said in the status line when the call succeeds; null says nothing (nothing was changed). */
  notice?: (result: T, ...args: A) => string | null;
  /** Said in the status line, as an error, when the call fails; otherwise the failure is only kept in `error` for the screen to show. */
  failureNotice?: (error: unknown) => string;
  /** Shows the change on screen before the call ends (a task ticked off at once); returns what takes it back if the call fails. */
  optimistic?: (...args: A) => () => void;
}

export interface Mutation<A extends unknown[], T> {
  /** Runs the call; never throws: the result says how it ended. */
  run: (...args: A) => Promise<MutationResult<T>>;
  /** True while a call is running, to disable the button that started it. */
  busy: boolean;
  /** The last call's failure; null while running and after a success. */
  error: unknown;
  /** Forgets the failure (the panel that showed it closed). */
  reset: () => void;
}

/**
 * Runs a change the screen asks of the backend, one or several calls in a row: owns its busy
 * state, keeps its failure for the screen and says the success in the status line.
 */
export function useAction<A extends unknown[], T>(
  action: (...args: A) => Promise<T>,
  { notice, failureNotice, optimistic }: MutationOptions<A, T> = {},
): Mutation<A, T> {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (...args: A): Promise<MutationResult<T>> => {
    setBusy(true);
    setError(null);
    const rollBack = optimistic?.(...args);
    try {
      const value = await action(...args);
      const said = notice?.(value, ...args);
      if (said) notify(said);
      return { ok: true, value };
    } catch (failure) {
      rollBack?.();
      setError(failure);
      if (failureNotice) notify(failureNotice(failure), 'error');
      return { ok: false, error: failure };
    } finally {
      setBusy(false);
    }
  };

  return { run, busy, error, reset: () => setError(null) };
}

/** A change made through one channel: `run(input)` calls it. See `useAction`. */
export function useMutation<C extends Channel>(
  channel: C,
  options?: MutationOptions<InputArgs<C>, Out<C>>,
): Mutation<InputArgs<C>, Out<C>> {
  const api = useApi();
  return useAction((...args: InputArgs<C>) => api.invoke(channel, ...args), options);
}
