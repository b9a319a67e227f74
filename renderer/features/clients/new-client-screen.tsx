import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { contract } from '../../../shared/contract';
import { clientStatuses, clientTypes, contactMethods, tiers, type DuplicateMatch } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useCurrentUser } from '../../app/current-user';
import { useTierNames } from '../../app/tier-names';
import { ErrorMessage } from '../../components/error-message';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { keepEditing, useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';
import { PageHeader } from '../../components/page-header';

type Values = Record<
  'name' | 'type' | 'tier' | 'status' | 'primaryManagerId' | 'serviceTeamIds' | 'clientSince' | 'source' | 'preferredContact' | 'tags',
  string
>;

/** Lists travel as text in the form: ids joined by commas, tags as the person typed them. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

function toDraft(values: Values) {
  return {
    ...values,
    serviceTeamIds: splitList(values.serviceTeamIds),
    tags: splitList(values.tags),
    clientSince: values.clientSince || null,
    preferredContact: values.preferredContact || null,
  };
}

export function NewClientScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const notify = useNotify();
  const tierNames = useTierNames();
  const { currentUser } = useCurrentUser();
  const team = useQuery('team:list', { includeInactive: false });
  const managers = (team.data ?? []).filter((member) => member.active);
  const formRef = useRef<HTMLFormElement>(null);
  const duplicatesTitleId = useId();
  const serviceTeamId = useId();
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  /** The name the person said "create anyway" for; a different name is checked again. */
  const confirmedName = useRef<string | null>(null);

  const form = useForm({
    initial: {
      name: '',
      type: 'household',
      tier: '',
      status: 'active',
      primaryManagerId: currentUser?.id ?? '',
      serviceTeamIds: '',
      clientSince: '',
      source: '',
      preferredContact: '',
      tags: '',
    },
    labels: {
      name: t('clients.fields.name'),
      type: t('clients.fields.type'),
      tier: t('clients.fields.tier'),
      status: t('clients.fields.status'),
      primaryManagerId: t('clients.fields.manager'),
      serviceTeamIds: t('clients.fields.serviceTeam'),
      clientSince: t('clients.fields.clientSince'),
      source: t('clients.fields.source'),
      preferredContact: t('clients.fields.preferredContact'),
      tags: t('clients.fields.tags'),
    },
    schema: contract['clients:create'].input,
    prepare: toDraft,
    submit: async (input) => {
      if (confirmedName.current !== input.name) {
        const matches = await api.invoke('clients:findDuplicates', { name: input.name });
        if (matches.length > 0) {
          setDuplicates(matches);
          return keepEditing;
        }
      }
      return api.invoke('clients:create', input);
    },
    onSuccess: (client) => {
      notify(t('clients.created', { name: client.name }));
      // Straight to the new household's page, where its people and first contact are added; Back
      // returns to the list rather than to an emptied form.
      void navigate(`/clients/${client.id}`, { replace: true });
    },
  });

  const createAnyway = () => {
    confirmedName.current = form.values.name.trim();
    setDuplicates(null);
    formRef.current?.requestSubmit();
  };

  const serviceTeam = new Set(splitList(form.values.serviceTeamIds));
  const toggleServiceTeam = (id: string) => {
    const next = new Set(serviceTeam);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    form.setValue('serviceTeamIds', [...next].join(','));
  };
  const serviceTeamField = form.field('serviceTeamIds');

  const noManagers = team.data !== undefined && managers.length === 0;
  return (
    <>
      <PageHeader title={t('clients.newTitle')} description={t('clients.newDescription')} />
      <form
        ref={formRef}
        className="card form"
        noValidate
        aria-label={t('clients.newTitle')}
        aria-busy={form.busy}
        onSubmit={form.onSubmit}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !form.busy && !duplicates) void navigate('/clients');
        }}
      >
        {form.formError ? <ErrorMessage error={form.formError} /> : null}
        <div className="form__grid">
          <div className="form__wide">
            <TextField
              {...form.field('name')}
              onChange={(event) => {
                setDuplicates(null);
                form.field('name').onChange(event);
              }}
              autoComplete="off"
              autoFocus
              aria-required="true"
            />
          </div>
          <SelectField {...form.field('type')} options={clientTypes.map((type) => ({ value: type, label: t(`clients.types.${type}`) }))} />
          <SelectField
            {...form.field('tier')}
            placeholder={t('form.choose')}
            aria-required="true"
            options={tiers.map((tier) => ({ value: tier, label: tierNames[tier] }))}
            hint={t('clients.fields.tierHint', { name: tierNames.A })}
          />
          <SelectField
            {...form.field('status')}
            options={clientStatuses
              .filter((status) => status !== 'former')
              .map((status) => ({ value: status, label: t(`clients.statuses.${status}`) }))}
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
          <div className="form__wide">
            <fieldset className="fieldset" aria-describedby={serviceTeamField.error ? `${serviceTeamId}-error` : undefined}>
              <legend className="field__label">{serviceTeamField.label}</legend>
              <p className="field__hint">{t('clients.fields.serviceTeamHint')}</p>
              <ul className="check-list">
                {managers
                  .filter((member) => member.id !== form.values.primaryManagerId)
                  .map((member) => (
                    <li key={member.id}>
                      <label className="check">
                        <input
                          type="checkbox"
                          className="checkbox"
                          checked={serviceTeam.has(member.id)}
                          onChange={() => toggleServiceTeam(member.id)}
                        />
                        <span>
                          {member.name} <span className="text-muted">· {t(`team.roles.${member.role}`)}</span>
                        </span>
                      </label>
                    </li>
                  ))}
              </ul>
              {serviceTeamField.error && (
                <p id={`${serviceTeamId}-error`} className="field__error">
                  {serviceTeamField.error}
                </p>
              )}
            </fieldset>
          </div>
          <TextField {...form.field('clientSince')} type="date" />
          <SelectField
            {...form.field('preferredContact')}
            placeholder={t('clients.fields.noPreference')}
            options={contactMethods.map((method) => ({ value: method, label: t(`clients.contactMethods.${method}`) }))}
          />
          <TextField {...form.field('source')} autoComplete="off" hint={t('clients.fields.sourceHint')} />
          <TextField {...form.field('tags')} autoComplete="off" hint={t('clients.fields.tagsHint')} />
        </div>
        {duplicates && (
          <section className="duplicate-warning" role="alert" aria-labelledby={duplicatesTitleId}>
            <h2 id={duplicatesTitleId} className="duplicate-warning__title">
              {t('clients.duplicates.title', { count: duplicates.length })}
            </h2>
            <p>{t('clients.duplicates.body')}</p>
            <ul className="duplicate-warning__list">
              {duplicates.map((match) => (
                <li key={`${match.clientId}-${match.personName ?? ''}`}>
                  <Link to={`/clients/${match.clientId}`}>{match.clientName}</Link>
                  {match.personName && <span> · {match.personName}</span>}
                  <span className="text-muted">
                    {' '}
                    (
                    {t('clients.duplicates.matchedOn', {
                      fields: match.matchedOn.map((f) => t(`clients.duplicates.fields.${f}`)).join(', '),
                    })}
                    )
                  </span>
                </li>
              ))}
            </ul>
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={createAnyway}>
                {t('clients.duplicates.createAnyway')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDuplicates(null)}>
                {t('clients.duplicates.goBack')}
              </button>
            </div>
          </section>
        )}
        <div className="button-row form__actions">
          <button type="submit" className="button button--primary" disabled={form.busy || duplicates !== null}>
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
