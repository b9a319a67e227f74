import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Settings } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { useAppStatus } from '../../app/app-status';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { DataSection } from './data-section';
import { FirmSettingsForm } from './firm-settings-form';
import { HealthSettingsForm } from './health-settings-form';
import { LanguageSection } from './language-section';
import { PacketSettingsForm } from './packet-settings-form';
import { RequestTargetsForm } from './request-targets-form';
import { UpdatesSection } from './updates-section';
import { WorkstationSignInSection } from './workstation-sign-in-section';

/** The firm, request-target, client-health and review-packet forms, from one read of the settings; each save hands back the whole settings. */
function SettingsForms() {
  const { t } = useTranslation();
  const { status, setStatus } = useAppStatus();
  const settings = useQuery('settings:get');
  // Cancelling one form starts it again from what is saved, without touching the others.
  const [resets, setResets] = useState({ targets: 0, health: 0, packets: 0 });
  const reset = (form: keyof typeof resets) => setResets((prev) => ({ ...prev, [form]: prev[form] + 1 }));
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
        key={`${JSON.stringify(settings.data.requestTargetHours)}|${resets.targets}`}
        settings={settings.data}
        onSaved={onSaved}
        onCancel={() => reset('targets')}
      />
      <HealthSettingsForm
        key={`${JSON.stringify(settings.data.health)}|${resets.health}`}
        settings={settings.data}
        onSaved={onSaved}
        onCancel={() => reset('health')}
      />
      <PacketSettingsForm
        key={`${JSON.stringify(settings.data.packets)}|${resets.packets}`}
        settings={settings.data}
        onSaved={onSaved}
        onCancel={() => reset('packets')}
      />
    </>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <div className="stack">
        <LanguageSection />
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
        <WorkstationSignInSection />
        <UpdatesSection />
        <DataSection />
      </div>
    </>
  );
}
