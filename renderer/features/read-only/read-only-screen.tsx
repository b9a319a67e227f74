import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/model';
import { PageHeader } from '../../components/page-header';
import { StandaloneLayout } from '../../components/standalone-layout';
import { BackupsPanel } from '../backups';
import { RecoveryCard } from './recovery-card';

export interface ReadOnlyProps {
  status: AppStatus;
  onRestored: (status: AppStatus) => void;
}

/**
 * Shown when the data could not be opened safely: the book recovered from the intact files, when
 * there is one, and the backups. Nothing is written until the person chooses.
 */
export function ReadOnlyScreen({ status, onRestored }: ReadOnlyProps) {
  const { t } = useTranslation();
  if (status.readOnlyReason === 'newer-version') {
    return (
      <StandaloneLayout status={status}>
        <section className="card card--narrow notice-card">
          <PageHeader title={t('readOnly.newer.title')} />
          <p>{t('readOnly.newer.body')}</p>
          {status.fileSchemaVersion !== null && (
            <p className="text-muted">
              {t('readOnly.newer.versions', { file: status.fileSchemaVersion, supported: status.schemaVersion })}
            </p>
          )}
          <p className="notice-card__safe">{t('readOnly.newer.safe')}</p>
        </section>
      </StandaloneLayout>
    );
  }
  const quarantined = <QuarantinedFiles files={status.quarantined} />;
  return (
    <StandaloneLayout status={status}>
      <div className="stack card--wide">
        {status.recovery ? (
          <RecoveryCard status={status} recovery={status.recovery} onAccepted={onRestored}>
            {quarantined}
          </RecoveryCard>
        ) : (
          <section className="card notice-card">
            <PageHeader title={t('readOnly.corrupt.title')} />
            <p>{t('readOnly.corrupt.body')}</p>
            {quarantined}
            <p className="notice-card__next">{t('readOnly.corrupt.next')}</p>
          </section>
        )}
        <BackupsPanel purpose={status.recovery ? 'instead' : 'recover'} onRestored={onRestored} />
      </div>
    </StandaloneLayout>
  );
}

/** The damaged files, moved aside where nothing overwrites them. */
function QuarantinedFiles({ files }: { files: string[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <>
      <p>{t('readOnly.corrupt.quarantined', { count: files.length })}</p>
      <ul className="file-list">
        {files.map((file) => (
          <li key={file}>
            <code>{file}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
