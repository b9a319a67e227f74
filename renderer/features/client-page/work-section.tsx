import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientDetail, TaskRow, WorkflowProgress } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useFormatters } from '../../i18n/format';
import { NewRequestForm, ComplaintFlag, OverdueFlag, RequestStatusBadge, RequestTypeLabel, byUrgency } from '../requests';
import { StartWorkflowForm } from '../workflows';
import { useFirmToday } from '../../components/dates';

type Adding = 'request' | 'workflow' | null;

/** The client's work in one place: running workflows, open tasks and service requests, and ways to add to them. */
export function WorkSection({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  const clientId = detail.client.id;
  const progress = useQuery('workflows:progress', { clientId });
  const tasks = useQuery('tasks:list', { clientId, status: 'open_any' });
  const requests = useQuery('requests:list', { clientId });
  const [adding, setAdding] = useState<Adding>(null);

  return (
    <section className="card cp-section" aria-labelledby="rq-work-title">
      <div className="card__header">
        <h2 id="rq-work-title" className="card__title">
          {t('requests.work.title')}
        </h2>
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" onClick={() => setAdding('request')}>
            {t('requests.new')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setAdding('workflow')}>
            {t('workflows.start.open')}
          </button>
        </div>
      </div>
      {adding === 'request' && (
        <NewRequestForm
          className="form-panel--inset"
          client={{ id: clientId, name: detail.client.name, managerId: detail.client.primaryManagerId }}
          onCancel={() => setAdding(null)}
          onCreated={() => {
            setAdding(null);
            requests.reload();
          }}
        />
      )}
      {adding === 'workflow' && (
        <StartWorkflowForm
          client={{ id: clientId, name: detail.client.name }}
          onCancel={() => setAdding(null)}
          onStarted={() => {
            setAdding(null);
            progress.reload();
            tasks.reload();
          }}
        />
      )}
      <div className="rq-work">
        <WorkPart title={t('requests.work.workflows')} query={progress}>
          {(runs) =>
            runs.length === 0 ? (
              <p className="text-muted">{t('requests.work.noWorkflows')}</p>
            ) : (
              <ul className="rq-work__list">
                {runs.map((run) => (
                  <WorkflowProgressItem key={run.run.id} progress={run} />
                ))}
              </ul>
            )
          }
        </WorkPart>
        <WorkPart title={t('requests.work.tasks')} query={tasks}>
          {(rows) =>
            rows.length === 0 ? (
              <p className="text-muted">{t('requests.work.noTasks')}</p>
            ) : (
              <ul className="rq-work__list" aria-label={t('requests.work.tasksLabel')}>
                {rows.map((row) => (
                  <TaskItem key={row.task.id} row={row} />
                ))}
              </ul>
            )
          }
        </WorkPart>
        <WorkPart title={t('requests.work.requests')} query={requests}>
          {(rows) =>
            rows.length === 0 ? (
              <p className="text-muted">{t('requests.work.noRequests')}</p>
            ) : (
              <>
                <ul className="rq-work__list" aria-label={t('requests.work.requestsLabel')}>
                  {[...rows].sort(byUrgency).map((row) => (
                    <li
                      key={row.request.id}
                      className={`rq-work__item${row.request.type === 'complaint' ? ' rq-work__item--complaint' : ''}`}
                    >
                      <p className="rq-work__head">
                        <Link to={`/requests?open=${row.request.id}`}>
                          <RequestTypeLabel row={row} />
                        </Link>
                        <RequestStatusBadge status={row.request.status} />
                        {row.overdue && <OverdueFlag />}
                      </p>
                      <RequestMeta dueBy={row.request.dueBy} owner={row.ownerName} />
                    </li>
                  ))}
                </ul>
                <Link to={`/requests?view=list&client=${clientId}`} className="rq-work__all">
                  {t('requests.work.allRequests')}
                </Link>
              </>
            )
          }
        </WorkPart>
      </div>
    </section>
  );
}

/** One part of the section: its heading, then the answer, a failure with a retry, or a spinner. */
function WorkPart<T>({
  title,
  query,
  children,
}: {
  title: string;
  query: { data: T | undefined; error: unknown; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="rq-work__part">
      <h3 className="rq-work__title">{title}</h3>
      {query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.data !== undefined ? children(query.data) : query.error ? null : <Loading label={t('requests.work.loading')} />}
    </div>
  );
}

function RequestMeta({ dueBy, owner }: { dueBy: string; owner: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <p className="rq-work__meta">
      {t('requests.work.dueBy', { when: fmt.dateTime(dueBy) })} · {owner}
    </p>
  );
}

function TaskItem({ row }: { row: TaskRow }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { task } = row;
  const today = useFirmToday();
  const overdue = task.dueOn !== null && task.dueOn < today;
  return (
    <li className={`rq-work__item${row.complaint ? ' rq-work__item--complaint' : ''}`}>
      <p className="rq-work__head">
        <span className="rq-work__name">{task.title}</span>
        {row.complaint && <ComplaintFlag />}
        {overdue && <OverdueFlag />}
      </p>
      <p className="rq-work__meta">
        {task.dueOn ? t('requests.work.taskDue', { date: fmt.day(task.dueOn) }) : t('requests.work.taskNoDue')} · {row.assigneeName}
      </p>
    </li>
  );
}

function WorkflowProgressItem({ progress }: { progress: WorkflowProgress }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { run, done, total, nextTask } = progress;
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  const doneText = t('workflows.progress.done', { done, count: total });
  return (
    <li className="rq-work__item wf-progress">
      <p className="rq-work__head">
        <span className="rq-work__name">{run.name}</span>
        <span className="rq-work__meta">{t('workflows.progress.started', { date: fmt.day(run.startedOn) })}</span>
      </p>
      <div
        className="wf-progress__bar"
        role="progressbar"
        aria-label={t('workflows.progress.label', { name: run.name })}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={doneText}
      >
        {/* Width through the CSSOM (allowed by the style-src CSP), never a style attribute in markup. */}
        <div className="wf-progress__fill" ref={(el) => el?.style.setProperty('--fill', `${percent}%`)} />
      </div>
      <p className="rq-work__meta">{doneText}</p>
      <p className="rq-work__meta">
        {nextTask === null
          ? t('workflows.progress.finished')
          : nextTask.task.dueOn
            ? t('workflows.progress.nextDue', {
                title: nextTask.task.title,
                name: nextTask.assigneeName,
                date: fmt.day(nextTask.task.dueOn),
              })
            : t('workflows.progress.next', { title: nextTask.task.title, name: nextTask.assigneeName })}
      </p>
    </li>
  );
}
