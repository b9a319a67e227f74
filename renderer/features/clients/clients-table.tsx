import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientRow, ClientStatus } from '../../../shared/model';
import { SortHeader } from '../../components/table/sort-header';
import { useRowNavigation } from '../../components/table/use-row-navigation';
import { useSort, type SortAccessors } from '../../components/table/use-sort';
import { useFormatters } from '../../i18n/format';
import { StatusBadge, TierBadge } from './client-badges';

type Column = 'name' | 'manager' | 'tier' | 'status' | 'assets' | 'lastContact';

/** Statuses sort by where the relationship stands, not alphabetically. */
const statusOrder: Record<ClientStatus, number> = { active: 0, prospect: 1, former: 2 };

const accessors: SortAccessors<ClientRow, Column> = {
  name: (row) => row.name,
  manager: (row) => row.primaryManagerName,
  tier: (row) => row.tier,
  status: (row) => statusOrder[row.status],
  assets: (row) => row.assets.amountMinor,
  lastContact: (row) => (row.lastContactAt ? Date.parse(row.lastContactAt) : null),
};

interface Props {
  rows: readonly ClientRow[];
  /** A row to select and bring into view once it is there (e.g. the client just added). */
  highlightId?: string | null;
}

export function ClientsTable({ rows, highlightId = null }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { sorted, sort, toggle } = useSort(rows, accessors, { key: 'name', direction: 'asc' });
  const ids = useMemo(() => sorted.map((row) => row.id), [sorted]);
  const nav = useRowNavigation(ids, highlightId);
  const revealed = useRef(false);
  const now = new Date();

  useEffect(() => {
    if (revealed.current || !highlightId || !ids.includes(highlightId)) return;
    revealed.current = true;
    document.getElementById(`client-row-${highlightId}`)?.scrollIntoView?.({ block: 'center' });
  }, [ids, highlightId]);

  const header = (column: Column, numeric = false) => (
    <SortHeader column={column} label={t(`clients.columns.${column}`)} sort={sort} onSort={toggle} numeric={numeric} />
  );

  return (
    <table className="data-table data-table--interactive" role="grid" aria-label={t('clients.tableLabel')}>
      <thead>
        <tr>
          {header('name')}
          {header('manager')}
          {header('tier')}
          {header('status')}
          {header('assets', true)}
          {header('lastContact')}
          <th scope="col">{t('clients.columns.tags')}</th>
        </tr>
      </thead>
      <tbody onKeyDown={nav.onKeyDown}>
        {sorted.map((row) => (
          <tr key={row.id} id={`client-row-${row.id}`} {...nav.rowProps(row.id)}>
            <td>
              <span className="cell-primary">{row.name}</span>
              <span className="cell-secondary">
                {t('clients.kindAndPeople', {
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
            <td>
              {row.tags.length > 0 && (
                <ul className="tag-list" aria-label={t('clients.columns.tags')}>
                  {row.tags.map((tag) => (
                    <li key={tag} className="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
