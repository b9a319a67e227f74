import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, RecoveryReport } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/error-message';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';

interface Props {
  status: AppStatus;
  recovery: RecoveryReport;
  onAccepted: (status: AppStatus) => void;
  /** The damaged files, where they were put aside. */
  children: ReactNode;
}

/**
 * After a damaged start: what Clientbook could prove from the intact files, what it could not, and
 * "Use the recovered book". Nothing is written until the person chooses this or a backup.
 */
export function RecoveryCard({ status, recovery, onAccepted, children }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const acceptRecovery = useMutation('recovery:accept');
  const { busy, error } = acceptRecovery;
  const { base, lost, invalidRecord } = recovery;

  const accept = async () => {
    const result = await acceptRecovery.run({});
    if (result.ok) onAccepted(result.value);
  };

  /** When the lost changes were made: one time when they all fall in the same minute, else from … to …. */
  const describeLost = () => {
    if (!lost.firstAt || !lost.lastAt) return t('readOnly.recovery.lostUntimed', { count: lost.count });
    const [first, last] = [format.dateTime(lost.firstAt), format.dateTime(lost.lastAt)];
    if (lost.onlyInTrail) return t('readOnly.recovery.lostOnlyInTrail', { count: lost.count, first, last });
    return first === last
      ? t('readOnly.recovery.lostAt', { count: lost.count, first })
      : t('readOnly.recovery.lost', { count: lost.count, first, last });
  };

  const source =
    base.kind === 'snapshot'
      ? t('readOnly.recovery.source.snapshot')
      : t('readOnly.recovery.source.backup', { time: format.dateTime(base.savedAt) });

  return (
    <section className="card notice-card recovery-card">
      <PageHeader title={t('readOnly.recovery.title')} />
      <p>
        {t(`readOnly.recovery.damaged.${recovery.damaged}`)}
        {invalidRecord && (
          <>
            {' '}
            {t('readOnly.recovery.invalidRecord')} <code>{describeRecord(invalidRecord)}</code>
          </>
        )}
      </p>
      <p className="notice-card__next">
        {t('readOnly.recovery.recovered', { time: format.dateTime(recovery.recoveredThrough), count: status.counts.clients })}
      </p>
      <p className="text-muted">{t('readOnly.recovery.from', { source, count: recovery.replayed })}</p>
      {lost.count === 0 ? (
        <p className="notice-card__safe">{t('readOnly.recovery.nothingLost')}</p>
      ) : (
        <p className="recovery-card__lost">{describeLost()}</p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void accept()}>
          {busy ? t('readOnly.recovery.accepting') : t('readOnly.recovery.accept')}
        </button>
      </div>
      <p className="text-muted">{t('readOnly.recovery.orBackup')}</p>
      {children}
    </section>
  );
}

/** "clients cl_123, field name": which record, never what it holds. */
function describeRecord(record: RecoveryReport['invalidRecord'] & object): string {
  return [record.collection, record.id, record.field].filter(Boolean).join(' · ');
}
