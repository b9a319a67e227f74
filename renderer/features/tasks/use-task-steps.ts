import { useState } from 'react';
import type { Task, TaskRow } from '../../../shared/model';
import { useApi } from '../../api/api-context';

/** The last task ticked off or skipped, so it can be undone. */
export interface StepNotice {
  kind: 'done' | 'skipped';
  task: Task;
  /** The next occurrence a repeating task got, if any. */
  next: Task | null;
}

/**
 * Ticking off, skipping and reopening tasks for one person. A ticked task shows as done at once
 * (the list reloads a moment later), and the last step can be undone.
 */
export function useTaskSteps(byId: string | null, onChanged: () => void) {
  const api = useApi();
  const [notice, setNotice] = useState<StepNotice | null>(null);
  /** Tasks finished here whose rows may still be on screen until the list reloads. */
  const [finishedIds, setFinishedIds] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<unknown>(null);

  const markFinished = (id: string, finished: boolean) =>
    setFinishedIds((prev) => {
      const next = new Set(prev);
      if (finished) next.add(id);
      else next.delete(id);
      return next;
    });

  const step = async (kind: StepNotice['kind'], row: TaskRow) => {
    if (!byId || finishedIds.has(row.task.id)) return;
    setError(null);
    markFinished(row.task.id, true);
    try {
      const input = { id: row.task.id, byId };
      const result = kind === 'done' ? await api.invoke('tasks:complete', input) : await api.invoke('tasks:skip', input);
      setNotice({ kind, task: result.task, next: result.next });
      onChanged();
    } catch (failure) {
      markFinished(row.task.id, false);
      setError(failure);
    }
  };

  const reopen = async (id: string) => {
    if (!byId) return;
    setError(null);
    try {
      await api.invoke('tasks:reopen', { id, byId });
      markFinished(id, false);
      setNotice((current) => (current?.task.id === id ? null : current));
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  };

  return {
    notice,
    error,
    finishedIds,
    complete: (row: TaskRow) => void step('done', row),
    skip: (row: TaskRow) => void step('skipped', row),
    reopen: (id: string) => void reopen(id),
    undo: () => {
      if (notice) void reopen(notice.task.id);
    },
    dismiss: () => {
      setNotice(null);
      setError(null);
    },
  };
}

export type TaskSteps = ReturnType<typeof useTaskSteps>;
