import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/model';
import { demoRegions, type DemoRegion } from '../../../shared/model/demo-values';
import { useApi } from '../../api/api-context';
import { useAction } from '../../api/use-mutation';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { StandaloneLayout } from '../../components/standalone-layout';
import { ComputerLanguagePicker } from '../../i18n/language-picker';
import { shownLanguage } from '../../i18n/languages';
import { OfficeConnectForm } from '../office';
import { FirmLocaleChoice, useFirmLocaleChoice } from './firm-locale-choice';

type Choice = 'demo' | 'empty';

/** First run: an empty data folder. The person picks a demo firm to explore, an empty book, or the office's shared book. */
export function WelcomeScreen({ status, onReady }: { status: AppStatus; onReady: (status: AppStatus) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  /** The start chosen last: its button says it is under way. */
  const [chosen, setChosen] = useState<Choice>('demo');
  const start = useAction((choice: Choice, firm?: { locale: string; currency: string }, region?: DemoRegion) =>
    choice === 'demo'
      ? api.invoke('setup:loadDemo', { region })
      : // The packets' agenda and disclosure start in the language the book is set up in.
        api.invoke('setup:startEmpty', { ...firm, language: shownLanguage(i18n.language) }),
  );
  const busy = start.busy ? chosen : null;
  const { error } = start;
  const [connecting, setConnecting] = useState(false);

  // The empty book's locale and currency: the demo firm brings its own.
  const firmLocale = useFirmLocaleChoice();
  // An office whose computer writes rupees most likely wants to see the Indian firm.
  const [demoRegion, setDemoRegion] = useState<DemoRegion>(() => (firmLocale.draft.currency === 'INR' ? 'in' : 'us'));

  const choose = async (choice: Choice) => {
    const firm = choice === 'empty' ? firmLocale.chosen() : undefined;
    if (firm === null) return;
    setChosen(choice);
    const result = await start.run(choice, firm, demoRegion);
    if (result.ok) onReady(result.value);
  };

  return (
    <StandaloneLayout status={status}>
      <div className="welcome" aria-busy={busy !== null}>
        <PageHeader title={t('welcome.title')} description={t('welcome.intro')} />
        <ComputerLanguagePicker />
        {error ? <ErrorMessage error={error} /> : null}
        <div className="welcome__choices">
          <section className="card choice" aria-labelledby="choice-demo">
            <h2 id="choice-demo" className="card__title">
              {t('welcome.demo.title')}
            </h2>
            <p>{t('welcome.demo.body')}</p>
            <fieldset className="form-checks" disabled={busy !== null}>
              <legend className="field__label">{t('welcome.demo.region.legend')}</legend>
              {demoRegions.map((region) => (
                <label key={region} className="form-checks__item">
                  <input type="radio" name="demo-region" checked={demoRegion === region} onChange={() => setDemoRegion(region)} />
                  {t(`welcome.demo.region.${region}`)}
                </label>
              ))}
            </fieldset>
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void choose('demo')}>
              {busy === 'demo' ? t('welcome.demo.busy') : t('welcome.demo.action')}
            </button>
          </section>
          <section className="card choice" aria-labelledby="choice-empty">
            <h2 id="choice-empty" className="card__title">
              {t('welcome.empty.title')}
            </h2>
            <p>{t('welcome.empty.body')}</p>
            <FirmLocaleChoice choice={firmLocale} disabled={busy !== null} />
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void choose('empty')}>
              {busy === 'empty' ? t('welcome.empty.busy') : t('welcome.empty.action')}
            </button>
          </section>
          <section className="card choice" aria-labelledby="choice-office">
            <h2 id="choice-office" className="card__title">
              {t('officeConnect.welcomeTitle')}
            </h2>
            <p>{t('officeConnect.welcomeBody')}</p>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null || connecting}
              aria-expanded={connecting}
              aria-controls="office-connect-card"
              onClick={() => setConnecting(true)}
            >
              {t('officeConnect.welcomeAction')}
            </button>
          </section>
        </div>
        {connecting && (
          <section id="office-connect-card" className="card card--narrow" aria-labelledby="office-connect-title">
            <h2 id="office-connect-title" className="card__title">
              {t('officeConnect.welcomeTitle')}
            </h2>
            <OfficeConnectForm onConnected={onReady} />
          </section>
        )}
        {busy && <Loading label={busy === 'demo' ? t('welcome.demo.progress') : t('welcome.empty.progress')} />}
      </div>
    </StandaloneLayout>
  );
}
