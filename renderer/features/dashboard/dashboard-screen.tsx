import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/model';
import { skipToken, useQuery } from '../../api/use-query';
import { useAppStatus } from '../../app/app-status';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { lazyScreen } from '../../components/lazy-screen';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { AtRiskCard } from './at-risk-card';
import './dashboard.css';
import { LostClientsCard, RetentionCard } from './departures-cards';
import { WorkTiles } from './work-tiles';

// The chart library is most of the app's code and this card sits below the fold: it follows the screen.
const SatisfactionCard = lazyScreen(() => import('./satisfaction-card').then((card) => card.SatisfactionCard));

/** The home screen: the current user's book (or the whole firm), its health, satisfaction, work and retention. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const { status } = useAppStatus();
  const { currentUser, loading: userLoading } = useCurrentUser();
  const [firmWide, setFirmWide] = useState(false);
  // With nobody chosen there is no "my book": the firm is shown.
  const managerId = currentUser && !firmWide ? currentUser.id : null;
  // Wait for the team list so the firm is not fetched only to be replaced by the user's book.
  const dashboard = useQuery('dashboard:get', userLoading ? skipToken : { managerId });

  const scopeToggle = currentUser && (
    <div className="segmented" role="group" aria-label={t('dashboard.scope.label')}>
      <button type="button" className="segmented__option" aria-pressed={!firmWide} onClick={() => setFirmWide(false)}>
        {t('dashboard.scope.mine')}
      </button>
      <button type="button" className="segmented__option" aria-pressed={firmWide} onClick={() => setFirmWide(true)}>
        {t('dashboard.scope.firm')}
      </button>
    </div>
  );

  let body;
  if (dashboard.data) body = <DashboardBody dashboard={dashboard.data} managerId={managerId} />;
  else if (dashboard.error) body = <ErrorMessage error={dashboard.error} onRetry={dashboard.reload} />;
  else body = <Loading label={t('dashboard.loading')} />;

  return (
    <>
      <PageHeader title={t('dashboard.title')} description={status.firmName || t('dashboard.description')} actions={scopeToggle} />
      {!currentUser && !userLoading && <p className="dash-scope-note">{t('dashboard.scope.nobody')}</p>}
      {/* A failed refresh keeps the last answer on screen and says so above it. */}
      {dashboard.data && dashboard.error ? <ErrorMessage error={dashboard.error} onRetry={dashboard.reload} /> : null}
      <div className="dash" aria-busy={dashboard.loading}>
        {body}
      </div>
    </>
  );
}

function DashboardBody({ dashboard, managerId }: { dashboard: Dashboard; managerId: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { book } = dashboard;
  return (
    <>
      {/* A tile has room for three figures ("₹13.3Cr", "$210M"); the whole amount is its title. */}
      <section className="dash-book" aria-label={t('dashboard.book.label')}>
        <p className="card stat">
          <span className="stat__value">{format.number(book.households)}</span>
          <span className="stat__label">{t('dashboard.book.households', { count: book.households })}</span>
        </p>
        <p className="card stat">
          <span className="stat__value" title={format.money(book.assets)}>
            {format.compactMoney(book.assets)}
          </span>
          <span className="stat__label">{t('dashboard.book.assets')}</span>
        </p>
        <p className="card stat">
          <span className="stat__value" title={format.money(book.annualRevenue)}>
            {format.compactMoney(book.annualRevenue)}
          </span>
          <span className="stat__label">{t('dashboard.book.revenue')}</span>
        </p>
      </section>
      <div className="dash-row">
        <AtRiskCard dashboard={dashboard} />
        <WorkTiles dashboard={dashboard} ownerId={managerId} />
      </div>
      <div className="dash-row">
        <SatisfactionCard dashboard={dashboard} />
        <RetentionCard dashboard={dashboard} />
      </div>
      <LostClientsCard dashboard={dashboard} />
    </>
  );
}
