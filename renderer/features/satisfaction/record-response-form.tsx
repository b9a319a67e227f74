import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { ClientDetail, SurveyRecorded } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../app/current-user';
import { SelectField } from '../../components/form/select-field';
import { TextAreaField } from '../../components/form/text-area-field';
import { numberOrNull, orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';
import { SurveyChannelField, SurveyDayField, SurveyPanel, SurveyPersonField } from './survey-fields';
import { useFirmToday } from '../../components/dates';

/** The scores a scale offers, as select options. */
function scale(from: number, to: number) {
  return Array.from({ length: to - from + 1 }, (_, index) => {
    const value = String(from + index);
    return { value, label: value };
  });
}

const npsScale = scale(0, 10);
const csatScale = scale(1, 5);

/** Records one answer for the household: NPS and/or CSAT, when, from whom, how, and what they said. */
export function RecordResponseForm({
  detail,
  onCancel,
  onRecorded,
}: {
  detail: ClientDetail;
  onCancel: () => void;
  onRecorded: (recorded: SurveyRecorded) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { currentUser } = useCurrentUser();
  const today = useFirmToday();
  const form = useForm({
    initial: { on: today, personId: '', nps: '', csat: '', channel: 'meeting', comment: '' },
    labels: {
      on: t('satisfaction.form.on'),
      personId: t('satisfaction.form.person'),
      nps: t('satisfaction.form.nps'),
      csat: t('satisfaction.form.csat'),
      channel: t('satisfaction.form.channel'),
      comment: t('satisfaction.form.comment'),
    },
    schema: contract['surveys:record'].input,
    prepare: (values) => ({
      clientId: detail.client.id,
      personId: orNull(values.personId),
      on: values.on,
      nps: numberOrNull(values.nps),
      csat: numberOrNull(values.csat),
      channel: values.channel,
      comment: values.comment,
      byId: currentUser?.id ?? '',
    }),
    submit: (input) => api.invoke('surveys:record', input),
    onSuccess: onRecorded,
  });

  return (
    <SurveyPanel
      form={form}
      title={t('satisfaction.form.title')}
      description={t('satisfaction.form.hint')}
      submitLabel={t('satisfaction.form.submit')}
      onCancel={onCancel}
    >
      <div className="form__grid">
        <SurveyDayField field={form.field('on')} today={today} />
        <SurveyPersonField field={form.field('personId')} people={detail.people} />
        <SelectField {...form.field('nps')} placeholder={t('satisfaction.form.notAsked')} options={npsScale} />
        <SelectField {...form.field('csat')} placeholder={t('satisfaction.form.notAsked')} options={csatScale} />
        <SurveyChannelField field={form.field('channel')} />
      </div>
      <TextAreaField {...form.field('comment')} />
    </SurveyPanel>
  );
}
