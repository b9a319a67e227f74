import { useTranslation } from 'react-i18next';
import type { RequestRow, RequestStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { useCurrentUser } from '../../app/current-user';
import { useDescribeError } from '../../components/use-describe-error';
import { useNotify } from '../../components/notices';
import { useRequestName } from './request-flags';

/** Resolving or closing a complaint needs its resolution written down; it cannot be a one-click move. */
export function needsResolution(row: RequestRow, status: RequestStatus): boolean {
  return row.request.type === 'complaint' && (status === 'resolved' || status === 'closed') && row.request.resolution.trim() === '';
}

/**
 * Moves a request from a card or a list row. A move that needs more (a complaint's resolution) is
 * handed to `onNeedsMore`, which opens the request with that status chosen.
 */
export function useMoveRequest({
  onNeedsMore,
  onMoved,
}: {
  onNeedsMore: (row: RequestRow, status: RequestStatus) => void;
  onMoved: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const describeError = useDescribeError();
  const requestName = useRequestName();
  const { currentUser } = useCurrentUser();
  const move = useAction(
    async (row: RequestRow, status: RequestStatus, byId: string) => {
      const { request } = row;
      await api.invoke('requests:setStatus', {
        id: request.id,
        status,
        // A complaint resolved earlier carries its resolution on to being closed.
        ...(request.type === 'complaint' && request.resolution.trim() ? { resolution: request.resolution } : {}),
        byId,
      });
    },
    {
      notice: (_moved, row, status) => t('requests.move.moved', { name: requestName(row), status: t(`requests.statuses.${status}`) }),
      failureNotice: describeError,
    },
  );

  return async (row: RequestRow, status: RequestStatus) => {
    if (!currentUser) {
      notify(t('requests.needUser'), 'error');
      return;
    }
    if (needsResolution(row, status)) {
      onNeedsMore(row, status);
      return;
    }
    if ((await move.run(row, status, currentUser.id)).ok) onMoved();
  };
}
