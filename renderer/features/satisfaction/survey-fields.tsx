import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyChannels, type Person } from '../../../shared/model';
import { useCurrentUser } from '../../app/current-user';
import { PanelForm } from '../../components/form/panel-form';
import type { BoundField } from '../../components/form/use-form';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';

/**
 * The fields a response and a survey request share: the day (never in the future; the backend says
 * so too if the day is typed), which person in the household (optional), and the channel.
 */
export function SurveyDayField<F extends string>({ field, today }: { field: BoundField<F>; today: string }) {
  return <TextField {...field} type="date" max={today} />;
}

export function SurveyPersonField<F extends string>({ field, people }: { field: BoundField<F>; people: readonly Person[] }) {
  const { t } = useTranslation();
  return (
    <SelectField
      {...field}
      placeholder={t('satisfaction.form.personNone')}
      options={people.map((person) => ({ value: person.id, label: person.name }))}
    />
  );
}

export function SurveyChannelField<F extends string>({ field }: { field: BoundField<F> }) {
  const { t } = useTranslation();
  return (
    <SelectField
      {...field}
      options={surveyChannels.map((channel) => ({ value: channel, label: t(`satisfaction.response.channels.${channel}`) }))}
    />
  );
}

interface SurveyPanelProps {
  form: { busy: boolean; formError: unknown; onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  title: string;
  description: string;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}

/** The panel both forms sit in. They record in the current user's name: without one, Save waits and the panel says who to choose first. */
export function SurveyPanel({ form, title, description, submitLabel, onCancel, children }: SurveyPanelProps) {
  const { t } = useTranslation();
  const { currentUser } = useCurrentUser();
  return (
    <PanelForm
      className="form-panel--inset"
      title={title}
      description={description}
      busy={form.busy}
      submitDisabled={!currentUser}
      formError={form.formError}
      submitLabel={submitLabel}
      busyLabel={t('satisfaction.form.busy')}
      cancelLabel={t('satisfaction.form.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
    >
      {!currentUser && <p className="field__hint">{t('satisfaction.form.needUser')}</p>}
      {children}
    </PanelForm>
  );
}
