import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { contract } from '../../../shared/contract';
import { clientStatuses, clientTypes, tiers } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';
import { PageHeader } from '../../components/page-header';
import type { ClientsLocationState } from './clients-screen';

export function NewClientScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const notify = useNotify();
  const team = useQuery('team:list', { includeInactive: false });
  const managers = (team.data ?? []).filter((member) => member.active);

  const form = useForm({
    initial: { name: '', type: 'household', tier: '', status: 'active', primaryManagerId: '' },
    labels: {
      name: t('clients.fields.name'),
      type: t('clients.fields.type'),
      tier: t('clients.fields.tier'),
      status: t('clients.fields.status'),
      primaryManagerId: t('clients.fields.manager'),
    },
    schema: contract['clients:create'].input,
    submit: (input) => api.invoke('clients:create', input),
    onSuccess: (client) => {
      notify(t('clients.created', { name: client.name }));
      const state: ClientsLocationState = { createdId: client.id };
      void navigate('/clients', { state });
    },
  });

  const noManagers = team.data !== undefined && managers.length === 0;
  return (
    <>
      <PageHeader title={t('clients.newTitle')} description={t('clients.newDescription')} />
      <form
        className="card form"
        noValidate
        aria-label={t('clients.newTitle')}
        aria-busy={form.busy}
        onSubmit={form.onSubmit}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !form.busy) void navigate('/clients');
        }}
      >
        {form.formError ? <ErrorMessage error={form.formError} /> : null}
        <div className="form__grid">
          <div className="form__wide">
            <TextField {...form.field('name')} autoComplete="off" autoFocus aria-required="true" />
          </div>
          <SelectField {...form.field('type')} options={clientTypes.map((type) => ({ value: type, label: t(`clients.types.${type}`) }))} />
          <SelectField
            {...form.field('tier')}
            placeholder={t('form.choose')}
            aria-required="true"
            options={tiers.map((tier) => ({ value: tier, label: t('clients.tiers.label', { tier }) }))}
            hint={t('clients.fields.tierHint')}
          />
          <SelectField
            {...form.field('status')}
            options={clientStatuses.map((status) => ({ value: status, label: t(`clients.statuses.${status}`) }))}
          />
          <SelectField
            {...form.field('primaryManagerId')}
            placeholder={t('form.choose')}
            aria-required="true"
            options={managers.map((member) => ({ value: member.id, label: member.name }))}
            hint={
              noManagers ? (
                <>
                  {t('clients.fields.noManagers')} <Link to="/team">{t('clients.fields.goToTeam')}</Link>
                </>
              ) : undefined
            }
          />
        </div>
        <div className="button-row form__actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {form.busy ? t('clients.saving') : t('clients.add')}
          </button>
          <Link to="/clients" className="button button--secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
