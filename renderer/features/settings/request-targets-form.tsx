import { useTranslation } from 'react-i18next';
import { requestTypes, type RequestType, type Settings } from '../../../shared/model';
import { SettingsUpdate } from '../../../shared/model/settings';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { SettingsCardForm, useSettingsSave } from './settings-card-form';
import { wholeNumberOf } from './whole-number';

type Targets = Settings['requestTargetHours'];

function valuesOf(targets: Targets): Record<RequestType, string> {
  return Object.fromEntries(requestTypes.map((type) => [type, String(targets[type])])) as Record<RequestType, string>;
}

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
  /** Puts the saved targets back (the parent renders the form afresh, messages and all). */
  onCancel: () => void;
}

/**
 * Response-time targets per service request type. Fields are named by type, so an issue at
 * `requestTargetHours.complaint` lands beside the complaint field.
 */
export function RequestTargetsForm({ settings, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { saveChanges, onSettingsSaved } = useSettingsSave('targets', onSaved);
  const saved = settings.requestTargetHours;
  const labels = Object.fromEntries(
    requestTypes.map((type) => [type, t('settings.targets.field', { type: t(`requests.types.${type}`) })]),
  ) as Record<RequestType, string>;
  const form = useForm({
    initial: valuesOf(saved),
    labels,
    schema: SettingsUpdate,
    prepare: (values) => ({ requestTargetHours: Object.fromEntries(requestTypes.map((type) => [type, wholeNumberOf(values[type])])) }),
    describeIssue: (_issue, label) => t('settings.targets.invalid', { label }),
    submit: (input) => {
      const targets = input.requestTargetHours!;
      return saveChanges(requestTypes.every((type) => targets[type] === saved[type]) ? null : { requestTargetHours: targets });
    },
    onSuccess: onSettingsSaved,
  });

  return (
    <SettingsCardForm part="targets" title={t('settings.targets.title')} form={form} onSubmit={form.onSubmit} onCancel={onCancel}>
      <fieldset className="fieldset" aria-describedby="targets-hint">
        <legend className="settings-form__legend">{t('settings.targets.legend')}</legend>
        <p id="targets-hint" className="field__hint settings-form__hint">
          {t('settings.targets.hint')}
        </p>
        <div className="settings-form__tiers">
          {requestTypes.map((type) => (
            <TextField
              key={type}
              {...form.field(type)}
              type="number"
              inputMode="numeric"
              min={1}
              max={2000}
              step={1}
              aria-required="true"
            />
          ))}
        </div>
      </fieldset>
    </SettingsCardForm>
  );
}
