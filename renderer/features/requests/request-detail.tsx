import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contract } from '../../../shared/contract';
import { requestStatuses, type RequestEvent, type RequestRow, type RequestStatus, type TeamMember } from '../../../shared/model';
import { useQuery } from '../../api/use-query';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/notices';
import { useFormatters } from '../../i18n/format';
import { TextAreaField } from '../../components/form/text-area-field';
import { PanelForm } from '../../components/form/panel-form';
import { useForm } from '../../components/form/use-form';
import { ComplaintFlag, OverdueFlag, RequestStatusBadge, useRequestName } from './request-flags';

interface Props {
  id: string;
  /** Everyone, including people who left: history names them too. */
  members: readonly TeamMember[];
  /** A status chosen from a card that needs more than one click (a complaint's resolution). */
  presetStatus: RequestStatus | null;
  onClose: () => void;
  onChanged: () => void;
}

/** The side panel for one request: what was asked, its history, and what can be done with it. */
export function RequestDetail({ id, members, presetStatus, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const detail = useQuery('requests:get', { id });
  const row = detail.data;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const loaded = row !== undefined;
  // Opening a request takes the reader to it; with a status already chosen, its form takes focus instead.
  useEffect(() => {
    if (loaded && presetStatus === null) titleRef.current?.focus();
  }, [loaded, presetStatus]);

  return (
    <aside
      className="card rq-detail"
      aria-label={t('requests.detail.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onClose();
      }}
    >
      <div className="rq-detail__top">
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('requests.detail.close')}
        </button>
      </div>
      {row ? (
        <RequestDetailBody
          key={`${row.request.updatedAt}|${presetStatus ?? ''}`}
          titleRef={titleRef}
          row={row}
          members={members}
          presetStatus={presetStatus}
          onChanged={() => {
            detail.reload();
            onChanged();
          }}
        />
      ) : detail.error ? (
        <ErrorMessage error={detail.error} onRetry={detail.reload} />
      ) : (
        <Loading label={t('requests.detail.loading')} />
      )}
    </aside>
  );
}

function RequestDetailBody({
  titleRef,
  row,
  members,
  presetStatus,
  onChanged,
}: {
  titleRef: Ref<HTMLHeadingElement>;
  row: RequestRow;
  members: readonly TeamMember[];
  presetStatus: RequestStatus | null;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const requestName = useRequestName();
  const [handingOff, setHandingOff] = useState(false);
  const { request } = row;
  const memberName = (memberId: string | null) =>
    members.find((member) => member.id === memberId)?.name ?? t('requests.detail.unknownMember');

  return (
    <>
      <div className="rq-detail__head">
        <h2 ref={titleRef} className="rq-detail__title" tabIndex={-1}>
          {requestName(row)}
        </h2>
        <p className="rq-detail__flags">
          <RequestStatusBadge status={request.status} />
          {request.type === 'complaint' && <ComplaintFlag />}
          {row.overdue && <OverdueFlag />}
        </p>
        <Link to={`/clients/${request.clientId}`} className="rq-detail__client">
          {t('requests.detail.clientPage')}
        </Link>
      </div>
      <dl className="rq-facts">
        <dt>{t('requests.facts.channel')}</dt>
        <dd>{t(`requests.channels.${request.channel}`)}</dd>
        <dt>{t('requests.facts.owner')}</dt>
        <dd>{row.ownerName}</dd>
        <dt>{t('requests.facts.received')}</dt>
        <dd>{fmt.dateTime(request.receivedAt)}</dd>
        <dt>{t('requests.facts.dueBy')}</dt>
        <dd className={row.overdue ? 'rq-late' : undefined}>{fmt.dateTime(request.dueBy)}</dd>
      </dl>
      <section aria-labelledby="rq-description-title">
        <h3 id="rq-description-title" className="rq-detail__subtitle">
          {t('requests.detail.description')}
        </h3>
        <p className="rq-text">{request.description}</p>
      </section>
      {request.resolution.trim() && (
        <section aria-labelledby="rq-resolution-title">
          <h3 id="rq-resolution-title" className="rq-detail__subtitle">
            {t('requests.detail.resolution')}
          </h3>
          <p className="rq-text">{request.resolution}</p>
        </section>
      )}
      <StatusForm row={row} presetStatus={presetStatus} onChanged={onChanged} />
      {handingOff ? (
        <HandOffForm
          row={row}
          colleagues={members.filter((member) => member.active && member.id !== request.ownerId)}
          onCancel={() => setHandingOff(false)}
          onDone={onChanged}
        />
      ) : (
        <div>
          <button type="button" className="button button--secondary" onClick={() => setHandingOff(true)}>
            {t('requests.handOff.open')}
          </button>
        </div>
      )}
      <section aria-labelledby="rq-history-title">
        <h3 id="rq-history-title" className="rq-detail__subtitle">
          {t('requests.detail.history')}
        </h3>
        <ol className="rq-history" aria-label={t('requests.detail.historyLabel')}>
          {request.history.map((event, index) => (
            <li key={`${event.at}-${index}`} className="rq-history__item">
              <p className="rq-history__what">{describeEvent(event, memberName, t)}</p>
              <p className="rq-history__when">
                <time dateTime={event.at}>{fmt.dateTime(event.at)}</time>
              </p>
              {event.note && <p className="rq-text rq-history__note">{event.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function describeEvent(event: RequestEvent, memberName: (id: string | null) => string, t: TFunction): string {
  const name = memberName(event.byId);
  switch (event.kind) {
    case 'received':
      return t('requests.detail.events.received', { name });
    case 'status':
      return t('requests.detail.events.status', { name, status: event.status ? t(`requests.statuses.${event.status}`) : '' });
    case 'handoff':
      return t('requests.detail.events.handoff', { name, from: memberName(event.fromId), to: memberName(event.toId) });
    case 'note':
      return t('requests.detail.events.note', { name });
  }
}

const finishing = (status: string) => status === 'resolved' || status === 'closed';

function StatusForm({ row, presetStatus, onChanged }: { row: RequestRow; presetStatus: RequestStatus | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const requestName = useRequestName();
  const { currentUser } = useCurrentUser();
  const { request } = row;
  const complaint = request.type === 'complaint';
  const form = useForm({
    initial: {
      status: presetStatus && presetStatus !== request.status ? presetStatus : '',
      note: '',
      resolution: request.resolution,
    },
    labels: {
      status: t('requests.status.field'),
      note: t('requests.status.note'),
      resolution: t('requests.status.resolution'),
    },
    schema: contract['requests:setStatus'].input,
    // The resolution goes with every resolve or close, blank too, so the backend's rule for complaints is the one that speaks.
    prepare: (values) => ({
      id: request.id,
      status: values.status,
      note: values.note,
      ...(finishing(values.status) ? { resolution: values.resolution } : {}),
      byId: currentUser?.id ?? '',
    }),
    submit: (input) => api.invoke('requests:setStatus', input),
    onSuccess: (saved) => {
      notify(t('requests.move.moved', { name: requestName(row), status: t(`requests.statuses.${saved.status}`) }));
      onChanged();
    },
  });
  const resolutionField = form.field('resolution');

  return (
    <PanelForm
      title={t('requests.status.title')}
      busy={form.busy}
      submitDisabled={!currentUser}
      formError={form.formError}
      submitLabel={t('requests.status.submit')}
      busyLabel={t('requests.status.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={() => form.setValue('status', '')}
      className="form-panel--inset rq-panel"
    >
      {!currentUser && <p className="field__hint">{t('requests.needUser')}</p>}
      <SelectField
        {...form.field('status')}
        autoFocus={presetStatus !== null}
        aria-required="true"
        placeholder={t('form.choose')}
        options={requestStatuses
          .filter((status) => status !== request.status)
          .map((status) => ({ value: status, label: t(`requests.statuses.${status}`) }))}
      />
      {finishing(form.values.status) && (
        <TextAreaField
          {...resolutionField}
          label={complaint ? resolutionField.label : t('requests.status.resolutionOptional')}
          hint={complaint ? t('requests.status.resolutionHint') : undefined}
          aria-required={complaint}
          rows={3}
        />
      )}
      <TextAreaField {...form.field('note')} placeholder={t('requests.status.notePlaceholder')} rows={2} />
    </PanelForm>
  );
}

function HandOffForm({
  row,
  colleagues,
  onCancel,
  onDone,
}: {
  row: RequestRow;
  colleagues: readonly TeamMember[];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const requestName = useRequestName();
  const { currentUser } = useCurrentUser();
  const form = useForm({
    initial: { toId: '', note: '' },
    labels: { toId: t('requests.handOff.to'), note: t('requests.handOff.note') },
    schema: contract['requests:handOff'].input,
    prepare: (values) => ({ id: row.request.id, toId: values.toId, note: values.note, byId: currentUser?.id ?? '' }),
    submit: (input) => api.invoke('requests:handOff', input),
    onSuccess: (saved) => {
      const to = colleagues.find((member) => member.id === saved.ownerId)?.name ?? '';
      notify(t('requests.handOff.done', { name: requestName(row), to }));
      onDone();
    },
  });
  return (
    <PanelForm
      title={t('requests.handOff.title')}
      busy={form.busy}
      submitDisabled={!currentUser || colleagues.length === 0}
      formError={form.formError}
      submitLabel={t('requests.handOff.submit')}
      busyLabel={t('requests.handOff.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
      className="form-panel--inset rq-panel"
    >
      {!currentUser && <p className="field__hint">{t('requests.needUser')}</p>}
      <SelectField
        {...form.field('toId')}
        autoFocus
        aria-required="true"
        placeholder={t('form.choose')}
        hint={colleagues.length === 0 ? t('requests.handOff.noColleagues') : undefined}
        options={colleagues.map((member) => ({ value: member.id, label: member.name }))}
      />
      <TextAreaField {...form.field('note')} aria-required="true" placeholder={t('requests.handOff.notePlaceholder')} rows={2} />
    </PanelForm>
  );
}
