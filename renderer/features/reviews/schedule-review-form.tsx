import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { Review } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { useDayFormat } from '../client-page/dates';
import { PanelForm } from '../client-page/panel-form';
import { useEditForm } from '../client-page/use-edit-form';
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
}

/** Plans a review meeting with a client, or moves the one already planned. Used on the Reviews screen and the client page. */
export function ScheduleReviewForm({ client, scheduled, nextDueOn, onCancel, onScheduled, className }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const formatDay = useDayFormat();
  const form = useEditForm({
    initial: { on: scheduled?.on ?? meetingDayFor(nextDueOn) },
    labels: { on: t('reviews.schedule.on') },
    schema: contract['reviews:schedule'].input,
    toInput: (values) => ({ clientId: client.id, ...(scheduled ? { reviewId: scheduled.reviewId } : {}), on: values.on }),
    submit: (input) => api.invoke('reviews:schedule', input),
    onSuccess: (review) => {
      const date = review.scheduledOn ? formatDay(review.scheduledOn) : '';
      notify(
        scheduled ? t('reviews.schedule.moved', { name: client.name, date }) : t('reviews.schedule.done', { name: client.name, date }),
      );
      onScheduled(review);
    },
  });

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
      </div>
    </PanelForm>
  );
}
