import { useMemo, useRef, useState } from 'react';

/**
 * Tasks ticked for a bulk action. Shift extends from the last task ticked without it (the anchor),
 * over the tasks in the order they are shown.
 */
export function useTaskSelection(order: readonly string[]) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);

  const between = (fromId: string, toId: string): string[] => {
    const from = order.indexOf(fromId);
    const to = order.indexOf(toId);
    if (from < 0 || to < 0) return [toId];
    return order.slice(Math.min(from, to), Math.max(from, to) + 1);
  };

  const add = (ids: readonly string[]) => setChecked((prev) => new Set([...prev, ...ids]));

  /** Only tasks still shown count: a task finished or filtered away drops out of the selection. */
  const selectedIds = useMemo(() => order.filter((id) => checked.has(id)), [order, checked]);

  return {
    checked,
    selectedIds,
    /** A click on a task's box; with Shift, everything from the anchor to it is ticked. */
    toggle(id: string, extend: boolean) {
      if (extend && anchor.current !== null) {
        add(between(anchor.current, id));
        return;
      }
      setChecked((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = id;
    },
    /** Shift+↑/↓ from one task to the next: ticks both and everything from the anchor. */
    extend(fromId: string, toId: string) {
      anchor.current ??= fromId;
      add(between(anchor.current, toId));
    },
    clear() {
      anchor.current = null;
      setChecked(new Set());
    },
  };
}

export type TaskSelection = ReturnType<typeof useTaskSelection>;
