import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { teamRoles, type TeamMember } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';

export function TeamMemberForm({ onCreated }: { onCreated: (member: TeamMember) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const form = useForm({
    initial: { name: '', role: '', email: '', capacity: '' },
    labels: {
      name: t('team.fields.name'),
      role: t('team.fields.role'),
      email: t('team.fields.email'),
      capacity: t('team.fields.capacity'),
    },
    schema: contract['team:create'].input,
    // An empty capacity is "no limit"; anything else must be a whole number (the schema says which).
    prepare: (values) => ({ ...values, capacity: values.capacity.trim() === '' ? null : Number(values.capacity) }),
    submit: (input) => api.invoke('team:create', input),
    onSuccess: (member) => {
      notify(t('team.created', { name: member.name }));
      onCreated(member);
    },
  });

  return (
    <form className="card form" noValidate aria-labelledby="team-form-title" aria-busy={form.busy} onSubmit={form.onSubmit}>
      <h2 id="team-form-title" className="card__title">
        {t('team.addTitle')}
      </h2>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
      <TextField {...form.field('name')} autoComplete="off" aria-required="true" />
      <SelectField
        {...form.field('role')}
        placeholder={t('form.choose')}
        aria-required="true"
        options={teamRoles.map((role) => ({ value: role, label: t(`team.roles.${role}`) }))}
      />
      <TextField {...form.field('email')} type="email" autoComplete="off" spellCheck={false} aria-required="true" />
      <TextField {...form.field('capacity')} type="number" inputMode="numeric" min={1} max={5000} hint={t('team.fields.capacityHint')} />
      <div className="button-row form__actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('team.saving') : t('team.add')}
        </button>
      </div>
    </form>
  );
}
