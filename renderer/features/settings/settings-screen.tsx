import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Settings } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { useAppStatus } from '../../app/app-status';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { BackupsPanel } from '../backups/backups-panel';
import { FirmSettingsForm } from './firm-settings-form';
import { RequestTargetsForm } from './request-targets-form';

/** The firm and request-target forms, from one read of the settings; each save hands back the whole settings. */
function SettingsForms() {
  const { t } = useTranslation();
  const { status, setStatus } = useAppStatus();
  const settings = useQuery('settings:get');
  const [targetsResets, setTargetsResets] = useState(0);
  if (!settings.data) {
    return (
      <section className="card" aria-labelledby="firm-settings-title">
        <h2 id="firm-settings-title" className="card__title">
          {t('settings.firm.title')}
        </h2>
        {settings.error ? <ErrorMessage error={settings.error} onRetry={settings.reload} /> : <Loading />}
      </section>
    );
  }
  const onSaved = (saved: Settings) => settings.setData(saved);
  return (
    <>
      <FirmSettingsForm
        settings={settings.data}
        onSaved={(saved) => {
          onSaved(saved);
          setStatus({ ...status, firmName: saved.firmName });
        }}
      />
      <RequestTargetsForm
        // Saved elsewhere (another window, a restore) or cancelled: start again from what is saved.
        key={`${JSON.stringify(settings.data.requestTargetHours)}|${targetsResets}`}
        settings={settings.data}
        onSaved={onSaved}
        onCancel={() => setTargetsResets((count) => count + 1)}
      />
    </>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation();
  const { status, setStatus } = useAppStatus();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <div className="stack">
        <SettingsForms />
        <section className="card" aria-labelledby="workflows-settings-title">
          <h2 id="workflows-settings-title" className="card__title">
            {t('settings.workflows.title')}
          </h2>
          <p className="card__description">{t('settings.workflows.body')}</p>
          <Link to="/settings/workflows" className="button button--secondary">
            {t('settings.workflows.link')}
          </Link>
        </section>
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
