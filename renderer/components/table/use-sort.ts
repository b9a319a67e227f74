import { useMemo, useState } from 'react';
import { useCollator } from '../../i18n/collator';

export type SortDirection = 'asc' | 'desc';
export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

/** How to read a column's sort value from a row; `null` always sorts last. */
export type SortAccessors<Row, K extends string> = Record<K, (row: Row) => string | number | null>;

/**
 * Client-side sorting for a table. Text compares the way people read it in the interface
 * language ("item 2" before "item 10", case and accents ignored).
 */
export function useSort<Row, K extends string>(rows: readonly Row[], accessors: SortAccessors<Row, K>, initial: SortState<NoInfer<K>>) {
  const [sort, setSort] = useState<SortState<K>>(initial);
  const collator = useCollator();

  const sorted = useMemo(() => {
    const read = accessors[sort.key];
    const factor = sort.direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = read(a);
      const y = read(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order * factor;
    });
  }, [rows, accessors, sort, collator]);

  /** Sorting by the current column flips the direction; a new column starts ascending. */
  const toggle = (key: K) =>
    setSort((prev) => (prev.key === key ? { key, direction: prev.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }));

  return { sorted, sort, toggle };
}
