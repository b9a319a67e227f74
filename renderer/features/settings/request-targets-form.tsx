import { useTranslation } from 'react-i18next';
import { requestTypes, type RequestType, type Settings } from '../../../shared/model';
import { SettingsUpdate } from '../../../shared/model/settings';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { TextField } from '../../components/form/text-field';
import { keepEditing, useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';
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
  const api = useApi();
  const notify = useNotify();
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
    submit: async (input) => {
      const targets = input.requestTargetHours!;
      if (requestTypes.every((type) => targets[type] === saved[type])) {
        notify(t('settings.targets.noChanges'));
        return keepEditing;
      }
      return api.invoke('settings:update', { requestTargetHours: targets });
    },
    onSuccess: (next) => {
      notify(t('settings.targets.saved'));
      onSaved(next);
    },
  });

  return (
    <form className="card form settings-form" noValidate aria-labelledby="targets-title" aria-busy={form.busy} onSubmit={form.onSubmit}>
      <div>
        <h2 id="targets-title" className="card__title">
          {t('settings.targets.title')}
        </h2>
        <p className="card__description">{t('settings.targets.body')}</p>
      </div>
      {form.formError ? <ErrorMessage error={form.formError} /> : null}
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
      <div className="button-row form__actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('settings.targets.saving') : t('settings.targets.save')}
        </button>
        <button type="button" className="button button--secondary" disabled={form.busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
