import type { SortState } from './use-sort';

interface Props<K extends string> {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (column: K) => void;
  numeric?: boolean;
}

/** A column header that sorts on click, Enter or Space, and tells assistive tech how it is sorted. */
export function SortHeader<K extends string>({ column, label, sort, onSort, numeric = false }: Props<K>) {
  const active = sort.key === column;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
      <button type="button" className={`sort-button${active ? ' sort-button--active' : ''}`} onClick={() => onSort(column)}>
        {label}
        <span className="sort-button__indicator" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
