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
import { quickAddKey, useOpenQuickAdd } from './quick-add';
import { TaskBoard } from './task-board';
import { useTaskFormat } from './task-format';
import './tasks.css';

/** My day (`#/tasks`): the current person's overdue, today's, the next week's and waiting tasks. */
export function TasksScreen() {
  const { t } = useTranslation();
  const { currentUser, loading } = useCurrentUser();
  const openQuickAdd = useOpenQuickAdd();
  return (
    <>
      <PageHeader
        title={t('tasks.myDay.title')}
        description={t('tasks.myDay.description')}
        actions={
          <>
            <Link to="/tasks/team" className="button button--secondary">
              {t('tasks.team.link')}
            </Link>
            {currentUser && (
              <Link to="/tasks/print" className="button button--secondary">
                {t('tasks.print.link')}
              </Link>
            )}
            {openQuickAdd && (
              <button type="button" className="button button--primary" aria-keyshortcuts={quickAddKey.toUpperCase()} onClick={openQuickAdd}>
                {t('tasks.quickAdd.open')}
                <kbd className="kbd" aria-hidden="true">
                  {quickAddKey.toUpperCase()}
                </kbd>
              </button>
            )}
          </>
        }
      />
      {loading ? (
        <Loading label={t('tasks.loading')} />
      ) : currentUser ? (
        <MyDayBoard member={currentUser} />
      ) : (
        <EmptyState
          title={t('tasks.myDay.nobodyTitle')}
          actions={
            <Link to="/tasks/team" className="button button--secondary">
              {t('tasks.team.link')}
            </Link>
          }
        >
          <p>{t('tasks.myDay.nobodyBody')}</p>
        </EmptyState>
      )}
    </>
  );
}

function MyDayBoard({ member }: { member: TeamMember }) {
  const { t } = useTranslation();
  const format = useTaskFormat();
  const myDay = useQuery('tasks:myDay', { assigneeId: member.id });
  const day = myDay.data;
  const groups = useMemo(() => (day ? myDayGroups(day, t) : []), [day, t]);
  if (day === undefined)
    return myDay.error ? <ErrorMessage error={myDay.error} onRetry={myDay.reload} /> : <Loading label={t('tasks.loading')} />;
  return (
    <>
      {myDay.error ? <ErrorMessage error={myDay.error} onRetry={myDay.reload} /> : null}
      <p className="result-count">{t('tasks.myDay.summary', { name: member.name, day: format.day(day.today) })}</p>
      <TaskBoard groups={groups} onChanged={myDay.reload} />
    </>
  );
}
