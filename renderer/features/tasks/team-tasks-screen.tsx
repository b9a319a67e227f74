import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { taskCategories, taskStatuses, type TaskCategory, type TaskQuery, type TaskStatus, type TeamLoad } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { Badge } from '../../components/badge';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { ClientPicker, type ClientChoice } from '../../components/form/client-picker';
import { TaskBoard } from './task-board';
import './tasks.css';

/**
 * Someone is overloaded when they carry half as many open tasks again as the team's average, or
 * half as many overdue again (at least a handful either way): the two things a manager rebalances.
 * Relative to the team, so a firm that runs behind everywhere still sees who is furthest behind.
 */
const overloadFactor = 1.5;
/**
 * Tasks listed at first, and added per "Show more": a firm's open tasks run to thousands, and a
 * page that draws them all at once is slow to open. Filters narrow it to what matters.
 */
const pageSize = 100;
const overloadMinimum = 5;

function overloadedIds(loads: readonly TeamLoad[]): Set<string> {
  const active = loads.filter((load) => load.active);
  const averageOf = (count: (load: TeamLoad) => number) =>
    active.length > 0 ? active.reduce((sum, load) => sum + count(load), 0) / active.length : 0;
  const averageOpen = averageOf((load) => load.open);
  const averageOverdue = averageOf((load) => load.overdue);
  const heavy = (count: number, average: number) => count >= overloadMinimum && count > average * overloadFactor;
  return new Set(loads.filter((load) => heavy(load.open, averageOpen) || heavy(load.overdue, averageOverdue)).map((load) => load.memberId));
}

interface Filters {
  assigneeId: string;
  category: TaskCategory | '';
  status: TaskStatus | 'open_any';
  client: ClientChoice | null;
  overdue: boolean;
}

const noFilters: Filters = { assigneeId: '', category: '', status: 'open_any', client: null, overdue: false };

function toQuery(filters: Filters): TaskQuery {
  return {
    status: filters.status,
    ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.client ? { clientId: filters.client.id } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
  };
}

/** Team tasks (`#/tasks/team`): each person's load, and everyone's tasks filtered. */
export function TeamTasksScreen() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(noFilters);
  /** Counts resets, so the client box (which keeps what is typed in it) starts empty again. */
  const [resets, setResets] = useState(0);
  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((prev) => ({ ...prev, [key]: value }));
  const reset = (next: Filters) => {
    setFilters(next);
    setResets((count) => count + 1);
  };
  const loads = useQuery('tasks:teamLoad');

  return (
    <>
      <PageHeader
        title={t('tasks.team.title')}
        description={t('tasks.team.description')}
        actions={
          <Link to="/tasks" className="button button--secondary">
            {t('tasks.myDay.link')}
          </Link>
        }
      />
      {loads.error ? <ErrorMessage error={loads.error} onRetry={loads.reload} /> : null}
      {loads.data === undefined ? (
        loads.error ? null : (
          <Loading label={t('tasks.loading')} />
        )
      ) : (
        <TeamLoadTable loads={loads.data} onShowTasks={(memberId) => reset({ ...noFilters, assigneeId: memberId })} />
      )}
      <TeamTaskList filters={filters} resets={resets} loads={loads.data ?? []} onFilter={setFilter} onClear={() => reset(noFilters)} />
    </>
  );
}

function TeamLoadTable({ loads, onShowTasks }: { loads: readonly TeamLoad[]; onShowTasks: (memberId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const captionId = useId();
  const overloaded = overloadedIds(loads);
  const columns = ['open', 'overdue', 'dueToday', 'waiting', 'openRequests'] as const;
  return (
    <section className="team-load" aria-labelledby={captionId}>
      <h2 id={captionId} className="task-section-title">
        {t('tasks.team.loadTitle')}
      </h2>
      <p className="result-count">{t('tasks.team.overloadRule', { factor: overloadFactor })}</p>
      <table className="data-table team-load__table" aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('tasks.team.columns.member')}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="num">
                {t(`tasks.team.columns.${column}`)}
              </th>
            ))}
            <th scope="col" className="actions">
              <span className="visually-hidden">{t('tasks.team.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {loads.map((load) => {
            const isOverloaded = overloaded.has(load.memberId);
            return (
              <tr
                key={load.memberId}
                className={[isOverloaded ? 'is-overloaded' : '', load.active ? '' : 'is-inactive'].filter(Boolean).join(' ') || undefined}
              >
                <th scope="row">
                  <span className="cell-primary">
                    {load.name} {isOverloaded && <Badge tone="warning">{t('tasks.team.overloaded')}</Badge>}{' '}
                    {!load.active && <Badge tone="muted">{t('tasks.team.inactive')}</Badge>}
                  </span>
                  <span className="cell-secondary">{t(`team.roles.${load.role}`)}</span>
                </th>
                {columns.map((column) => (
                  <td key={column} className={`num${column === 'overdue' && load.overdue > 0 ? ' text-warning' : ''}`}>
                    {format.number(load[column])}
                  </td>
                ))}
                <td className="actions">
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={t('tasks.team.showTasksNamed', { name: load.name })}
                    onClick={() => onShowTasks(load.memberId)}
                  >
                    {t('tasks.team.showTasks')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function TeamTaskList({
  filters,
  resets,
  loads,
  onFilter,
  onClear,
}: {
  filters: Filters;
  resets: number;
  loads: readonly TeamLoad[];
  onFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const overdueId = useId();
  const tasks = useQuery('tasks:list', toQuery(filters));
  const rows = tasks.data;
  const [shownCount, setShownCount] = useState(pageSize);
  const groups = useMemo(
    () =>
      rows ? [{ key: 'tasks', title: t('tasks.team.listTitle'), rows: rows.slice(0, shownCount), empty: t('tasks.team.noMatch') }] : [],
    [rows, shownCount, t],
  );
  const filtered = JSON.stringify(filters) !== JSON.stringify(noFilters);
  return (
    <section className="team-tasks" aria-label={t('tasks.team.listTitle')}>
      <div className="toolbar task-filters" role="search" aria-label={t('tasks.team.filters')}>
        <SelectField
          label={t('tasks.fields.assignee')}
          value={filters.assigneeId}
          placeholder={t('tasks.team.everyone')}
          options={loads.map((load) => ({ value: load.memberId, label: load.name }))}
          onChange={(event) => onFilter('assigneeId', event.target.value)}
        />
        <SelectField
          label={t('tasks.fields.category')}
          value={filters.category}
          placeholder={t('tasks.team.anyCategory')}
          options={taskCategories.map((category) => ({ value: category, label: t(`tasks.categories.${category}`) }))}
          onChange={(event) => onFilter('category', event.target.value as Filters['category'])}
        />
        <SelectField
          label={t('tasks.fields.status')}
          value={filters.status}
          options={[
            { value: 'open_any', label: t('tasks.team.anyOpen') },
            ...taskStatuses.map((status) => ({ value: status, label: t(`tasks.statuses.${status}`) })),
          ]}
          onChange={(event) => onFilter('status', event.target.value as Filters['status'])}
        />
        <div className="task-filters__client">
          <ClientPicker
            key={resets}
            label={t('tasks.fields.client')}
            name="clientId"
            value={filters.client}
            onChange={(client) => onFilter('client', client)}
          />
        </div>
        <label className="toolbar__check" htmlFor={overdueId}>
          <input
            id={overdueId}
            type="checkbox"
            className="checkbox"
            checked={filters.overdue}
            onChange={(event) => onFilter('overdue', event.target.checked)}
          />
          {t('tasks.team.overdueOnly')}
        </label>
        {filtered && (
          <button type="button" className="button button--ghost toolbar__clear" onClick={onClear}>
            {t('tasks.team.clearFilters')}
          </button>
        )}
      </div>
      {tasks.error ? <ErrorMessage error={tasks.error} onRetry={tasks.reload} /> : null}
      {rows === undefined ? (
        tasks.error ? null : (
          <Loading label={t('tasks.loading')} />
        )
      ) : (
        <>
          <TaskBoard groups={groups} onChanged={tasks.reload} showAssignee />
          {rows.length > shownCount && (
            <p className="task-more">
              {t('tasks.team.shown', { shown: shownCount, count: rows.length })}{' '}
              <button type="button" className="button button--secondary button--small" onClick={() => setShownCount((n) => n + pageSize)}>
                {t('tasks.team.showMore', { count: Math.min(pageSize, rows.length - shownCount) })}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
