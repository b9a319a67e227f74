import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/model';
import { useFormatters } from '../../i18n/format';

interface Props {
  dashboard: Pick<Dashboard, 'work' | 'reviewsDueThisMonth' | 'reviewsOverdue'>;
  /** Whose book the counts are for; null for the whole firm. */
  ownerId: string | null;
}

/** Tasks, requests and reviews waiting, each task and request count a link to the list behind it. */
export function WorkTiles({ dashboard, ownerId }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { overdue, dueToday, openRequests, overdueRequests } = dashboard.work;
  const { reviewsDueThisMonth, reviewsOverdue } = dashboard;
  const tasksLink = ownerId ? '/tasks' : '/tasks/team';
  const requestsLink = `/requests?view=list&status=open_any${ownerId ? `&owner=${ownerId}` : ''}`;
  const alert = (count: number) => (count > 0 ? ' dash-tile--alert' : '');

  return (
    <section className="card dash-card" aria-labelledby="dashboard-work-title">
      <h2 id="dashboard-work-title" className="card__title">
        {ownerId ? t('dashboard.work.titleMine') : t('dashboard.work.titleFirm')}
      </h2>
      <div className="dash-tiles">
        <Link to={tasksLink} className={`dash-tile${alert(overdue)}`}>
          <span className="dash-tile__value">{format.number(overdue)}</span>
          <span className="dash-tile__label">{t('dashboard.work.overdue', { count: overdue })}</span>
        </Link>
        <Link to={tasksLink} className="dash-tile">
          <span className="dash-tile__value">{format.number(dueToday)}</span>
          <span className="dash-tile__label">{t('dashboard.work.dueToday', { count: dueToday })}</span>
        </Link>
        <Link to={requestsLink} className="dash-tile dash-tile--wide">
          <span className="dash-tile__value">{format.number(openRequests)}</span>
          <span className="dash-tile__label">{t('dashboard.work.openRequests', { count: openRequests })}</span>
          {overdueRequests > 0 && (
            <span className="dash-tile__note">{t('dashboard.work.overdueRequests', { count: overdueRequests })}</span>
          )}
        </Link>
        <p className="dash-tile">
          <span className="dash-tile__value">{format.number(reviewsDueThisMonth)}</span>
          <span className="dash-tile__label">{t('dashboard.work.reviewsDue', { count: reviewsDueThisMonth })}</span>
        </p>
        <p className={`dash-tile${alert(reviewsOverdue)}`}>
          <span className="dash-tile__value">{format.number(reviewsOverdue)}</span>
          <span className="dash-tile__label">{t('dashboard.work.reviewsOverdue', { count: reviewsOverdue })}</span>
        </p>
      </div>
    </section>
  );
}
