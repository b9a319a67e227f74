import type { TFunction } from 'i18next';
import type { MyDay } from '../../../shared/model';
import type { TaskGroup } from './task-list';

/** My day's sections, in the order they are worked through; the screen and the printout share them. */
export function myDayGroups(day: MyDay, t: TFunction): TaskGroup[] {
  return [
    { key: 'overdue', title: t('tasks.myDay.overdue'), rows: day.overdue, empty: t('tasks.myDay.overdueEmpty'), overdue: true },
    { key: 'today', title: t('tasks.myDay.today'), rows: day.dueToday, empty: t('tasks.myDay.todayEmpty') },
    { key: 'upcoming', title: t('tasks.myDay.upcoming'), rows: day.upcoming, empty: t('tasks.myDay.upcomingEmpty') },
    { key: 'waiting', title: t('tasks.myDay.waiting'), rows: day.waiting, empty: t('tasks.myDay.waitingEmpty') },
  ];
}
