import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../../app/app-status';
import { PageHeader } from '../../components/page-header';
import { BackupsPanel } from '../backups/backups-panel';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { status, setStatus } = useAppStatus();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <div className="stack">
        <section className="card" aria-labelledby="data-folder-title">
          <h2 id="data-folder-title" className="card__title">
            {t('settings.dataFolder.title')}
          </h2>
          <p className="card__description">{t('settings.dataFolder.body')}</p>
          <code className="path-box">{status.dataDir}</code>
          <dl className="facts">
            <div>
              <dt>{t('settings.dataFolder.firm')}</dt>
              <dd>{status.firmName || t('settings.dataFolder.noFirmName')}</dd>
            </div>
            <div>
              <dt>{t('settings.dataFolder.format')}</dt>
              <dd>{t('settings.dataFolder.formatValue', { version: status.schemaVersion })}</dd>
            </div>
          </dl>
        </section>
        <BackupsPanel purpose="manage" onRestored={setStatus} />
      </div>
    </>
  );
}
