import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ClientRow, ClientStatus } from '../../../shared/model';
import { SortHeader } from '../../components/table/sort-header';
import { useSort, type SortAccessors } from '../../components/table/use-sort';
import { useFormatters } from '../../i18n/format';
import { StatusBadge, TierBadge } from './client-badges';
import { useFirmToday } from '../../components/dates';

type Column = 'name' | 'manager' | 'tier' | 'status' | 'assets' | 'lastContact' | 'nextReview';

/** Statuses sort by where the relationship stands, not alphabetically. */
const statusOrder: Record<ClientStatus, number> = { active: 0, prospect: 1, former: 2 };

const accessors: SortAccessors<ClientRow, Column> = {
  name: (row) => row.name,
  manager: (row) => row.primaryManagerName,
  tier: (row) => row.tier,
  status: (row) => statusOrder[row.status],
  assets: (row) => row.assets.amountMinor,
  lastContact: (row) => (row.lastContactAt ? Date.parse(row.lastContactAt) : null),
  nextReview: (row) => row.nextReviewOn,
};

/** Every body row has this height (CSS `.book-table` sets the same), so no row needs measuring. */
export const rowHeight = 52;
/** The sticky header's height (CSS sets the same); rows scrolled to stop below it. */
const headHeight = 38;
/** How many rows to render above and below the visible ones, so fast scrolling never shows a gap. */
const overscan = 12;
/** How far Page Up / Page Down move the selection. */
const pageSize = 10;
/**
 * The viewport height assumed when the table has not been laid out (a test DOM has no layout):
 * enough for a screenful of rows, never the whole book.
 */
const unmeasuredHeight = 720;

const observeWithFallback: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: unmeasuredHeight }));

interface Props {
  rows: readonly ClientRow[];
  /**
   * The rows to show (a search's matches), or null for all. Kept apart from `rows` so the rows are
   * sorted once and each search only filters them, keeping their order.
   */
  shownIds?: ReadonlySet<string> | null;
  /** Ids ticked for a bulk action (reassign). */
  checked: ReadonlySet<string>;
  onCheckedChange: (next: Set<string>) => void;
  /** The rows' body, for a screen that moves focus into the list (`focusListRow`). */
  bodyRef?: Ref<HTMLTableSectionElement>;
}

/** Focuses the list's row that Tab would reach (the selected one, else the first): how the search box hands on to the list. */
export function focusListRow(body: HTMLTableSectionElement | null): void {
  body?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus();
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a, button, input, select, label') !== null;
}

/**
 * The book: a real `<table>` (grid role, sticky header) that renders only the rows in view, with
 * padding rows above and below standing in for the rest, so 5,000 households scroll smoothly.
 */
function BookTable({ rows, shownIds = null, checked, onCheckedChange, bodyRef }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const { sorted: sortedRows, sort, toggle } = useSort(rows, accessors, { key: 'name', direction: 'asc' });
  const sorted = useMemo(() => (shownIds ? sortedRows.filter((row) => shownIds.has(row.id)) : sortedRows), [sortedRows, shownIds]);
  const ids = useMemo(() => sorted.map((row) => row.id), [sorted]);
  const indexOf = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** Where a Shift range starts: the last row ticked or moved to without Shift. */
  const anchorId = useRef<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowEls = useRef(new Map<string, HTMLTableRowElement>());
  const focusPending = useRef(false);
  const now = new Date();
  const today = useFirmToday(now);

  const current = selectedId !== null && indexOf.has(selectedId) ? selectedId : null;
  const tabbableId = current ?? ids[0] ?? null;

  // The virtualizer re-renders this component itself on scroll; nothing here relies on compiler memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer: Virtualizer<HTMLDivElement, Element> = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    observeElementRect: observeWithFallback,
    getItemKey: (index) => ids[index] ?? index,
    useFlushSync: false,
  });

  // A row moved to by keyboard may only be rendered after the scroll: focus it once it exists.
  useLayoutEffect(() => {
    if (!focusPending.current || current === null) return;
    const el = rowEls.current.get(current);
    if (el) {
      focusPending.current = false;
      el.focus({ preventScroll: true });
    }
  });

  const open = (id: string) => void navigate(`/clients/${id}`);

  const range = (fromId: string | null, toId: string): string[] => {
    const to = indexOf.get(toId) ?? 0;
    const from = fromId !== null ? (indexOf.get(fromId) ?? to) : to;
    return ids.slice(Math.min(from, to), Math.max(from, to) + 1);
  };

  const toggleChecked = (id: string, extend: boolean) => {
    const next = new Set(checked);
    if (extend && anchorId.current !== null) {
      const on = !checked.has(id);
      for (const rangeId of range(anchorId.current, id)) {
        if (on) next.add(rangeId);
        else next.delete(rangeId);
      }
    } else if (next.has(id)) next.delete(id);
    else next.add(id);
    anchorId.current = id;
    onCheckedChange(next);
  };

  const moveTo = (index: number, extend: boolean) => {
    const id = ids[index];
    if (id === undefined) return;
    if (extend) {
      const next = new Set(checked);
      for (const rangeId of range(anchorId.current ?? current, id)) next.add(rangeId);
      onCheckedChange(next);
    } else {
      anchorId.current = id;
    }
    setSelectedId(id);
    focusPending.current = true;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const el = rowEls.current.get(id);
    if (el) {
      focusPending.current = false;
      el.focus({ preventScroll: true });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (ids.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = current === null ? -1 : (indexOf.get(current) ?? -1);
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
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target, event.shiftKey);
      return;
    }
    if (current === null || (event.target instanceof HTMLElement && event.target.tagName === 'INPUT')) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      open(current);
    } else if (event.key === ' ') {
      event.preventDefault();
      toggleChecked(current, event.shiftKey);
    }
  };

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if (isControl(event.target)) return;
    open(id);
  };

  const allChecked = ids.length > 0 && ids.every((id) => checked.has(id));
  const someChecked = !allChecked && ids.some((id) => checked.has(id));

  const header = (column: Column, numeric = false) => (
    <SortHeader column={column} label={t(`clients.columns.${column}`)} sort={sort} onSort={toggle} numeric={numeric} />
  );

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const padTop = first ? first.start - headHeight : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - headHeight) : 0;

  return (
    <div ref={scrollRef} className="book-scroll">
      <table
        className="data-table data-table--interactive book-table"
        role="grid"
        aria-label={t('clients.tableLabel')}
        aria-rowcount={sorted.length + 1}
        aria-multiselectable="true"
      >
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="book-table__check">
              <input
                type="checkbox"
                className="checkbox"
                checked={allChecked}
                ref={(el) => {
                  if (el) el.indeterminate = someChecked;
                }}
                aria-label={t('clients.selectAll', { count: ids.length })}
                onChange={() => onCheckedChange(allChecked ? new Set() : new Set(ids))}
              />
            </th>
            {header('name')}
            {header('manager')}
            {header('tier')}
            {header('status')}
            {header('assets', true)}
            {header('lastContact')}
            {header('nextReview')}
            <th scope="col">{t('clients.columns.tags')}</th>
          </tr>
        </thead>
        <tbody ref={bodyRef} onKeyDown={onKeyDown}>
          {padTop > 0 && (
            <tr className="book-table__pad" aria-hidden="true" role="presentation">
              <td colSpan={9} ref={(el) => el?.style.setProperty('height', `${padTop}px`)} />
            </tr>
          )}
          {items.map((item) => {
            const row = sorted[item.index]!;
            const isChecked = checked.has(row.id);
            const overdue = row.nextReviewOn !== null && row.nextReviewOn < today && row.status !== 'former';
            return (
              <tr
                key={row.id}
                id={`client-row-${row.id}`}
                aria-rowindex={item.index + 2}
                aria-selected={row.id === current}
                tabIndex={row.id === tabbableId ? 0 : -1}
                className={[isChecked ? 'is-checked' : '', row.archived ? 'is-archived' : ''].filter(Boolean).join(' ') || undefined}
                ref={(el) => {
                  if (el) rowEls.current.set(row.id, el);
                  else rowEls.current.delete(row.id);
                }}
                onFocus={() => setSelectedId(row.id)}
                onClick={(event) => onRowClick(event, row.id)}
              >
                <td className="book-table__check">
                  <input
                    type="checkbox"
                    className="checkbox"
                    tabIndex={-1}
                    checked={isChecked}
                    aria-label={t('clients.selectNamed', { name: row.name })}
                    onChange={() => undefined}
                    onClick={(event) => {
                      event.stopPropagation();
                      toggleChecked(row.id, event.shiftKey);
                    }}
                  />
                </td>
                <td>
                  <Link to={`/clients/${row.id}`} className="cell-primary book-table__name" tabIndex={-1}>
                    {row.name}
                  </Link>
                  <span className="cell-secondary">
                    {row.archived
                      ? t('clients.archivedKind', { kind: t(`clients.types.${row.type}`) })
                      : t('clients.kindAndPeople', {
                          kind: t(`clients.types.${row.type}`),
                          people: t('clients.people', { count: row.peopleCount }),
                        })}
                  </span>
                </td>
                <td className="nowrap">{row.primaryManagerName}</td>
                <td>
                  <TierBadge tier={row.tier} />
                </td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td className="num">{format.money(row.assets)}</td>
                <td className="nowrap">
                  {row.lastContactAt ? (
                    <time dateTime={row.lastContactAt} title={format.dateTime(row.lastContactAt)}>
                      {format.relativeDay(row.lastContactAt, now)}
                    </time>
                  ) : (
                    <span className="text-muted">{t('clients.neverContacted')}</span>
                  )}
                </td>
                <td className="nowrap">
                  {row.nextReviewOn ? (
                    <time dateTime={row.nextReviewOn} className={overdue ? 'text-warning' : undefined}>
                      {format.day(row.nextReviewOn)}
                      {overdue && <span className="visually-hidden">{t('clients.overdue')}</span>}
                    </time>
                  ) : (
                    <span className="text-muted">{t('clients.noReview')}</span>
                  )}
                </td>
                <td className="book-table__tags">
                  {row.tags.length > 0 && (
                    <ul className="tag-list" aria-label={t('clients.columns.tags')} title={row.tags.join(', ')}>
                      {row.tags.slice(0, 1).map((tag) => (
                        <li key={tag} className="tag">
                          {tag}
                        </li>
                      ))}
                      {row.tags.length > 1 && <li className="tag tag--more">{t('clients.moreTags', { count: row.tags.length - 1 })}</li>}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr className="book-table__pad" aria-hidden="true" role="presentation">
              <td colSpan={9} ref={(el) => el?.style.setProperty('height', `${padBottom}px`)} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Memoised: typing in the search box re-renders the screen on every key; the rows change only when the answer arrives. */
export const ClientsTable = memo(BookTable);
