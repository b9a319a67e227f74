import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketBatchStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';

/** The batch while it runs: its progress, a failed poll with "Try again", and Cancel. */
export function BatchProgress({
  status,
  pollError,
  onRetry,
  onStatus,
}: {
  status: PacketBatchStatus;
  pollError: unknown;
  onRetry: () => void;
  onStatus: (status: PacketBatchStatus) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const regionRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<unknown>(null);

  // The batch has started: the reader is taken to where it reports.
  useEffect(() => regionRef.current?.focus(), []);

  const cancel = async () => {
    setCancelling(true);
    setCancelError(null);
    try {
      onStatus(await api.invoke('packets:batchCancel', { id: status.id }));
    } catch (error) {
      setCancelError(error);
      setCancelling(false);
    }
  };

  const text = t('reviews.batch.progress', { done: status.done, count: status.total });
  return (
    <div ref={regionRef} className="rv-batch__progress" role="region" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="rv-batch__subtitle">
        {t('reviews.batch.making')}
      </h3>
      <progress
        className="rv-progress"
        max={Math.max(status.total, 1)}
        value={status.done}
        aria-label={t('reviews.batch.progressLabel')}
        aria-valuetext={text}
      />
      <p className="rv-batch__count" aria-live="polite">
        {text}
      </p>
      {pollError ? <ErrorMessage error={pollError} onRetry={onRetry} /> : null}
      {cancelError ? <ErrorMessage error={cancelError} /> : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={cancelling} onClick={() => void cancel()}>
          {cancelling ? t('reviews.batch.cancelling') : t('reviews.batch.cancel')}
        </button>
      </div>
    </div>
  );
}
