import { useTranslation } from 'react-i18next';
import type { TaskPriority, TaskRow, TaskStatus } from '../../../shared/model';
import { Badge, type BadgeTone } from '../../components/badge';
import { useTaskFormat } from './task-format';

const priorityTone: Record<TaskPriority, BadgeTone> = { high: 'warning', normal: 'muted', low: 'muted' };

const statusTone: Record<TaskStatus, BadgeTone> = {
  open: 'muted',
  in_progress: 'info',
  waiting_client: 'warning',
  waiting_colleague: 'warning',
  done: 'success',
  cancelled: 'muted',
};

/** What kind of task it is and where it stands: complaint, priority, status, category, repeat rule. */
export function TaskBadges({ row }: { row: TaskRow }) {
  const { t } = useTranslation();
  const format = useTaskFormat();
  const { task } = row;
  return (
    <ul className="task-badges" aria-label={t('tasks.row.about')}>
      {row.complaint && (
        <li>
          <span className="task-flag">{t('tasks.row.complaint')}</span>
        </li>
      )}
      <li>
        <Badge tone={priorityTone[task.priority]}>{t(`tasks.priorities.${task.priority}`)}</Badge>
      </li>
      <li>
        <Badge tone={statusTone[task.status]}>{t(`tasks.statuses.${task.status}`)}</Badge>
      </li>
      <li>
        <Badge tone="info">{t(`tasks.categories.${task.category}`)}</Badge>
      </li>
      {task.recurrence && (
        <li>
          <span className="task-repeat">
            <span aria-hidden="true">↻ </span>
            {format.repeats(task.recurrence)}
          </span>
        </li>
      )}
    </ul>
  );
}
