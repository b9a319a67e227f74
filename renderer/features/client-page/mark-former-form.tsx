import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { departureReasons, type ClientDetail, type TeamMember } from '../../../shared/model';
import { useApi } from '../../api/api-context';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { TextAreaField } from '../../components/form/text-area-field';
import { moneyInput } from '../../../shared/domain/money';
import { amountInputText, useTypingLocale } from '../../components/form/firm-typing';
import { PanelForm } from '../../components/form/panel-form';
import { useForm } from '../../components/form/use-form';
import { useFirmToday } from '../../components/dates';

interface Props {
  detail: ClientDetail;
  members: TeamMember[];
  currency: string;
  defaultStaffId: string;
  onCancel: () => void;
  onSaved: () => void;
}

/** Records that a household left: when, why, and the assets that went with it. */
export function MarkFormerForm({ detail, members, currency, defaultStaffId, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const locale = useTypingLocale();
  const api = useApi();
  const notify = useNotify();
  const { client } = detail;
  const form = useForm({
    initial: {
      on: useFirmToday(),
      reason: '',
      detail: '',
      assetsLeft: amountInputText(detail.assets.amountMinor, detail.assets.currency, locale),
      staffId: defaultStaffId,
    },
    labels: {
      on: t('clientPage.former.on'),
      reason: t('clientPage.former.reason'),
      detail: t('clientPage.former.detail'),
      assetsLeft: t('clientPage.former.assetsLeft'),
      staffId: t('clientPage.former.staff'),
    },
    schema: contract['clients:markFormer'].input,
    prepare: (v) => ({
      id: client.id,
      staffId: v.staffId,
      departure: {
        on: v.on,
        reason: v.reason,
        detail: v.detail,
        assetsLeft: moneyInput(v.assetsLeft, detail.assets.currency || currency, locale),
      },
    }),
    submit: (input) => api.invoke('clients:markFormer', input),
    onSuccess: (updated) => {
      notify(t('clientPage.former.saved', { name: updated.name }));
      onSaved();
    },
  });
  const staffOptions = members.filter((m) => m.active || m.id === defaultStaffId).map((m) => ({ value: m.id, label: m.name }));

  return (
    <PanelForm
      title={t('clientPage.former.title', { name: client.name })}
      description={t('clientPage.former.description')}
      busy={form.busy}
      formError={form.formError}
      submitLabel={t('clientPage.former.submit')}
      busyLabel={t('clientPage.saving')}
      cancelLabel={t('common.cancel')}
      onSubmit={form.onSubmit}
      onCancel={onCancel}
    >
      <div className="form__grid">
        <TextField {...form.field('on')} type="date" autoFocus aria-required="true" />
        <SelectField
          {...form.field('reason')}
          placeholder={t('form.choose')}
          aria-required="true"
          options={departureReasons.map((reason) => ({ value: reason, label: t(`clientPage.reasons.${reason}`) }))}
        />
        <TextField {...form.field('assetsLeft')} inputMode="decimal" autoComplete="off" hint={t('clientPage.former.assetsHint')} />
        <SelectField {...form.field('staffId')} placeholder={t('form.choose')} options={staffOptions} />
        <div className="form__wide">
          <TextAreaField {...form.field('detail')} />
        </div>
      </div>
    </PanelForm>
  );
}
