import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketBatchStatus } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
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
  const regionRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // The backend answers once the batch has stopped, so the button stays busy until then.
  const cancel = useMutation('packets:batchCancel');

  // The batch has started: the reader is taken to where it reports.
  useEffect(() => regionRef.current?.focus(), []);

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
      {cancel.error ? <ErrorMessage error={cancel.error} /> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={cancel.busy}
          onClick={() =>
            void cancel.run({ id: status.id }).then((result) => {
              if (result.ok) onStatus(result.value);
            })
          }
        >
          {cancel.busy ? t('reviews.batch.cancelling') : t('reviews.batch.cancel')}
        </button>
      </div>
    </div>
  );
}
