import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { WorkflowRun } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { PanelForm } from '../../components/form/panel-form';
import { orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';
import { useFirmToday } from '../../components/dates';

interface Props {
  client: { id: string; name: string };
  onCancel: () => void;
  onStarted: (run: WorkflowRun) => void;
}

/** Starts an active template for one client: one task per step, due from the start date. */
export function StartWorkflowForm({ client, onCancel, onStarted }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { currentUser } = useCurrentUser();
  const templates = useQuery('workflows:templates', { includeInactive: false });
  const options = (templates.data ?? []).map((template) => ({ value: template.id, label: template.name }));
  const form = useForm({
    initial: { templateId: '', startOn: useFirmToday() },
    labels: { templateId: t('workflows.start.template'), startOn: t('workflows.start.startOn') },
    schema: contract['workflows:start'].input,
    prepare: (values) => ({
      templateId: values.templateId,
      clientId: client.id,
      startOn: orNull(values.startOn),
      byId: currentUser?.id ?? '',
    }),
    submit: (input) => api.invoke('workflows:start', input),
    onSuccess: (run) => {
      notify(t('workflows.start.started', { name: run.name, client: client.name }));
      onStarted(run);
    },
  });
  return (
    <PanelForm
      title={t('workflows.start.title')}
      description={t('workflows.start.description')}
      busy={form.busy}
      submitDisabled={!currentUser}
      formError={form.formError}
      submitLabel={t('workflows.start.submit')}
      busyLabel={t('workflows.start.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
      className="form-panel--inset"
    >
      {!currentUser && <p className="field__hint">{t('requests.needUser')}</p>}
      <div className="form__grid">
        <SelectField
          {...form.field('templateId')}
          autoFocus
          aria-required="true"
          placeholder={t('form.choose')}
          hint={templates.data && options.length === 0 ? t('workflows.start.noTemplates') : undefined}
          options={options}
        />
        <TextField {...form.field('startOn')} type="date" />
      </div>
    </PanelForm>
  );
}
