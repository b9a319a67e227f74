import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../app/current-user';
import { ErrorMessage } from '../../components/error-message';
import { ClientPicker, type ClientChoice } from '../../components/form/client-picker';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';
import { useFirmToday } from '../../components/dates';

interface QuickAddFormProps {
  initialClient: ClientChoice | null;
  onClose: () => void;
  /** Told while the task is being saved, so the dialog around the form is not closed under it. */
  onBusyChange: (busy: boolean) => void;
}

/** Title, client, assignee and due date: enough to get a task out of one's head. Enter saves, Escape closes. */
export function QuickAddForm({ initialClient, onClose, onBusyChange }: QuickAddFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { currentUser, members } = useCurrentUser();
  const [client, setClient] = useState<ClientChoice | null>(initialClient);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const form = useForm({
    initial: { title: '', clientId: initialClient?.id ?? '', assigneeId: currentUser?.id ?? '', dueOn: useFirmToday() },
    labels: {
      title: t('tasks.fields.title'),
      clientId: t('tasks.fields.client'),
      assigneeId: t('tasks.fields.assignee'),
      dueOn: t('tasks.fields.dueOn'),
    },
    schema: contract['tasks:create'].input,
    prepare: (values) => ({
      title: values.title,
      clientId: orNull(values.clientId),
      assigneeId: values.assigneeId,
      dueOn: orNull(values.dueOn),
      byId: currentUser?.id ?? '',
    }),
    submit: (input) => api.invoke('tasks:create', input),
    onSuccess: (task) => {
      notify(t('tasks.quickAdd.added', { title: task.title }));
      onClose();
    },
  });
  useEffect(() => onBusyChange(form.busy), [form.busy, onBusyChange]);

  return (
    <form className="form" aria-busy={form.busy} noValidate onSubmit={form.onSubmit}>
      {!currentUser && <p className="task-needs-user">{t('tasks.needUser')}</p>}
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <TextField {...form.field('title')} ref={titleRef} autoComplete="off" aria-required="true" />
      <ClientPicker
        label={form.field('clientId').label}
        name="clientId"
        value={client}
        error={form.errors.clientId}
        hint={t('tasks.quickAdd.clientHint')}
        onChange={(next) => {
          setClient(next);
          form.setValue('clientId', next?.id ?? '');
        }}
      />
      <div className="quick-add__row">
        <SelectField {...form.field('assigneeId')} options={members.map((member) => ({ value: member.id, label: member.name }))} />
        <TextField {...form.field('dueOn')} type="date" />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.busy || !currentUser}>
          {form.busy ? t('tasks.quickAdd.saving') : t('tasks.quickAdd.save')}
        </button>
        <button type="button" className="button button--secondary" disabled={form.busy} onClick={onClose}>
          {t('common.cancel')}
        </button>
        <span className="quick-add__keys">{t('tasks.quickAdd.keys')}</span>
      </div>
    </form>
  );
}
