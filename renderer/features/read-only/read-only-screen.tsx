import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/model';
import { PageHeader } from '../../components/page-header';
import { StandaloneLayout } from '../../components/standalone-layout';
import { BackupsPanel } from '../backups/backups-panel';

interface Props {
  status: AppStatus;
  onRestored: (status: AppStatus) => void;
}

/** Shown when the data could not be opened safely. Nothing is written until the person chooses. */
export function ReadOnlyScreen({ status, onRestored }: Props) {
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
  return (
    <StandaloneLayout status={status}>
      <div className="stack card--wide">
        <section className="card notice-card">
          <PageHeader title={t('readOnly.corrupt.title')} />
          <p>{t('readOnly.corrupt.body')}</p>
          {status.quarantined.length > 0 && (
            <>
              <p>{t('readOnly.corrupt.quarantined', { count: status.quarantined.length })}</p>
              <ul className="file-list">
                {status.quarantined.map((file) => (
                  <li key={file}>
                    <code>{file}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="notice-card__next">{t('readOnly.corrupt.next')}</p>
        </section>
        <BackupsPanel purpose="recover" onRestored={onRestored} />
      </div>
    </StandaloneLayout>
  );
}
