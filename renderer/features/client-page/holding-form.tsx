import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { holdingKinds, type Holding, type TeamMember } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { accountLastFour } from '../../../shared/domain/account-number';
import { moneyInput } from '../../../shared/domain/money';
import { amountInputText, useTypingLocale } from '../../components/form/firm-typing';
import { PanelForm } from '../../components/form/panel-form';
import { orNull } from '../../components/form/form-values';
import { useForm } from '../../components/form/use-form';
import { useFirmToday } from '../../components/dates';

interface HoldingFormProps {
  clientId: string;
  members: TeamMember[];
  currency: string;
  holding?: Holding;
  onCancel: () => void;
  onSaved: () => void;
}

/** Adds a product or service to the household, or edits one. */
export function HoldingForm({ clientId, members, currency, holding, onCancel, onSaved }: HoldingFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const moneyCurrency = holding?.annualFee.currency ?? currency;
  const locale = useTypingLocale();
  const form = useForm({
    initial: {
      kind: holding?.kind ?? '',
      name: holding?.name ?? '',
      provider: holding?.provider ?? '',
      // The stored number is never put back on screen; typing one replaces it.
      accountNumber: '',
      status: holding?.status ?? 'open',
      openedOn: holding?.openedOn ?? '',
      closedOn: holding?.closedOn ?? '',
      value: '',
      valuedOn: useFirmToday(),
      annualFee: holding ? amountInputText(holding.annualFee.amountMinor, holding.annualFee.currency, locale) : '',
      soldById: holding?.soldById ?? '',
    },
    labels: {
      kind: t('clientPage.holdings.fields.kind'),
      name: t('clientPage.holdings.fields.name'),
      provider: t('clientPage.holdings.fields.provider'),
      accountNumber: t('clientPage.holdings.fields.accountNumber'),
      status: t('clientPage.holdings.fields.status'),
      openedOn: t('clientPage.holdings.fields.openedOn'),
      closedOn: t('clientPage.holdings.fields.closedOn'),
      value: t('clientPage.holdings.fields.value'),
      valuedOn: t('clientPage.holdings.fields.valuedOn'),
      annualFee: t('clientPage.holdings.fields.annualFee'),
      soldById: t('clientPage.holdings.fields.soldBy'),
    },
    schema: holding ? contract['holdings:update'].input : contract['holdings:create'].input,
    prepare: (v) => {
      const common = {
        kind: v.kind,
        name: v.name,
        provider: v.provider,
        openedOn: orNull(v.openedOn),
        annualFee: moneyInput(v.annualFee.trim() === '' ? '0' : v.annualFee, moneyCurrency, locale),
        soldById: orNull(v.soldById),
      };
      if (holding) {
        const account = orNull(v.accountNumber);
        return {
          id: holding.id,
          changes: { ...common, ...(account ? { accountNumber: account } : {}), status: v.status, closedOn: orNull(v.closedOn) },
        };
      }
      return {
        clientId,
        ...common,
        accountNumber: orNull(v.accountNumber),
        value: moneyInput(v.value, moneyCurrency, locale),
        valuedOn: v.valuedOn,
      };
    },
    submit: (input) => ('changes' in input ? api.invoke('holdings:update', input) : api.invoke('holdings:create', input)),
    onSuccess: (saved) => {
      notify(t(holding ? 'clientPage.holdings.updated' : 'clientPage.holdings.added', { name: saved.name }));
      onSaved();
    },
  });
  const staff = members.filter((m) => m.active || m.id === holding?.soldById).map((m) => ({ value: m.id, label: m.name }));

  return (
    <PanelForm
      title={holding ? t('clientPage.holdings.editTitle', { name: holding.name }) : t('clientPage.holdings.addTitle')}
      busy={form.busy}
      formError={form.formError}
      submitLabel={holding ? t('clientPage.save') : t('clientPage.holdings.add')}
      busyLabel={t('clientPage.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
      className="form-panel--inset"
    >
      <div className="form__grid cp-grid-3">
        <SelectField
          {...form.field('kind')}
          autoFocus
          placeholder={t('form.choose')}
          aria-required="true"
          options={holdingKinds.map((kind) => ({ value: kind, label: t(`clientPage.holdingKinds.${kind}`) }))}
        />
        <TextField {...form.field('name')} autoComplete="off" aria-required="true" />
        <TextField {...form.field('provider')} autoComplete="off" />
        <TextField
          {...form.field('accountNumber')}
          autoComplete="off"
          spellCheck={false}
          hint={
            holding?.accountNumber
              ? t('clientPage.holdings.accountKeep', { last: accountLastFour(holding.accountNumber) })
              : t('clientPage.holdings.accountHint')
          }
        />
        {!holding && (
          <>
            <TextField
              {...form.field('value')}
              inputMode="decimal"
              autoComplete="off"
              aria-required="true"
              hint={t('clientPage.moneyHint', { currency: moneyCurrency })}
            />
            <TextField {...form.field('valuedOn')} type="date" aria-required="true" />
          </>
        )}
        <TextField {...form.field('annualFee')} inputMode="decimal" autoComplete="off" hint={t('clientPage.holdings.feeHint')} />
        <TextField {...form.field('openedOn')} type="date" />
        {holding && (
          <>
            <SelectField
              {...form.field('status')}
              options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`clientPage.holdingStatus.${s}`) }))}
            />
            <TextField {...form.field('closedOn')} type="date" />
          </>
        )}
        <SelectField {...form.field('soldById')} placeholder={t('clientPage.notRecorded')} options={staff} />
      </div>
    </PanelForm>
  );
}
