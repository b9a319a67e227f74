import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamMember } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { myDayGroups } from './my-day-groups';
import { useTaskFormat } from './task-format';
import './tasks.css';

/** A one-page printout of My day (`#/tasks/print`): boxes to tick on paper, no navigation when printed. */
export function PrintMyDayScreen() {
  const { t } = useTranslation();
  const { currentUser, loading } = useCurrentUser();
  if (loading) return <Loading label={t('tasks.loading')} />;
  if (!currentUser) {
    return (
      <>
        <PageHeader title={t('tasks.print.title')} />
        <EmptyState title={t('tasks.myDay.nobodyTitle')}>
          <p>{t('tasks.myDay.nobodyBody')}</p>
        </EmptyState>
      </>
    );
  }
  return <PrintSheet member={currentUser} />;
}

function PrintSheet({ member }: { member: TeamMember }) {
  const { t } = useTranslation();
  const format = useTaskFormat();
  const myDay = useQuery('tasks:myDay', { assigneeId: member.id });
  const status = useQuery('app:status');
  const day = myDay.data;
  const groups = useMemo(() => (day ? myDayGroups(day, t) : []), [day, t]);
  return (
    <article className="task-print">
      <PageHeader
        title={t('tasks.print.title')}
        description={t('tasks.print.description')}
        actions={
          <>
            <Link to="/tasks" className="button button--secondary">
              {t('tasks.myDay.link')}
            </Link>
            <button type="button" className="button button--primary" disabled={!day} onClick={() => window.print()}>
              {t('tasks.print.print')}
            </button>
          </>
        }
      />
      {myDay.error ? <ErrorMessage error={myDay.error} onRetry={myDay.reload} /> : null}
      {day === undefined ? (
        myDay.error ? null : (
          <Loading label={t('tasks.loading')} />
        )
      ) : (
        <div className="task-print__sheet">
          <header className="task-print__head">
            {status.data?.firmName && <p className="task-print__firm">{status.data.firmName}</p>}
            <h2 className="task-print__title">{t('tasks.print.heading', { name: member.name })}</h2>
            <p className="task-print__date">{format.day(day.today)}</p>
          </header>
          {groups.map((group) => (
            <section key={group.key} className="task-print__group">
              <h3 className="task-print__group-title">{t('tasks.print.group', { title: group.title, count: group.rows.length })}</h3>
              {group.rows.length === 0 ? (
                <p className="task-print__empty">{group.empty}</p>
              ) : (
                <ul className="task-print__list">
                  {group.rows.map(({ task, clientName, complaint }) => (
                    <li key={task.id} className="task-print__item">
                      <span className="task-print__box" aria-hidden="true" />
                      <span className="task-print__text">
                        <span className="task-print__task">
                          {task.title}
                          {complaint && <strong> · {t('tasks.row.complaint')}</strong>}
                        </span>
                        <span className="task-print__meta">
                          {[
                            clientName,
                            format.due(task),
                            t(`tasks.priorities.${task.priority}`),
                            task.recurrence ? format.repeats(task.recurrence) : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </article>
  );
}
