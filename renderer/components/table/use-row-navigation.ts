import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/** How far Page Up / Page Down move the selection. */
const pageSize = 10;

/**
 * One selected row moved with the arrow keys, Home/End and Page Up/Down. Only the selected row is
 * in the tab order (a roving tabindex), so Tab leaves the table instead of walking every row.
 * Selection is by id, so it survives sorting and filtering.
 */
export function useRowNavigation(ids: readonly string[], initialId: string | null = null) {
  const [selectedId, setSelectedId] = useState<string | null>(initialId);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const current = selectedId !== null && ids.includes(selectedId) ? selectedId : null;
  const tabbableId = current ?? ids[0] ?? null;

  const select = useCallback((id: string | undefined) => {
    if (id === undefined) return;
    setSelectedId(id);
    rows.current.get(id)?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = current === null ? -1 : ids.indexOf(current);
    const last = ids.length - 1;
    const targets: Record<string, number> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: Math.max(index - 1, 0),
      PageDown: Math.min(index + pageSize, last),
      PageUp: Math.max(index - pageSize, 0),
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target === undefined || ids.length === 0) return;
    event.preventDefault();
    select(ids[target]);
  };

  const rowProps = (id: string) => ({
    ref: (el: HTMLTableRowElement | null) => {
      if (el) rows.current.set(id, el);
      else rows.current.delete(id);
    },
    tabIndex: id === tabbableId ? 0 : -1,
    'aria-selected': id === current,
    onClick: () => setSelectedId(id),
    onFocus: () => setSelectedId(id),
  });

  return { selectedId: current, onKeyDown, rowProps };
}
