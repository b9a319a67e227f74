import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { Holding } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { useFormatters } from '../../i18n/format';
import { moneyInput } from '../../../shared/domain/money';
import { useTypingLocale } from '../../components/form/firm-typing';
import { valuationOn } from '../../../shared/domain/totals';
import { PanelForm } from '../../components/form/panel-form';
import { useForm } from '../../components/form/use-form';
import { useFirmToday } from '../../components/dates';

/** Records a holding's value on a day. */
export function ValuationForm({ holding, onCancel, onSaved }: { holding: Holding; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = useTypingLocale();
  const api = useApi();
  const notify = useNotify();
  const fmt = useFormatters();
  const today = useFirmToday();
  const current = valuationOn(holding.valueHistory, today);
  const form = useForm({
    initial: { on: today, value: '' },
    labels: { on: t('clientPage.holdings.fields.valuedOn'), value: t('clientPage.holdings.fields.value') },
    schema: contract['holdings:recordValue'].input,
    prepare: (v) => ({ id: holding.id, on: v.on, value: moneyInput(v.value, holding.value.currency, locale) }),
    submit: (input) => api.invoke('holdings:recordValue', input),
    onSuccess: (saved) => {
      notify(t('clientPage.holdings.valueRecorded', { name: saved.name }));
      onSaved();
    },
  });
  return (
    <PanelForm
      title={t('clientPage.holdings.recordTitle', { name: holding.name })}
      description={current ? t('clientPage.holdings.currentValue', { value: fmt.exactMoney(current.value) }) : undefined}
      busy={form.busy}
      formError={form.formError}
      submitLabel={t('clientPage.holdings.recordValue')}
      busyLabel={t('clientPage.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
      className="form-panel--inset"
    >
      <div className="form__grid cp-grid-3">
        <TextField
          {...form.field('value')}
          autoFocus
          inputMode="decimal"
          autoComplete="off"
          aria-required="true"
          hint={t('clientPage.moneyHint', { currency: holding.value.currency })}
        />
        <TextField {...form.field('on')} type="date" aria-required="true" />
      </div>
    </PanelForm>
  );
}
