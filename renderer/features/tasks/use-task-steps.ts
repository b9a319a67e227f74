import { useState } from 'react';
import type { Task, TaskRow } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';

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

  const markFinished = (id: string, finished: boolean) =>
    setFinishedIds((prev) => {
      const next = new Set(prev);
      if (finished) next.add(id);
      else next.delete(id);
      return next;
    });

  const step = useAction(
    async (kind: StepNotice['kind'], row: TaskRow, by: string) => {
      const input = { id: row.task.id, byId: by };
      const result = kind === 'done' ? await api.invoke('tasks:complete', input) : await api.invoke('tasks:skip', input);
      setNotice({ kind, task: result.task, next: result.next });
      onChanged();
    },
    {
      optimistic: (_kind, row) => {
        markFinished(row.task.id, true);
        return () => markFinished(row.task.id, false);
      },
    },
  );

  const reopen = useAction(async (id: string, by: string) => {
    await api.invoke('tasks:reopen', { id, byId: by });
    markFinished(id, false);
    setNotice((current) => (current?.task.id === id ? null : current));
    onChanged();
  });

  const run = (kind: StepNotice['kind'], row: TaskRow) => {
    if (!byId || finishedIds.has(row.task.id)) return;
    reopen.reset();
    void step.run(kind, row, byId);
  };

  const runReopen = (id: string) => {
    if (!byId) return;
    step.reset();
    void reopen.run(id, byId);
  };

  return {
    notice,
    error: step.error ?? reopen.error,
    finishedIds,
    complete: (row: TaskRow) => run('done', row),
    skip: (row: TaskRow) => run('skipped', row),
    reopen: runReopen,
    undo: () => {
      if (notice) runReopen(notice.task.id);
    },
    dismiss: () => {
      setNotice(null);
      step.reset();
      reopen.reset();
    },
  };
}

export type TaskSteps = ReturnType<typeof useTaskSteps>;
