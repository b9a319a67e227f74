import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestStatuses, type RequestRow, type RequestStatus } from '../../../shared/model';
import { useFormatters } from '../../i18n/format';
import { RequestActions } from './request-actions';
import { OverdueFlag, RequestSubject, RequestTypeLabel, useRequestName } from './request-flags';
import { byUrgency } from './request-order';

/** Closed requests pile up for ever; the board shows this many, the list all of them. */
const closedShown = 10;

interface Props {
  rows: readonly RequestRow[];
  openId: string | undefined;
  onOpen: (id: string) => void;
  onMove: (row: RequestRow, status: RequestStatus) => void;
}

/** One column per status. Every card changes column through its buttons; nothing needs dragging. */
export function RequestBoard({ rows, openId, onOpen, onMove }: Props) {
  const { t } = useTranslation();
  const [showClosed, setShowClosed] = useState(false);
  const byStatus = new Map<RequestStatus, RequestRow[]>(requestStatuses.map((status) => [status, []]));
  for (const row of [...rows].sort(byUrgency)) byStatus.get(row.request.status)?.push(row);

  return (
    <div className="rq-board" role="group" aria-label={t('requests.board.label')}>
      {requestStatuses.map((status) => {
        const all = byStatus.get(status) ?? [];
        const collapsed = status === 'closed' && !showClosed;
        const shown = status === 'closed' ? all.slice(0, closedShown) : all;
        const label = t('requests.board.column', { status: t(`requests.statuses.${status}`), count: all.length });
        return (
          <section key={status} className={`rq-column rq-column--${status}`} aria-label={label}>
            <h2 className="rq-column__title">
              {t(`requests.statuses.${status}`)} <span className="rq-column__count">{all.length}</span>
            </h2>
            {status === 'closed' && all.length > 0 && (
              <button
                type="button"
                className="button button--ghost button--small rq-column__toggle"
                aria-expanded={showClosed}
                onClick={() => setShowClosed((was) => !was)}
              >
                {showClosed ? t('requests.board.hideClosed') : t('requests.board.showClosed', { count: all.length })}
              </button>
            )}
            {!collapsed &&
              (shown.length === 0 ? (
                <p className="rq-column__empty">{t('requests.board.none')}</p>
              ) : (
                <ul className="rq-cards">
                  {shown.map((row) => (
                    <RequestCard key={row.request.id} row={row} selected={row.request.id === openId} onOpen={onOpen} onMove={onMove} />
                  ))}
                </ul>
              ))}
            {!collapsed && all.length > shown.length && (
              <p className="rq-column__more">{t('requests.board.closedLimited', { shown: shown.length, count: all.length })}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

function RequestCard({
  row,
  selected,
  onOpen,
  onMove,
}: {
  row: RequestRow;
  selected: boolean;
  onOpen: (id: string) => void;
  onMove: (row: RequestRow, status: RequestStatus) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const requestName = useRequestName();
  const { request } = row;
  const complaint = request.type === 'complaint';
  return (
    <li
      className={`rq-card${complaint ? ' rq-card--complaint' : ''}${selected ? ' rq-card--selected' : ''}`}
      aria-label={requestName(row)}
      aria-current={selected || undefined}
    >
      <p className="rq-card__head">
        <Link to={`/clients/${request.clientId}`} className="rq-card__client">
          {row.clientName}
        </Link>
        {row.overdue && <OverdueFlag />}
      </p>
      <p className="rq-card__type">
        <RequestTypeLabel row={row} /> · {t(`requests.channels.${request.channel}`)}
      </p>
      <p>
        <RequestSubject row={row} />
      </p>
      <dl className="rq-facts rq-facts--compact">
        <dt>{t('requests.facts.owner')}</dt>
        <dd>{row.ownerName}</dd>
        <dt>{t('requests.facts.received')}</dt>
        <dd>
          <time dateTime={request.receivedAt} title={fmt.dateTime(request.receivedAt)}>
            {fmt.relativeDay(request.receivedAt)}
          </time>
        </dd>
        <dt>{t('requests.facts.dueBy')}</dt>
        <dd className={row.overdue ? 'rq-late' : undefined}>
          <time dateTime={request.dueBy}>{fmt.dateTime(request.dueBy)}</time>
        </dd>
      </dl>
      <RequestActions className="button-row" row={row} onOpen={onOpen} onMove={onMove} />
    </li>
  );
}
