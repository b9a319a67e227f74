import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketBatchStatus } from '../../../shared/model';
import { BatchProgress } from './batch-progress';
import { BatchSetup } from './batch-setup';
import { BatchSummary } from './batch-summary';
import { useBatchProgress } from './use-batch-progress';

interface Props {
  /** The Reviews screen's manager filter: the batch offers that manager's clients, or everyone's when null. */
  managerId: string | null;
  managerName: string | null;
  onClose: () => void;
}

/** "Print packets…": one review packet per client whose review falls in a period, written to a folder, with progress and a summary. */
export function BatchPacketsPanel({ managerId, managerName, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [batch, setBatch] = useState<PacketBatchStatus | null>(null);
  /** Counts batches, so "Make another batch" starts a fresh form. */
  const [round, setRound] = useState(0);
  const progress = useBatchProgress(batch, setBatch);
  const running = batch?.state === 'running';

  useEffect(() => titleRef.current?.focus(), []);

  return (
    <section
      className="card rv-batch"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !running && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="card__header">
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="card__title">
          {t('reviews.batch.title')}
        </h2>
        {!running && (
          <button type="button" className="button button--ghost button--small" onClick={onClose}>
            {t('reviews.batch.close')}
          </button>
        )}
      </div>
      {batch === null ? (
        <BatchSetup key={round} managerId={managerId} managerName={managerName} onStarted={setBatch} />
      ) : batch.state === 'running' ? (
        <BatchProgress status={batch} pollError={progress.error} onRetry={progress.retry} onStatus={setBatch} />
      ) : (
        <BatchSummary
          status={batch}
          onAgain={() => {
            setBatch(null);
            setRound((n) => n + 1);
          }}
          onClose={onClose}
        />
      )}
    </section>
  );
}
