import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskBulk } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';

interface Props {
  ids: readonly string[];
  byId: string;
  onDone: () => void;
  onClear: () => void;
}

/** What can be done to several selected tasks at once (tasks:bulk): tick off, reassign, move the due date. */
export function BulkBar({ ids, byId, onDone, onClear }: Props) {
  const { t } = useTranslation();
  const { members } = useCurrentUser();
  const assigneeId = useId();
  const dueId = useId();
  const [toAssignee, setToAssignee] = useState('');
  const [toDay, setToDay] = useState('');
  const bulk = useMutation('tasks:bulk', {
    notice: ({ changed }, { action }) => t(`tasks.bulk.done.${action.kind}`, { count: changed }),
  });
  const { busy, error } = bulk;

  const run = async (action: TaskBulk['action']) => {
    const result = await bulk.run({ ids: [...ids], action, byId });
    if (result.ok) onDone();
  };

  return (
    <div className="task-bulk" role="group" aria-label={t('tasks.bulk.label')} aria-busy={busy}>
      <span className="selection-bar__count">{t('tasks.bulk.count', { count: ids.length })}</span>
      <button type="button" className="button button--primary button--small" disabled={busy} onClick={() => void run({ kind: 'complete' })}>
        {t('tasks.bulk.complete')}
      </button>
      <form
        className="task-bulk__action"
        onSubmit={(event) => {
          event.preventDefault();
          if (toAssignee) void run({ kind: 'reassign', assigneeId: toAssignee });
        }}
      >
        <label htmlFor={assigneeId} className="task-bulk__label">
          {t('tasks.bulk.assignee')}
        </label>
        <select id={assigneeId} className="select" value={toAssignee} onChange={(event) => setToAssignee(event.target.value)}>
          <option value="">{t('form.choose')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary button--small" disabled={busy || !toAssignee}>
          {t('tasks.bulk.reassign')}
        </button>
      </form>
      <form
        className="task-bulk__action"
        onSubmit={(event) => {
          event.preventDefault();
          if (toDay) void run({ kind: 'reschedule', dueOn: toDay });
        }}
      >
        <label htmlFor={dueId} className="task-bulk__label">
          {t('tasks.bulk.dueOn')}
        </label>
        <input id={dueId} type="date" className="input" value={toDay} onChange={(event) => setToDay(event.target.value)} />
        <button type="submit" className="button button--secondary button--small" disabled={busy || !toDay}>
          {t('tasks.bulk.reschedule')}
        </button>
      </form>
      <button type="button" className="button button--ghost button--small" disabled={busy} onClick={onClear}>
        {t('tasks.bulk.clear')}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
