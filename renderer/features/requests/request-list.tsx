import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestRow, RequestStatus } from '../../../shared/model';
import { useFormatters } from '../../i18n/format';
import { RequestActions } from './request-actions';
import { OverdueFlag, RequestStatusBadge, RequestSubject, RequestTypeLabel } from './request-flags';
import { byUrgency } from './request-order';

interface Props {
  rows: readonly RequestRow[];
  openId: string | undefined;
  onOpen: (id: string) => void;
  onMove: (row: RequestRow, status: RequestStatus) => void;
}

export function RequestList({ rows, openId, onOpen, onMove }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <div className="rq-table-wrap">
      <table className="data-table rq-table" aria-label={t('requests.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('requests.columns.client')}</th>
            <th scope="col">{t('requests.columns.type')}</th>
            <th scope="col">{t('requests.columns.channel')}</th>
            <th scope="col">{t('requests.columns.status')}</th>
            <th scope="col">{t('requests.columns.owner')}</th>
            <th scope="col">{t('requests.columns.received')}</th>
            <th scope="col">{t('requests.columns.dueBy')}</th>
            <th scope="col" className="actions">
              {t('requests.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...rows].sort(byUrgency).map((row) => {
            const { request } = row;
            return (
              <tr
                key={request.id}
                className={request.type === 'complaint' ? 'rq-row--complaint' : undefined}
                aria-selected={request.id === openId}
              >
                <td>
                  <Link to={`/clients/${request.clientId}`} className="cell-primary">
                    {row.clientName}
                  </Link>
                </td>
                <td>
                  <RequestTypeLabel row={row} />
                  <RequestSubject row={row} />
                </td>
                <td>{t(`requests.channels.${request.channel}`)}</td>
                <td>
                  <RequestStatusBadge status={request.status} />
                </td>
                <td>{row.ownerName}</td>
                <td className="nowrap">
                  <time dateTime={request.receivedAt}>{fmt.dateTime(request.receivedAt)}</time>
                </td>
                <td className="nowrap">
                  <time dateTime={request.dueBy} className={row.overdue ? 'rq-late' : undefined}>
                    {fmt.dateTime(request.dueBy)}
                  </time>{' '}
                  {row.overdue && <OverdueFlag />}
                </td>
                <td className="actions">
                  <RequestActions className="rq-row-actions" row={row} onOpen={onOpen} onMove={onMove} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
