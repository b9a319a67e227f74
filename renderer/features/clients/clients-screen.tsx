import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useArrivingRows } from '../../api/arriving-rows';
import { skipToken, useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import { useKeyShortcut } from '../../components/use-key-shortcut';
import { ClientFilters } from './client-filters';
import { ClientsTable, focusListRow } from './clients-table';
import { ReassignPanel } from './reassign-panel';
import { SavedViews } from './saved-views';
import { allManagers, resolveManagerId, toClientQuery, useClientFilters } from './use-client-filters';

/** Opens the new-client form from the list; shown on the button as its key cap. */
const newClientKey = 'n';

export function ClientsScreen() {
  const { t } = useTranslation();
  const { currentUser, loading } = useCurrentUser();
  const navigate = useNavigate();
  useKeyShortcut(newClientKey, () => void navigate('/clients/new'));

  const header = (
    <PageHeader
      title={t('clients.title')}
      description={t('clients.description')}
      actions={
        <>
          <Link to="/import" className="button button--secondary">
            {t('import.open')}
          </Link>
          <Link to="/clients/new" className="button button--primary" aria-keyshortcuts={newClientKey.toUpperCase()}>
            {t('clients.new')}
            <kbd className="kbd" aria-hidden="true">
              {newClientKey.toUpperCase()}
            </kbd>
          </Link>
        </>
      }
    />
  );
  // Wait to know who is here: "My book" is the default, and asking for the whole book first would be wasted.
  return (
    <div className="book">
      {header}
      {loading ? <Loading label={t('clients.loading')} /> : <ClientBook currentUserId={currentUser?.id ?? null} />}
    </div>
  );
}

function ClientBook({ currentUserId }: { currentUserId: string | null }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { filters, setFilter, commitSearch, setManager, setArchived, clear, apply, active } = useClientFilters();
  const query = toClientQuery(filters, currentUserId);
  const { search, ...scopeQuery } = query;
  const managerId = resolveManagerId(filters, currentUserId);
  // The rows are fetched for the filters; a search then asks only which of them match, so typing
  // never ships the same rows again and clearing the search shows them all at once.
  const clients = useQuery('clients:list', scopeQuery);
  // A long list's first rows come with the first screen, the rest a moment later.
  const arrivingTotal = useArrivingRows(scopeQuery, clients.reload);
  const matches = useQuery('clients:match', search ? { ...scopeQuery, search } : skipToken);
  // Until the answer for what is typed now arrives, the count describes the previous rows.
  const pending = clients.loading || matches.loading || arrivingTotal !== null;
  const team = useQuery('team:list', { includeInactive: true });
  const members = team.data ?? [];
  const activeMembers = members.filter((m) => m.active);
  const [checked, setChecked] = useState<Set<string>>(() => new Set());
  const listBody = useRef<HTMLTableSectionElement>(null);
  const [reassigning, setReassigning] = useState(false);
  const [result, setResult] = useState<string | null>(null);

  const heldRows = clients.data;
  const matchIds = useMemo(() => (matches.data ? new Set(matches.data) : null), [matches.data]);
  const rows = useMemo(() => (matchIds ? (heldRows ?? []).filter((row) => matchIds.has(row.id)) : (heldRows ?? [])), [heldRows, matchIds]);
  const knownTags = useMemo(() => [...new Set((heldRows ?? []).flatMap((row) => row.tags))].sort(), [heldRows]);
  const checkedIds = useMemo(() => rows.filter((row) => checked.has(row.id)).map((row) => row.id), [rows, checked]);
  const myBook = currentUserId !== null && managerId === currentUserId;
  const filtered = active || (managerId !== undefined && !myBook);

  const onReassigned = (moved: number, manager: { name: string }) => {
    const sentence = t('clients.reassign.done', { count: moved, name: manager.name });
    setResult(sentence);
    notify(sentence);
    setChecked(new Set());
    setReassigning(false);
    clients.reload();
  };

  const count = matchIds ? rows.length : (arrivingTotal ?? rows.length);
  const countText = myBook
    ? t('clients.countMine', { count })
    : filtered
      ? t('clients.countFiltered', { count })
      : t('clients.count', { count });

  return (
    <>
      <div className="book-bar">
        {currentUserId !== null && (
          <div className="segmented" role="group" aria-label={t('clients.scope.label')}>
            <button type="button" className="segmented__option" aria-pressed={myBook} onClick={() => setManager('')}>
              {t('clients.scope.mine')}
            </button>
            <button
              type="button"
              className="segmented__option"
              aria-pressed={managerId === undefined}
              onClick={() => setManager(allManagers)}
            >
              {t('clients.scope.all')}
            </button>
          </div>
        )}
        {currentUserId !== null && <SavedViews ownerId={currentUserId} filters={query} onApply={apply} />}
      </div>
      <ClientFilters
        filters={filters}
        managerId={managerId}
        managers={members}
        knownTags={knownTags}
        onChange={setFilter}
        onSearchBlur={commitSearch}
        onSearchArrowDown={() => focusListRow(listBody.current)}
        onManagerChange={(value) => setManager(value === currentUserId ? '' : value)}
        onArchivedChange={setArchived}
        onClear={clear}
        active={active}
      />
      {clients.error ? <ErrorMessage error={clients.error} onRetry={clients.reload} /> : null}
      {matches.error ? <ErrorMessage error={matches.error} onRetry={matches.reload} /> : null}
      {result && (
        <p className="book-result" role="status">
          {result}
          <button type="button" className="button button--ghost button--small" onClick={() => setResult(null)}>
            {t('common.dismiss')}
          </button>
        </p>
      )}
      {heldRows === undefined ? (
        clients.error ? null : (
          <Loading label={t('clients.loading')} />
        )
      ) : rows.length === 0 && !filtered && !myBook ? (
        <EmptyState
          title={t('clients.empty.title')}
          actions={
            <Link to="/clients/new" className="button button--primary">
              {t('clients.new')}
            </Link>
          }
        >
          <p>{t('clients.empty.body')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="book-status">
            <p className="result-count" role="status" aria-busy={pending}>
              {countText}
            </p>
            {checkedIds.length > 0 && (
              <div className="selection-bar" role="group" aria-label={t('clients.selection.label')}>
                <span className="selection-bar__count">{t('clients.selection.count', { count: checkedIds.length })}</span>
                <button type="button" className="button button--primary button--small" onClick={() => setReassigning(true)}>
                  {t('clients.reassign.open')}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => {
                    setChecked(new Set());
                    setReassigning(false);
                  }}
                >
                  {t('clients.selection.clear')}
                </button>
              </div>
            )}
          </div>
          {reassigning && checkedIds.length > 0 && (
            <ReassignPanel
              clientIds={checkedIds}
              managers={activeMembers}
              staffId={currentUserId}
              onDone={onReassigned}
              onCancel={() => setReassigning(false)}
            />
          )}
          {rows.length === 0 ? (
            <EmptyState
              title={myBook && !active ? t('clients.emptyMine.title') : t('clients.noMatch.title')}
              actions={
                active ? (
                  <button type="button" className="button button--secondary" onClick={clear}>
                    {t('clients.filters.clear')}
                  </button>
                ) : (
                  <button type="button" className="button button--secondary" onClick={() => setManager(allManagers)}>
                    {t('clients.scope.showAll')}
                  </button>
                )
              }
            >
              <p>{myBook && !active ? t('clients.emptyMine.body') : t('clients.noMatch.body')}</p>
            </EmptyState>
          ) : (
            <ClientsTable rows={heldRows} shownIds={matchIds} checked={checked} onCheckedChange={setChecked} bodyRef={listBody} />
          )}
        </>
      )}
    </>
  );
}
