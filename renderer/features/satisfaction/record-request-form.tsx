import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { ClientDetail, SurveyRequest } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../app/current-user';
import { orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';
import { SurveyChannelField, SurveyDayField, SurveyPanel, SurveyPersonField } from './survey-fields';
import { useFirmToday } from '../../components/dates';

/** Records that the firm asked the household for feedback: the denominator of response rates. */
export function RecordRequestForm({
  detail,
  onCancel,
  onRecorded,
}: {
  detail: ClientDetail;
  onCancel: () => void;
  onRecorded: (request: SurveyRequest) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { currentUser } = useCurrentUser();
  const today = useFirmToday();
  const form = useForm({
    initial: { sentOn: today, personId: '', channel: 'meeting' },
    labels: {
      sentOn: t('satisfaction.request.sentOn'),
      personId: t('satisfaction.form.person'),
      channel: t('satisfaction.form.channel'),
    },
    schema: contract['surveys:requestSent'].input,
    prepare: (values) => ({
      clientId: detail.client.id,
      personId: orNull(values.personId),
      sentOn: values.sentOn,
      channel: values.channel,
      byId: currentUser?.id ?? '',
    }),
    submit: (input) => api.invoke('surveys:requestSent', input),
    onSuccess: onRecorded,
  });

  return (
    <SurveyPanel
      form={form}
      title={t('satisfaction.request.title')}
      description={t('satisfaction.request.hint')}
      submitLabel={t('satisfaction.request.submit')}
      onCancel={onCancel}
    >
      <div className="form__grid">
        <SurveyDayField field={form.field('sentOn')} today={today} />
        <SurveyPersonField field={form.field('personId')} people={detail.people} />
        <SurveyChannelField field={form.field('channel')} />
      </div>
    </SurveyPanel>
  );
}
