import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useKeyShortcut } from '../../components/use-key-shortcut';
import { ClientFilters } from './client-filters';
import { ClientsTable } from './clients-table';
import { toClientQuery, useClientFilters } from './use-client-filters';

/** Long enough to skip the keys of one word, short enough to feel immediate. */
const searchDelayMs = 200;

/** Opens the new-client form from the list; shown on the button as its key cap. */
const newClientKey = 'n';

/** What the new-client screen hands back when it returns here. */
export interface ClientsLocationState {
  createdId?: string;
}

export function ClientsScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createdId = (useLocation().state as ClientsLocationState | null)?.createdId ?? null;
  const { filters, setFilter, clear, active } = useClientFilters();
  const search = useDebouncedValue(filters.search, searchDelayMs);
  const query = toClientQuery(filters, search);
  const clients = useQuery('clients:list', query);
  // Until the answer for what is typed now arrives, the count describes the previous rows.
  const pending = clients.loading || search !== filters.search;
  const filtered = Object.keys(query).length > 0;
  const team = useQuery('team:list', { includeInactive: true });
  const searchRef = useRef<HTMLInputElement>(null);

  useKeyShortcut('/', () => searchRef.current?.focus());
  useKeyShortcut(newClientKey, () => void navigate('/clients/new'));

  const rows = clients.data;
  return (
    <>
      <PageHeader
        title={t('clients.title')}
        description={t('clients.description')}
        actions={
          <Link to="/clients/new" className="button button--primary" aria-keyshortcuts={newClientKey.toUpperCase()}>
            {t('clients.new')}
            <kbd className="kbd" aria-hidden="true">
              {newClientKey.toUpperCase()}
            </kbd>
          </Link>
        }
      />
      <ClientFilters
        filters={filters}
        managers={team.data ?? []}
        searchRef={searchRef}
        onChange={setFilter}
        onClear={clear}
        active={active}
      />
      {clients.error ? <ErrorMessage error={clients.error} onRetry={clients.reload} /> : null}
      {rows === undefined ? (
        clients.error ? null : (
          <Loading label={t('clients.loading')} />
        )
      ) : rows.length === 0 && !active ? (
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
          <p className="result-count" role="status" aria-busy={pending}>
            {filtered ? t('clients.countFiltered', { count: rows.length }) : t('clients.count', { count: rows.length })}
          </p>
          {rows.length === 0 ? (
            <EmptyState
              title={t('clients.noMatch.title')}
              actions={
                <button type="button" className="button button--secondary" onClick={clear}>
                  {t('clients.filters.clear')}
                </button>
              }
            >
              <p>{t('clients.noMatch.body')}</p>
            </EmptyState>
          ) : (
            <ClientsTable rows={rows} highlightId={createdId} />
          )}
        </>
      )}
    </>
  );
}
