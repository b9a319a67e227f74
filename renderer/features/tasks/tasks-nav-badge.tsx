import { useTranslation } from 'react-i18next';
import { skipToken, useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import './tasks.css';

/** Beside "Tasks" in the navigation: how many of the current person's tasks are due today or overdue. */
export function TasksNavBadge() {
  const { t } = useTranslation();
  const { currentUser } = useCurrentUser();
  const counts = useQuery('tasks:counts', currentUser ? { memberId: currentUser.id } : skipToken);
  const due = counts.data ? counts.data.overdue + counts.data.dueToday : 0;
  if (due === 0) return null;
  return (
    <span className={`nav-count${counts.data?.overdue ? ' nav-count--overdue' : ''}`}>
      <span aria-hidden="true">{due}</span>
      <span className="visually-hidden">{t('tasks.navBadge', { count: due })}</span>
    </span>
  );
}
