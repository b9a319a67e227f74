import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { skipToken, useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useFormatters } from '../../i18n/format';

/** The current user's overdue and due-today tasks and open requests, each a link to the list behind it. */
export function WorkTiles() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { currentUser, loading } = useCurrentUser();
  const counts = useQuery('tasks:counts', currentUser ? { memberId: currentUser.id } : skipToken);

  let body;
  if (!currentUser) {
    body = loading ? <Loading label={t('dashboard.work.loading')} /> : <p className="text-muted">{t('dashboard.work.needUser')}</p>;
  } else if (counts.data) {
    const { overdue, dueToday, openRequests, overdueRequests } = counts.data;
    body = (
      <div className="stat-grid">
        <Link to="/tasks" className={`card stat${overdue > 0 ? ' stat--alert' : ''}`}>
          <span className="stat__value">{format.number(overdue)}</span>
          <span className="stat__label">{t('dashboard.work.overdue', { count: overdue })}</span>
        </Link>
        <Link to="/tasks" className="card stat">
          <span className="stat__value">{format.number(dueToday)}</span>
          <span className="stat__label">{t('dashboard.work.dueToday', { count: dueToday })}</span>
        </Link>
        <Link to={`/requests?view=list&status=open_any&owner=${currentUser.id}`} className="card stat">
          <span className="stat__value">{format.number(openRequests)}</span>
          <span className="stat__label">{t('dashboard.work.openRequests', { count: openRequests })}</span>
          {overdueRequests > 0 && <span className="stat__note">{t('dashboard.work.overdueRequests', { count: overdueRequests })}</span>}
        </Link>
      </div>
    );
  } else {
    body = counts.error ? <ErrorMessage error={counts.error} onRetry={counts.reload} /> : <Loading label={t('dashboard.work.loading')} />;
  }

  return (
    <section className="dashboard-work" aria-labelledby="dashboard-work-title">
      <h2 id="dashboard-work-title" className="dashboard-work__title">
        {t('dashboard.work.title')}
      </h2>
      {body}
    </section>
  );
}
