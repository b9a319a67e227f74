import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { BulkBar } from './bulk-bar';
import { TaskEditor } from './task-editor';
import { useTaskFormat } from './task-format';
import { TaskList, type TaskGroup } from './task-list';
import { useTaskSelection } from './use-task-selection';
import { useTaskSteps, type StepNotice } from './use-task-steps';

interface Props {
  /** Memoise: the selection follows the order of the tasks in them. */
  groups: TaskGroup[];
  /** Reload the tasks after a change made here. */
  onChanged: () => void;
  showAssignee?: boolean;
}

/**
 * A list of tasks to work through: tick off (with undo), skip, open to edit, and act on several at
 * once. Changes are made in the name of the person at the workstation.
 */
export function TaskBoard({ groups, onChanged, showAssignee = false }: Props) {
  const { t } = useTranslation();
  const { currentUser } = useCurrentUser();
  const byId = currentUser?.id ?? null;
  const steps = useTaskSteps(byId, onChanged);
  const order = useMemo(() => [...new Set(groups.flatMap((group) => group.rows.map((row) => row.task.id)))], [groups]);
  const selection = useTaskSelection(order);
  const [editingKey, setEditingKey] = useState<string | null>(null);

  return (
    <div className="task-board">
      <div className="task-notice" role="status">
        {steps.notice && (
          <>
            <NoticeText notice={steps.notice} />
            <span className="button-row">
              <button type="button" className="button button--secondary button--small" aria-keyshortcuts="U" onClick={steps.undo}>
                {t('tasks.notice.undo')}
              </button>
              <button type="button" className="button button--ghost button--small" onClick={steps.dismiss}>
                {t('common.dismiss')}
              </button>
            </span>
          </>
        )}
      </div>
      {steps.error ? <ErrorMessage error={steps.error} /> : null}
      {!byId && <p className="task-needs-user">{t('tasks.needUser')}</p>}
      {byId && selection.selectedIds.length > 0 && (
        <BulkBar
          ids={selection.selectedIds}
          byId={byId}
          onClear={selection.clear}
          onDone={() => {
            selection.clear();
            onChanged();
          }}
        />
      )}
      <TaskList
        groups={groups}
        selection={selection}
        steps={steps}
        canChange={byId !== null}
        showAssignee={showAssignee}
        editingKey={editingKey}
        onEdit={setEditingKey}
        renderEditor={(row) =>
          byId ? <TaskEditor key={row.task.id} row={row} byId={byId} onSaved={onChanged} onClose={() => setEditingKey(null)} /> : null
        }
      />
    </div>
  );
}

function NoticeText({ notice }: { notice: StepNotice }) {
  const { t } = useTranslation();
  const format = useTaskFormat();
  const title = notice.task.title;
  const text = notice.next
    ? t(`tasks.notice.${notice.kind}Next`, { title, due: format.due(notice.next) })
    : t(`tasks.notice.${notice.kind}`, { title });
  return <span className="task-notice__text">{text}</span>;
}
