import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { clientTypes, contactMethods, tiers, type ClientDetail, type TeamMember } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { useTierName } from '../../app/tier-names';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { CheckboxGroup } from '../../components/form/checkbox-fields';
import { PanelForm } from '../../components/form/panel-form';
import { numberOrNull, orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';

interface Props {
  detail: ClientDetail;
  members: TeamMember[];
  onCancel: () => void;
  onSaved: () => void;
  /** Saving was refused because someone changed the household since: show the form again on the current household. */
  onReload: () => void;
}

/** "Edit details": the household's own fields (clients:update). Notes are edited in place instead. */
export function DetailsForm({ detail, members, onCancel, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const tierName = useTierName();
  const { client } = detail;
  const former = client.status === 'former';
  const [team, setTeam] = useState<string[]>(client.serviceTeamIds);
  const address = client.address;
  // The household as the form opened on it: a colleague's change that arrives meanwhile must be refused, not overwritten.
  const [shownVersion] = useState(() => detail.versions[client.id]);

  const form = useForm({
    initial: {
      name: client.name,
      type: client.type,
      status: former ? 'active' : client.status,
      tier: client.tier,
      clientSince: client.clientSince ?? '',
      source: client.source,
      preferredContact: client.preferredContact ?? '',
      reviewCadenceMonths: client.reviewCadenceMonths === null ? '' : String(client.reviewCadenceMonths),
      tags: client.tags.join(', '),
      line1: address?.line1 ?? '',
      line2: address?.line2 ?? '',
      city: address?.city ?? '',
      region: address?.region ?? '',
      postalCode: address?.postalCode ?? '',
      country: address?.country ?? '',
    },
    labels: {
      name: t('clientPage.fields.name'),
      type: t('clientPage.fields.type'),
      status: t('clientPage.fields.status'),
      tier: t('clientPage.fields.tier'),
      clientSince: t('clientPage.fields.clientSince'),
      source: t('clientPage.fields.source'),
      preferredContact: t('clientPage.fields.preferredContact'),
      reviewCadenceMonths: t('clientPage.fields.cadence'),
      tags: t('clientPage.fields.tags'),
      line1: t('clientPage.fields.line1'),
      line2: t('clientPage.fields.line2'),
      city: t('clientPage.fields.city'),
      region: t('clientPage.fields.region'),
      postalCode: t('clientPage.fields.postalCode'),
      country: t('clientPage.fields.country'),
    },
    schema: contract['clients:update'].input,
    prepare: (v) => {
      const addressParts = { line1: v.line1, line2: v.line2, city: v.city, region: v.region, postalCode: v.postalCode, country: v.country };
      const hasAddress = Object.values(addressParts).some((part) => part.trim() !== '');
      return {
        id: client.id,
        expectedVersion: shownVersion,
        changes: {
          name: v.name,
          type: v.type,
          // A former client's status changes only through "Mark as former"; leave it alone here.
          ...(former ? {} : { status: v.status }),
          tier: v.tier,
          serviceTeamIds: team,
          clientSince: orNull(v.clientSince),
          source: v.source,
          preferredContact: orNull(v.preferredContact),
          reviewCadenceMonths: numberOrNull(v.reviewCadenceMonths),
          tags: [
            ...new Set(
              v.tags
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean),
            ),
          ],
          address: hasAddress ? addressParts : null,
        },
      };
    },
    submit: (input) => api.invoke('clients:update', input),
    onSuccess: (updated) => {
      notify(t('clientPage.details.saved', { name: updated.name }));
      onSaved();
    },
  });

  const teamOptions = members
    .filter((m) => m.id !== client.primaryManagerId && (m.active || client.serviceTeamIds.includes(m.id)))
    .map((m) => ({ value: m.id, label: t('clientPage.details.memberOption', { name: m.name, role: t(`team.roles.${m.role}`) }) }));

  return (
    <PanelForm
      title={t('clientPage.details.editTitle')}
      busy={form.busy}
      formError={form.formError}
      onReload={onReload}
      submitLabel={t('clientPage.save')}
      busyLabel={t('clientPage.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
    >
      <div className="form__grid cp-grid-3">
        <div className="form__wide">
          <TextField {...form.field('name')} autoFocus autoComplete="off" aria-required="true" />
        </div>
        <SelectField {...form.field('type')} options={clientTypes.map((type) => ({ value: type, label: t(`clients.types.${type}`) }))} />
        {!former && (
          <SelectField
            {...form.field('status')}
            options={(['prospect', 'active'] as const).map((status) => ({ value: status, label: t(`clients.statuses.${status}`) }))}
          />
        )}
        <SelectField {...form.field('tier')} options={tiers.map((tier) => ({ value: tier, label: tierName(tier) }))} />
        <TextField {...form.field('clientSince')} type="date" />
        <TextField {...form.field('source')} autoComplete="off" hint={t('clientPage.details.sourceHint')} />
        <SelectField
          {...form.field('preferredContact')}
          placeholder={t('clientPage.notSet')}
          options={contactMethods.map((method) => ({ value: method, label: t(`clientPage.contactMethods.${method}`) }))}
        />
        <TextField
          {...form.field('reviewCadenceMonths')}
          inputMode="numeric"
          autoComplete="off"
          hint={t('clientPage.details.cadenceHint')}
        />
        <div className="form__wide">
          <TextField {...form.field('tags')} autoComplete="off" hint={t('clientPage.details.tagsHint')} />
        </div>
      </div>
      <fieldset className="form-fieldset">
        <legend className="form-fieldset__legend">{t('clientPage.details.address')}</legend>
        <div className="form__grid cp-grid-3">
          <div className="form__wide">
            <TextField {...form.field('line1')} autoComplete="off" />
          </div>
          <div className="form__wide">
            <TextField {...form.field('line2')} autoComplete="off" />
          </div>
          <TextField {...form.field('city')} autoComplete="off" />
          <TextField {...form.field('region')} autoComplete="off" />
          <TextField {...form.field('postalCode')} autoComplete="off" />
          <TextField {...form.field('country')} autoComplete="off" />
        </div>
      </fieldset>
      <CheckboxGroup
        legend={t('clientPage.fields.serviceTeam')}
        name="serviceTeamIds"
        options={teamOptions}
        selected={team}
        onChange={setTeam}
        empty={t('clientPage.details.noTeam')}
      />
    </PanelForm>
  );
}
