import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketBatchStatus } from '../../../shared/model';
import { WrittenFileButtons } from '../../components/written-file-buttons';

/** The batch once it has stopped: what was written where, and what failed. */
export function BatchSummary({ status, onAgain, onClose }: { status: PacketBatchStatus; onAgain: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const regionRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // The batch has ended: the reader is taken to what it did.
  useEffect(() => regionRef.current?.focus(), []);

  const written = status.files.length;
  return (
    <div ref={regionRef} className="rv-batch__summary" role="region" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId} className="rv-batch__subtitle">
        {status.state === 'cancelled' ? t('reviews.batch.cancelledTitle') : t('reviews.batch.doneTitle')}
      </h3>
      {status.state === 'cancelled' && <p>{t('reviews.batch.cancelledAfter', { done: status.done, count: status.total })}</p>}
      <p>{t('reviews.batch.written', { count: written })}</p>
      <code className="path-box">{status.folder}</code>
      {written > 0 && (
        <WrittenFileButtons
          file={{ kind: 'batch', id: status.id }}
          folder
          row
          named={(action) => t(action === 'open' ? 'reviews.batch.openFolderNamed' : 'reviews.batch.showInFolderNamed')}
        />
      )}
      {status.combinedFile && (
        <>
          <p>{t('reviews.batch.combinedFile')}</p>
          <code className="path-box">{status.combinedFile}</code>
        </>
      )}
      {status.failures.length === 0 ? (
        <p className="rv-batch__ok">{t('reviews.batch.noFailures')}</p>
      ) : (
        <>
          <h4 className="rv-batch__failures-title">{t('reviews.batch.failures', { count: status.failures.length })}</h4>
          <ul className="rv-batch__failures">
            {status.failures.map((failure) => (
              <li key={failure.clientId}>
                <strong>{failure.clientName}</strong>: {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onAgain}>
          {t('reviews.batch.again')}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('reviews.batch.close')}
        </button>
      </div>
    </div>
  );
}
