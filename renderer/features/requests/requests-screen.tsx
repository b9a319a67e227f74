import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../shared/model';
import { skipToken, useQuery } from '../../api/use-query';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useKeyShortcut } from '../../components/use-key-shortcut';
// The inline form panels come from the client page, and so does their look.
import { NewRequestForm } from './new-request-form';
import { RequestBoard } from './request-board';
import { RequestDetail } from './request-detail';
import { RequestFilters } from './request-filters';
import { RequestList } from './request-list';
import './requests.css';
import { useMoveRequest } from './use-move-request';
import { toRequestQuery, useRequestParams, type RequestView } from './use-request-params';

/** Opens the new-request form; shown on the button as its key cap. */
const newRequestKey = 'n';

/** `#/requests`: the service requests as a board by status or a filtered list, with one open beside them. */
export function RequestsScreen() {
  const { t } = useTranslation();
  const { filters, view, openId, active, setFilter, setOverdue, clear, setView, setOpen } = useRequestParams();
  const requests = useQuery('requests:list', toRequestQuery(filters));
  const team = useQuery('team:list', { includeInactive: true });
  // The client filter names its household; a book can be thousands long, so only that one is fetched.
  const filterClient = useQuery('clients:get', filters.client ? { id: filters.client } : skipToken);
  const [creating, setCreating] = useState(false);
  /** A status picked on a card that the open request's form should start from. */
  const [preset, setPreset] = useState<{ id: string; status: RequestStatus } | null>(null);
  useKeyShortcut(newRequestKey, () => setCreating(true));

  const open = (id: string | null) => {
    setPreset(null);
    setOpen(id);
  };

  // Closing the details returns focus to the request's own Open button, so the keyboard carries on
  // from where it was instead of starting over at the top of the page.
  const returnFocusTo = useRef<string | null>(null);
  useEffect(() => {
    if (openId !== undefined || returnFocusTo.current === null) return;
    document.querySelector<HTMLElement>(`[data-opens-request="${CSS.escape(returnFocusTo.current)}"]`)?.focus();
    returnFocusTo.current = null;
  }, [openId]);
  const close = () => {
    returnFocusTo.current = openId ?? null;
    open(null);
  };
  const move = useMoveRequest({
    onNeedsMore: (row, status) => {
      setOpen(row.request.id);
      setPreset({ id: row.request.id, status });
    },
    onMoved: requests.reload,
  });
  const onMove = (...args: Parameters<typeof move>) => void move(...args);

  const rows = requests.data;
  const members = team.data ?? [];
  const filterClientName = filterClient.data?.client.id === filters.client ? filterClient.data.client.name : null;

  return (
    <div className="rq">
      <PageHeader
        title={t('requests.title')}
        description={t('requests.description')}
        actions={
          <button
            type="button"
            className="button button--primary"
            aria-keyshortcuts={newRequestKey.toUpperCase()}
            onClick={() => setCreating(true)}
          >
            {t('requests.new')}
            <kbd className="kbd" aria-hidden="true">
              {newRequestKey.toUpperCase()}
            </kbd>
          </button>
        }
      />
      {creating && (
        <NewRequestForm
          className="rq-new"
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            requests.reload();
            open(created.id);
          }}
        />
      )}
      <RequestFilters
        filters={filters}
        members={members}
        clientName={filterClientName}
        active={active}
        onChange={setFilter}
        onOverdueChange={setOverdue}
        onClear={clear}
      />
      <div className="rq-bar">
        <div className="segmented" role="group" aria-label={t('requests.view.label')}>
          {(['board', 'list'] satisfies RequestView[]).map((option) => (
            <button key={option} type="button" className="segmented__option" aria-pressed={view === option} onClick={() => setView(option)}>
              {t(`requests.view.${option}`)}
            </button>
          ))}
        </div>
        {rows && (
          <p className="result-count" role="status" aria-busy={requests.loading}>
            {t('requests.count', { count: rows.length })}
          </p>
        )}
      </div>
      {requests.error ? <ErrorMessage error={requests.error} onRetry={requests.reload} /> : null}
      <div className={`rq-layout${openId ? ' rq-layout--detail' : ''}`}>
        <div className="rq-layout__main">
          {rows === undefined ? (
            requests.error ? null : (
              <Loading label={t('requests.loading')} />
            )
          ) : rows.length === 0 ? (
            active ? (
              <EmptyState
                title={t('requests.noMatch.title')}
                actions={
                  <button type="button" className="button button--secondary" onClick={clear}>
                    {t('requests.filters.clear')}
                  </button>
                }
              >
                <p>{t('requests.noMatch.body')}</p>
              </EmptyState>
            ) : (
              <EmptyState
                title={t('requests.empty.title')}
                actions={
                  <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
                    {t('requests.new')}
                  </button>
                }
              >
                <p>{t('requests.empty.body')}</p>
              </EmptyState>
            )
          ) : view === 'board' ? (
            <RequestBoard rows={rows} openId={openId} onOpen={open} onMove={onMove} />
          ) : (
            <RequestList rows={rows} openId={openId} onOpen={open} onMove={onMove} />
          )}
        </div>
        {openId && (
          <RequestDetail
            key={openId}
            id={openId}
            members={members}
            presetStatus={preset?.id === openId ? preset.status : null}
            onClose={close}
            onChanged={requests.reload}
          />
        )}
      </div>
    </div>
  );
}
