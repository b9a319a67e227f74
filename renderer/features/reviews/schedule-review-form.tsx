import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type In } from '../../../shared/contract';
import { defaultMeetingMinutes, type Review } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { skipToken, useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/notices';
import { useDayFormat, useFirmToday } from '../../components/dates';
import { PanelForm } from '../../components/form/panel-form';
import { orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';
import { meetingDayFor } from './review-dates';

interface Props {
  client: { id: string; name: string };
  /** The meeting being moved; null plans a new one. */
  scheduled: { reviewId: string; on: string } | null;
  /** When the client's review falls due: a new meeting starts on that day, or today once it has passed. */
  nextDueOn: string | null;
  onCancel: () => void;
  onScheduled: (review: Review) => void;
  className?: string;
  /** The household's people, when the screen has them already; otherwise the form reads them. */
  people?: readonly Invitable[];
}

/** Lengths offered, in minutes. */
const lengths = [30, 45, 60, 90, 120, 180];

/** Plans a review meeting with a client, or moves the one already planned. Used on the Reviews screen and the client page. */
export function ScheduleReviewForm(props: Props) {
  const { t } = useTranslation();
  const detail = useQuery('clients:get', props.people ? skipToken : { id: props.client.id });
  const team = useQuery('team:list', {});
  const reviews = useQuery('reviews:forClient', { clientId: props.client.id });
  const error = detail.error ?? team.error ?? reviews.error;
  if (error) return <ErrorMessage error={error} onRetry={() => [detail, team, reviews].forEach((query) => query.reload())} />;
  const people = props.people ?? detail.data?.people;
  if (!people || !team.data || !reviews.data) return <Loading label={t('reviews.schedule.loading')} />;
  const moving = props.scheduled ? reviews.data.find((review) => review.id === props.scheduled!.reviewId) : undefined;
  return <MeetingForm {...props} moving={moving} people={people} team={team.data.filter((member) => member.active)} />;
}

interface Invitable {
  id: string;
  name: string;
  email: string | null;
}

function MeetingForm({
  client,
  scheduled,
  nextDueOn,
  onCancel,
  onScheduled,
  className,
  moving,
  people,
  team,
}: Props & { moving: Review | undefined; people: readonly Invitable[]; team: readonly Invitable[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const formatDay = useDayFormat();
  const today = useFirmToday();
  const invited = (kind: 'person' | 'member') =>
    (moving?.invitees ?? []).filter((invitee) => invitee.kind === kind).map((invitee) => invitee.id);
  const [personIds, setPersonIds] = useState<string[]>(invited('person'));
  const [memberIds, setMemberIds] = useState<string[]>(invited('member'));
  const place = moving?.place ?? null;
  const form = useForm({
    initial: {
      on: scheduled?.on ?? meetingDayFor(nextDueOn, today),
      time: moving?.time ?? '',
      durationMinutes: String(moving?.durationMinutes ?? defaultMeetingMinutes),
      placeKind: place?.kind ?? '',
      address: place?.kind === 'office' ? place.address : '',
      phone: place?.kind === 'phone' ? place.phone : '',
      link: place?.kind === 'video' ? place.link : '',
    },
    labels: {
      on: t('reviews.schedule.on'),
      time: t('reviews.schedule.time'),
      durationMinutes: t('reviews.schedule.duration'),
      placeKind: t('reviews.schedule.place'),
      address: t('reviews.schedule.address'),
      phone: t('reviews.schedule.phoneNumber'),
      link: t('reviews.schedule.link'),
    },
    schema: contract['reviews:schedule'].input,
    prepare: (values): In<'reviews:schedule'> => ({
      clientId: client.id,
      ...(scheduled ? { reviewId: scheduled.reviewId } : {}),
      on: values.on,
      time: orNull(values.time),
      durationMinutes: Number(values.durationMinutes),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      place:
        values.placeKind === 'office'
          ? { kind: 'office', address: values.address }
          : values.placeKind === 'phone'
            ? { kind: 'phone', phone: values.phone }
            : values.placeKind === 'video'
              ? { kind: 'video', link: values.link.trim() }
              : null,
      personIds,
      memberIds,
    }),
    submit: (input) => api.invoke('reviews:schedule', input),
    onSuccess: (review) => {
      const date = review.scheduledOn ? formatDay(review.scheduledOn) : '';
      notify(
        scheduled ? t('reviews.schedule.moved', { name: client.name, date }) : t('reviews.schedule.done', { name: client.name, date }),
      );
      onScheduled(review);
    },
  });
  const lengthLabel = (minutes: number) =>
    minutes % 60 === 0 ? t('reviews.schedule.hours', { count: minutes / 60 }) : t('reviews.schedule.minutes', { count: minutes });
  const kind = form.values.placeKind;

  return (
    <PanelForm
      className={className}
      title={scheduled ? t('reviews.schedule.rescheduleTitle', { name: client.name }) : t('reviews.schedule.title', { name: client.name })}
      description={
        scheduled
          ? t('reviews.schedule.rescheduleHint', { date: formatDay(scheduled.on) })
          : nextDueOn
            ? t('reviews.schedule.hint', { date: formatDay(nextDueOn) })
            : undefined
      }
      busy={form.busy}
      formError={form.formError}
      submitLabel={scheduled ? t('reviews.schedule.moveSubmit') : t('reviews.schedule.submit')}
      busyLabel={t('reviews.schedule.busy')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
    >
      <div className="rv-form__row">
        <TextField {...form.field('on')} type="date" autoFocus aria-required="true" />
        <TextField {...form.field('time')} type="time" hint={t('reviews.schedule.timeHint')} />
        {form.values.time !== '' && (
          <SelectField
            {...form.field('durationMinutes')}
            options={lengths.map((minutes) => ({ value: String(minutes), label: lengthLabel(minutes) }))}
          />
        )}
      </div>
      <div className="rv-form__row">
        <SelectField
          {...form.field('placeKind')}
          placeholder={t('reviews.schedule.placeNone')}
          options={(['office', 'phone', 'video'] as const).map((value) => ({ value, label: t(`reviews.schedule.${value}`) }))}
        />
        {kind === 'office' && <TextField {...form.field('address')} />}
        {kind === 'phone' && <TextField {...form.field('phone')} type="tel" aria-required="true" />}
        {kind === 'video' && <TextField {...form.field('link')} type="url" hint={t('reviews.schedule.linkHint')} aria-required="true" />}
      </div>
      <fieldset className="rv-invite">
        <legend>{t('reviews.schedule.invite')}</legend>
        <p className="field__hint">{t('reviews.schedule.inviteHint')}</p>
        <InviteList title={t('reviews.schedule.household')} options={people} chosen={personIds} onChange={setPersonIds} />
        <InviteList title={t('reviews.schedule.team')} options={team} chosen={memberIds} onChange={setMemberIds} />
      </fieldset>
    </PanelForm>
  );
}

function InviteList({
  title,
  options,
  chosen,
  onChange,
}: {
  title: string;
  options: readonly Invitable[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  if (options.length === 0) return null;
  return (
    <div className="rv-invite__group" role="group" aria-label={title}>
      <span className="rv-invite__title">{title}</span>
      {options.map((option) => (
        <label key={option.id} className="rv-invite__option">
          <input
            type="checkbox"
            className="checkbox"
            checked={chosen.includes(option.id)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))}
          />
          {option.email ? option.name : t('reviews.schedule.noEmail', { name: option.name })}
        </label>
      ))}
    </div>
  );
}
