import type { ImportFieldName } from '../../../../../shared/model';
import { message } from '../../../../../shared/messages';
import { recordSchemas } from '../../../store';
import { newTask } from '../../tasks';
import type { RecordReader } from '../incoming';
import { readers } from '../row-checker';

const taskFieldOf: Record<string, ImportFieldName> = { title: 'title', notes: 'notes', dueOn: 'dueOn' };

export const readTask: RecordReader = (check) => {
  const at = check.ctx.now().toISOString();
  return (row, client) => {
    const dueOn = check.day('dueOn');
    const assignee = check.member('assignee', true);
    const status = check.word('status', readers.taskStatus, 'taskStatus');
    const priority = check.word('priority', readers.priority, 'priority');
    const category = check.word('category', readers.category, 'taskCategory');
    if (client === undefined || dueOn === undefined || !check.ok) return undefined;
    const assigneeId = assignee?.id ?? client?.primaryManagerId;
    if (!assigneeId) {
      check.fail('assignee', message('importRows.taskWithoutAssignee'));
      return undefined;
    }
    check.memberIds.add(assigneeId);
    const done = status === 'done';
    const task = check.valid(
      recordSchemas.tasks,
      {
        ...newTask(
          {
            clientId: client?.id ?? null,
            title: check.text('title'),
            assigneeId,
            dueOn,
            category: category ?? 'follow_up',
            createdById: assigneeId,
            notes: check.text('notes'),
            priority: priority ?? 'normal',
          },
          at,
        ),
        status: status ?? 'open',
        skipped: status === 'cancelled',
        completedById: done ? assigneeId : null,
        completedAt: done ? at : null,
      },
      taskFieldOf,
    );
    return task ? { row, collection: 'tasks', record: task, replaces: false } : undefined;
  };
};
