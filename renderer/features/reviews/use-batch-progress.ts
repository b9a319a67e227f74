import { useEffect, useEffectEvent, useState } from 'react';
import type { PacketBatchStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';

/** How often a running batch is asked how far it got: often enough for a smooth bar, rarely enough to cost nothing. */
export const batchPollMs = 400;

/**
 * Asks how a running batch is getting on, one question at a time, until it is done or cancelled.
 * Stops when the screen closes (the batch itself carries on in the backend) and after a failed
 * question, until `retry`.
 */
export function useBatchProgress(status: PacketBatchStatus | null, onStatus: (next: PacketBatchStatus) => void) {
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const report = useEffectEvent(onStatus);
  const running = status?.state === 'running' && !error;

  useEffect(() => {
    if (!running || !status) return;
    let stopped = false;
    const timer = setTimeout(() => {
      api.invoke('packets:batchStatus', { id: status.id }).then(
        (next) => {
          if (!stopped) report(next);
        },
        (failure: unknown) => {
          if (!stopped) setError(failure);
        },
      );
    }, batchPollMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // Every new answer (a new status object) schedules the next question.
  }, [api, running, status, attempt]);

  const retry = () => {
    setError(null);
    setAttempt((n) => n + 1);
  };
  return { error, retry };
}
