import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppStatus } from '../../app/app-status';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import './dashboard.css';
import { WorkTiles } from './work-tiles';

export function DashboardScreen() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { status } = useAppStatus();
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={status.firmName || t('dashboard.description')} />
      <WorkTiles />
      <div className="stat-grid">
        <Link to="/clients" className="card stat">
          <span className="stat__value">{format.number(status.counts.clients)}</span>
          <span className="stat__label">{t('dashboard.clients', { count: status.counts.clients })}</span>
        </Link>
        <Link to="/team" className="card stat">
          <span className="stat__value">{format.number(status.counts.teamMembers)}</span>
          <span className="stat__label">{t('dashboard.teamMembers', { count: status.counts.teamMembers })}</span>
        </Link>
      </div>
      <section className="card coming-soon" aria-labelledby="dashboard-next">
        <h2 id="dashboard-next" className="card__title">
          {t('dashboard.nextTitle')}
        </h2>
        <p>{t('dashboard.comingSoon')}</p>
      </section>
    </>
  );
}
