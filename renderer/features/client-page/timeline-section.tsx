import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contract } from '../../../shared/contract';
import { interactionKinds, type ClientDetail, type Interaction, type TaskRow, type TeamMember } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { Badge } from '../../components/badge';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/notices';
import { useFormatters } from '../../i18n/format';
import { instantFromLocal, localDateTimeInput, useDayFormat } from '../../components/dates';
import { CheckboxGroup } from '../../components/form/checkbox-fields';
import { TextAreaField } from '../../components/form/text-area-field';
import { KindIcon } from './kind-icon';
import { numberOrNull, orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';
import { useKeyShortcut } from '../../components/use-key-shortcut';

/** On a client's page: to the form that logs a call, meeting or email. */
export const logInteractionKey = 'l';

type Kind = Interaction['kind'];

/** How many interactions show at first, and how many more each "Show older" adds. */
const pageSize = 25;

/** Everything that happened with the household, newest first, and a quick way to add to it. */
export function TimelineSection({ detail, members, onLogged }: { detail: ClientDetail; members: TeamMember[]; onLogged: () => void }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [limit, setLimit] = useState(pageSize);
  const clientId = detail.client.id;
  const timeline = useQuery('interactions:list', { clientId, ...(kinds.length > 0 ? { kinds } : {}), limit });
  const followUps = useFollowUps(clientId);
  const staffNames = new Map(members.map((m) => [m.id, m.name]));
  const personNames = new Map(detail.people.map((p) => [p.id, p.name]));

  const toggleKind = (kind: Kind) => setKinds((prev) => (prev.includes(kind) ? prev.filter((k) => k !== kind) : [...prev, kind]));

  return (
    <section className="card cp-section" aria-labelledby="cp-timeline-title">
      <div className="card__header">
        <h2 id="cp-timeline-title" className="card__title">
          {t('clientPage.timeline.title')}
        </h2>
      </div>
      <LogInteractionForm
        detail={detail}
        members={members}
        onLogged={(interaction) => {
          if (kinds.length > 0 && !kinds.includes(interaction.kind)) setKinds([]);
          timeline.reload();
          onLogged();
        }}
      />
      <div className="cp-chips" role="group" aria-label={t('clientPage.timeline.filterLabel')}>
        <button type="button" className="cp-chip" aria-pressed={kinds.length === 0} onClick={() => setKinds([])}>
          {t('clientPage.timeline.all')}
        </button>
        {interactionKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`cp-chip cp-chip--${kind}`}
            aria-pressed={kinds.includes(kind)}
            onClick={() => toggleKind(kind)}
          >
            {t(`clientPage.kinds.${kind}`)}
          </button>
        ))}
      </div>
      {timeline.error ? <ErrorMessage error={timeline.error} onRetry={timeline.reload} /> : null}
      {!timeline.data && !timeline.error ? <Loading label={t('clientPage.timeline.loading')} /> : null}
      {timeline.data && timeline.data.length === 0 ? (
        <p className="text-muted cp-timeline__empty">
          {kinds.length > 0 ? t('clientPage.timeline.noMatch') : t('clientPage.timeline.empty')}
        </p>
      ) : null}
      {timeline.data && timeline.data.length > 0 ? (
        <ol className="cp-timeline" aria-label={t('clientPage.timeline.listLabel')} aria-busy={timeline.loading}>
          {timeline.data.map((item) => (
            <TimelineItem
              key={item.id}
              item={item}
              staffName={staffNames.get(item.staffId)}
              personNames={personNames}
              followUp={followUps.get(item.id)}
            />
          ))}
        </ol>
      ) : null}
      {timeline.data && timeline.data.length >= limit && limit < 1000 ? (
        <button
          type="button"
          className="button button--secondary button--small cp-more"
          onClick={() => setLimit((n) => Math.min(n + pageSize * 4, 1000))}
        >
          {t('clientPage.timeline.showOlder')}
        </button>
      ) : null}
    </section>
  );
}

/** The household's tasks made from logged contacts, by the contact they follow up. */
function useFollowUps(clientId: string): Map<string, TaskRow> {
  const tasks = useQuery('tasks:list', { clientId });
  const byInteraction = new Map<string, TaskRow>();
  for (const row of tasks.data ?? []) if (row.task.interactionId) byInteraction.set(row.task.interactionId, row);
  return byInteraction;
}

function TimelineItem({
  item,
  staffName,
  personNames,
  followUp,
}: {
  item: Interaction;
  staffName: string | undefined;
  personNames: Map<string, string>;
  followUp: TaskRow | undefined;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const formatDay = useDayFormat();
  const complaint = item.kind === 'complaint';
  const people = item.personIds.map((id) => personNames.get(id)).filter((name): name is string => Boolean(name));
  return (
    <li className={`cp-event${complaint ? ' cp-event--complaint' : ''}`} data-kind={item.kind}>
      <span className={`cp-kind-icon cp-kind-icon--${item.kind}`}>
        <KindIcon kind={item.kind} />
      </span>
      <div className="cp-event__body">
        <p className="cp-event__head">
          <span className="cp-event__kind">{t(`clientPage.kinds.${item.kind}`)}</span>
          {complaint && <Badge tone="warning">{t('clientPage.timeline.complaintFlag')}</Badge>}
          <time dateTime={item.at} className="cp-event__when" title={fmt.dateTime(item.at)}>
            {fmt.dateTime(item.at)} · {fmt.relativeDay(item.at)}
          </time>
        </p>
        <p className="cp-event__meta">
          {t('clientPage.timeline.by', { name: staffName ?? t('clientPage.timeline.unknownStaff') })}
          {people.length > 0 && <> · {t('clientPage.timeline.with', { names: people.join(', ') })}</>}
          {item.durationMinutes !== null && <> · {t('clientPage.timeline.minutes', { count: item.durationMinutes })}</>}
        </p>
        {item.summary && <p className="cp-event__summary">{item.summary}</p>}
        {followUp ? (
          <FollowUpLine row={followUp} />
        ) : (
          item.followUpOn && <p className="cp-event__follow">{t('clientPage.timeline.followUp', { date: formatDay(item.followUpOn) })}</p>
        )}
      </div>
    </li>
  );
}

/** The follow-up task a contact made: for whom, when, and whether it is done; the current user's opens My day. */
function FollowUpLine({ row }: { row: TaskRow }) {
  const { t } = useTranslation();
  const formatDay = useDayFormat();
  const { currentUser } = useCurrentUser();
  const { task } = row;
  const text = t('clientPage.timeline.followUpTask', {
    name: row.assigneeName,
    date: task.dueOn ? formatDay(task.dueOn) : t('clientPage.timeline.noDueDate'),
    status: t(`tasks.statuses.${task.status}`),
  });
  return (
    <p className="cp-event__follow">
      {text}
      {task.assigneeId === currentUser?.id && (
        <>
          {' · '}
          <Link to="/tasks">{t('clientPage.timeline.openMyDay')}</Link>
        </>
      )}
    </p>
  );
}

function LogInteractionForm({
  detail,
  members,
  onLogged,
}: {
  detail: ClientDetail;
  members: TeamMember[];
  onLogged: (item: Interaction) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const formatDay = useDayFormat();
  const { currentUser } = useCurrentUser();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const defaultStaff = currentUser?.id ?? '';
  const form = useForm({
    initial: { kind: 'call', at: localDateTimeInput(), durationMinutes: '', staffId: '', summary: '', followUpOn: '' },
    labels: {
      kind: t('clientPage.log.kind'),
      at: t('clientPage.log.at'),
      durationMinutes: t('clientPage.log.duration'),
      staffId: t('clientPage.log.staff'),
      summary: t('clientPage.log.summary'),
      followUpOn: t('clientPage.log.followUp'),
    },
    schema: contract['interactions:log'].input,
    prepare: (v) => ({
      clientId: detail.client.id,
      kind: v.kind,
      at: instantFromLocal(v.at),
      durationMinutes: numberOrNull(v.durationMinutes),
      staffId: v.staffId || defaultStaff,
      personIds,
      summary: v.summary,
      followUpOn: orNull(v.followUpOn),
    }),
    submit: (input) => api.invoke('interactions:log', input),
    onSuccess: (item) => {
      setPersonIds([]);
      const kind = t(`clientPage.kinds.${item.kind}`);
      notify(
        item.followUpOn
          ? t('clientPage.log.loggedWithFollowUp', { kind, date: formatDay(item.followUpOn) })
          : t('clientPage.log.logged', { kind }),
      );
      onLogged(item);
    },
  });
  const staffField = form.field('staffId');
  const staff = members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.name }));
  const formRef = useRef<HTMLFormElement>(null);
  // The form sits below the household's details, dozens of Tabs down: L brings the keyboard to it.
  useKeyShortcut(logInteractionKey, () => {
    const first = formRef.current?.querySelector<HTMLElement>('select, input, textarea');
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  });

  return (
    <form
      ref={formRef}
      className="cp-log form"
      noValidate
      aria-label={t('clientPage.log.title')}
      aria-keyshortcuts={logInteractionKey.toUpperCase()}
      aria-busy={form.busy}
      onSubmit={form.onSubmit}
    >
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <div className="cp-log__grid">
        <SelectField
          {...form.field('kind')}
          options={interactionKinds.map((kind) => ({ value: kind, label: t(`clientPage.kinds.${kind}`) }))}
        />
        <TextField {...form.field('at')} type="datetime-local" />
        <TextField
          {...form.field('durationMinutes')}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('clientPage.log.durationPlaceholder')}
        />
        <SelectField {...staffField} value={staffField.value || defaultStaff} placeholder={t('form.choose')} options={staff} />
        <TextField {...form.field('followUpOn')} type="date" hint={t('clientPage.log.followUpHint')} />
      </div>
      <TextAreaField
        {...form.field('summary')}
        aria-required="true"
        rows={2}
        placeholder={t('clientPage.log.summaryPlaceholder')}
        onKeyDown={(event) => {
          // Enter adds a line in a summary; Ctrl+Enter (or Cmd+Enter) logs it.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <div className="cp-log__footer">
        {detail.people.length > 0 ? (
          <CheckboxGroup
            legend={t('clientPage.log.people')}
            name="personIds"
            options={detail.people.map((p) => ({ value: p.id, label: p.name }))}
            selected={personIds}
            onChange={setPersonIds}
          />
        ) : (
          <span />
        )}
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('clientPage.saving') : t('clientPage.log.submit')}
        </button>
      </div>
    </form>
  );
}
