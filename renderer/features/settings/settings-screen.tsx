import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { useAppStatus } from '../../app/app-status';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { BackupsPanel } from '../backups/backups-panel';
import { FirmSettingsForm } from './firm-settings-form';

function FirmCard() {
  const { t } = useTranslation();
  const { status, setStatus } = useAppStatus();
  const settings = useQuery('settings:get');
  if (settings.data) {
    return (
      <FirmSettingsForm
        settings={settings.data}
        onSaved={(saved) => {
          settings.setData(saved);
          setStatus({ ...status, firmName: saved.firmName });
        }}
      />
    );
  }
  return (
    <section className="card" aria-labelledby="firm-settings-title">
      <h2 id="firm-settings-title" className="card__title">
        {t('settings.firm.title')}
      </h2>
      {settings.error ? <ErrorMessage error={settings.error} onRetry={settings.reload} /> : <Loading />}
    </section>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation();
  const { status, setStatus } = useAppStatus();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <div className="stack">
        <FirmCard />
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
