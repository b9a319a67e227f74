import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { tiers, type Settings, type Tier } from '../../../shared/model';
import { SettingsUpdate } from '../../../shared/model/settings';
import { ApiError } from '../../api';
import { issueMessage } from '../../components/form/issue-message';
import { TextField } from '../../components/form/text-field';
import { keepEditing, useForm } from '../../components/form/use-form';
import {
  FirmLocaleFields,
  localeChangesOf,
  localeDraftOf,
  localeFieldNames,
  localeValuesOf,
  type LocaleValues,
} from './firm-locale-fields';
import { SettingsCardForm, useSettingsSave } from './settings-card-form';
import { wholeNumberOf } from './whole-number';

type TierFieldName = 'firmName' | `tier${Tier}` | `cadence${Tier}`;
type FieldName = TierFieldName | keyof LocaleValues;
type Values = Record<FieldName, string>;
type Editable = Pick<Settings, 'firmName' | 'tierNames' | 'reviewCadenceMonths' | keyof LocaleValues>;

const fieldOrder: FieldName[] = [
  'firmName',
  ...localeFieldNames,
  ...tiers.map((tier) => `tier${tier}` as const),
  ...tiers.map((tier) => `cadence${tier}` as const),
];

function valuesOf(settings: Editable): Values {
  const values = { firmName: settings.firmName, ...localeValuesOf(settings) } as Values;
  for (const tier of tiers) {
    values[`tier${tier}`] = settings.tierNames[tier];
    values[`cadence${tier}`] = String(settings.reviewCadenceMonths[tier]);
  }
  return values;
}

function draftOf(values: Values): Editable {
  const tierNames = {} as Editable['tierNames'];
  const reviewCadenceMonths = {} as Editable['reviewCadenceMonths'];
  for (const tier of tiers) {
    tierNames[tier] = values[`tier${tier}`];
    reviewCadenceMonths[tier] = wholeNumberOf(values[`cadence${tier}`]);
  }
  return { firmName: values.firmName, ...localeDraftOf(values), tierNames, reviewCadenceMonths };
}

/** Which field an issue path (`firmName`, `currency`, `tierNames.A`, `reviewCadenceMonths.B`) is about. */
function fieldOf([group, tier]: readonly string[]): FieldName | undefined {
  if (group === 'firmName') return 'firmName';
  const localeField = localeFieldNames.find((name) => name === group);
  if (localeField) return localeField;
  if (tier === undefined || !(tiers as readonly string[]).includes(tier)) return undefined;
  if (group === 'tierNames') return `tier${tier as Tier}`;
  if (group === 'reviewCadenceMonths') return `cadence${tier as Tier}`;
  return undefined;
}

const sameTiers = <T,>(a: Record<Tier, T>, b: Record<Tier, T>) => tiers.every((tier) => a[tier] === b[tier]);

/** Only what differs from the saved settings; the tier groups are sent whole, as the contract wants. */
function changesOf(saved: Editable, next: Editable): z.input<typeof SettingsUpdate> {
  return {
    ...(next.firmName !== saved.firmName ? { firmName: next.firmName } : {}),
    ...localeChangesOf(saved, next),
    ...(!sameTiers(next.tierNames, saved.tierNames) ? { tierNames: next.tierNames } : {}),
    ...(!sameTiers(next.reviewCadenceMonths, saved.reviewCadenceMonths) ? { reviewCadenceMonths: next.reviewCadenceMonths } : {}),
  };
}

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

/**
 * The firm's name, how it writes numbers, amounts and dates (locale, currency, date order, first day
 * of the week, time zone), what it calls its tiers and how often each tier is reviewed by default.
 */
export function FirmSettingsForm({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  const { saveChanges, onSettingsSaved } = useSettingsSave('firm', onSaved);
  const labels = {
    firmName: t('settings.firm.firmName'),
    locale: t('settings.firm.locale'),
    currency: t('settings.firm.currency'),
    dateOrder: t('settings.firm.dateOrder'),
    weekStartsOn: t('settings.firm.weekStartsOn'),
    timeZone: t('settings.firm.timeZone'),
  } as Record<FieldName, string>;
  for (const tier of tiers) {
    labels[`tier${tier}`] = t('settings.firm.tierName', { tier });
    labels[`cadence${tier}`] = t('settings.firm.cadence', { tier });
  }

  const form = useForm({
    initial: valuesOf(settings),
    labels: Object.fromEntries(fieldOrder.map((name) => [name, labels[name]])),
    schema: SettingsUpdate,
    prepare: draftOf,
    fieldOf,
    describeIssue: (issue, label) =>
      issue.path[0] === 'reviewCadenceMonths' ? t('settings.firm.cadenceInvalid', { label }) : issueMessage(issue, label, t),
    submit: async (draft) => {
      const changes = changesOf(settings, draft as Editable);
      try {
        return await saveChanges(Object.keys(changes).length > 0 ? changes : null);
      } catch (error) {
        // The backend refuses a new currency while the book holds amounts in another: said beside the currency.
        if (!(error instanceof ApiError && error.code === 'CONFLICT' && changes.currency !== undefined)) throw error;
        form.setError('currency', t('settings.firm.currencyRefused', { from: settings.currency, to: changes.currency }));
        return keepEditing;
      }
    },
    onSuccess: (saved): void => {
      form.reset(valuesOf(saved));
      onSettingsSaved(saved);
    },
  });
  const { field } = form;

  return (
    <SettingsCardForm
      part="firm"
      title={t('settings.firm.title')}
      form={form}
      onSubmit={form.onSubmit}
      onCancel={() => form.reset(valuesOf(settings))}
    >
      <TextField {...field('firmName')} autoComplete="organization" />
      <FirmLocaleFields field={field} values={form.values} />
      <fieldset className="fieldset">
        <legend className="settings-form__legend">{t('settings.firm.tierNamesLegend')}</legend>
        <div className="settings-form__tiers">
          {tiers.map((tier) => (
            <TextField key={tier} {...field(`tier${tier}`)} autoComplete="off" aria-required="true" />
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset" aria-describedby="firm-cadence-hint">
        <legend className="settings-form__legend">{t('settings.firm.cadenceLegend')}</legend>
        <p id="firm-cadence-hint" className="field__hint settings-form__hint">
          {t('settings.firm.cadenceHint')}
        </p>
        <div className="settings-form__tiers">
          {tiers.map((tier) => (
            <TextField
              key={tier}
              {...field(`cadence${tier}`)}
              type="number"
              inputMode="numeric"
              min={1}
              max={36}
              step={1}
              aria-required="true"
            />
          ))}
        </div>
      </fieldset>
    </SettingsCardForm>
  );
}
