import { useTranslation } from 'react-i18next';
import type { RequestRow, RequestStatus } from '../../../shared/model';
import { Badge, type BadgeTone } from '../../components/badge';

const statusTone: Record<RequestStatus, BadgeTone> = {
  received: 'info',
  in_progress: 'info',
  waiting: 'warning',
  resolved: 'success',
  closed: 'muted',
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <Badge tone={statusTone[status]}>{t(`requests.statuses.${status}`)}</Badge>;
}

/** The complaint marker: a red badge whose text says what it is, so it is not colour alone. */
export function ComplaintFlag() {
  const { t } = useTranslation();
  return (
    <span className="rq-flag rq-flag--complaint" title={t('requests.complaintHint')}>
      <span aria-hidden="true">!</span> {t('requests.complaint')}
    </span>
  );
}

export function OverdueFlag() {
  const { t } = useTranslation();
  return (
    <span className="rq-flag rq-flag--overdue" title={t('requests.overdueHint')}>
      {t('requests.overdue')}
    </span>
  );
}

/** The request's type, as a complaint flag when it is one (the type and the flag would say the same word). */
export function RequestTypeLabel({ row }: { row: RequestRow }) {
  const { t } = useTranslation();
  return row.request.type === 'complaint' ? <ComplaintFlag /> : <>{t(`requests.types.${row.request.type}`)}</>;
}

/**
 * What the client asked for: the description, cut to two lines by the stylesheet (the whole of it
 * in the tooltip and in the request's detail), so a card or row says more than its type.
 */
export function RequestSubject({ row }: { row: RequestRow }) {
  return (
    <span className="rq-subject" title={row.request.description}>
      {row.request.description}
    </span>
  );
}

/** "Okafor Household: Money movement": how buttons and notices name one request. */
export function useRequestName() {
  const { t } = useTranslation();
  return (row: RequestRow) => t('requests.requestName', { client: row.clientName, type: t(`requests.types.${row.request.type}`) });
}
