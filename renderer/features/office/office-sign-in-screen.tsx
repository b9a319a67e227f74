import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/model';
import { ErrorMessage } from '../../components/error-message';
import { PageHeader } from '../../components/page-header';
import { StandaloneLayout } from '../../components/standalone-layout';
import { OfficeConnectForm } from './office-connect-form';
import { useSwitchToLocalBook } from './use-switch-to-local-book';

/**
 * This workstation opens the office book and needs the password to: the sign-in, with the saved
 * connection filled in, or back to the book kept on this computer.
 */
export function OfficeSignInScreen({ status, onReady }: { status: AppStatus; onReady: (status: AppStatus) => void }) {
  const { t } = useTranslation();
  const { busy, error, switchToLocalBook } = useSwitchToLocalBook(onReady);
  return (
    <StandaloneLayout status={status}>
      <div className="office-sign-in">
        <PageHeader
          title={t('officeConnect.signInTitle')}
          description={t('officeConnect.signInIntro', { database: status.office?.database ?? '', server: status.office?.server ?? '' })}
        />
        <section className="card">
          <OfficeConnectForm onConnected={onReady} submitLabel={t('officeConnect.signIn')} />
        </section>
        <section className="card" aria-labelledby="office-local-title">
          <h2 id="office-local-title" className="card__title">
            {t('officeConnect.localTitle')}
          </h2>
          <p className="card__description">{t('officeConnect.localBody')}</p>
          {error ? <ErrorMessage error={error} /> : null}
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void switchToLocalBook()}>
            {t('officeConnect.useLocal')}
          </button>
        </section>
      </div>
    </StandaloneLayout>
  );
}
