import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { tiers, type Settings, type Tier } from '../../../shared/model';
import { SettingsUpdate } from '../../../shared/model/settings';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { issueMessage } from '../../components/form/issue-message';
import { TextField } from '../../components/form/text-field';
import { keepEditing, useForm } from '../../components/form/use-form';
import { useNotify } from '../../components/notices';
import { wholeNumberOf } from './whole-number';

type FieldName = 'firmName' | `tier${Tier}` | `cadence${Tier}`;
type Values = Record<FieldName, string>;
type Editable = Pick<Settings, 'firmName' | 'tierNames' | 'reviewCadenceMonths'>;

const fieldOrder: FieldName[] = [
  'firmName',
  ...tiers.map((tier) => `tier${tier}` as const),
  ...tiers.map((tier) => `cadence${tier}` as const),
];

function valuesOf(settings: Editable): Values {
  const values = { firmName: settings.firmName } as Values;
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
  return { firmName: values.firmName, tierNames, reviewCadenceMonths };
}

/** Which field an issue path (`firmName`, `tierNames.A`, `reviewCadenceMonths.B`) is about. */
function fieldOf([group, tier]: readonly string[]): FieldName | undefined {
  if (group === 'firmName') return 'firmName';
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
    ...(!sameTiers(next.tierNames, saved.tierNames) ? { tierNames: next.tierNames } : {}),
    ...(!sameTiers(next.reviewCadenceMonths, saved.reviewCadenceMonths) ? { reviewCadenceMonths: next.reviewCadenceMonths } : {}),
  };
}

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

/** The firm's name, what it calls its tiers and how often each tier is reviewed by default. */
export function FirmSettingsForm({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const labels: Record<FieldName, string> = { firmName: t('settings.firm.firmName') } as Record<FieldName, string>;
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
      if (Object.keys(changes).length > 0) return api.invoke('settings:update', changes);
      notify(t('settings.firm.noChanges'));
      return keepEditing;
    },
    onSuccess: (saved): void => {
      form.reset(valuesOf(saved));
      onSaved(saved);
      notify(t('settings.firm.saved'));
    },
  });
  const { busy, formError, field } = form;

  return (
    <form className="card form settings-form" noValidate aria-labelledby="firm-settings-title" aria-busy={busy} onSubmit={form.onSubmit}>
      <div>
        <h2 id="firm-settings-title" className="card__title">
          {t('settings.firm.title')}
        </h2>
        <p className="card__description">{t('settings.firm.body')}</p>
      </div>
      {formError ? <ErrorMessage error={formError} /> : null}
      <TextField {...field('firmName')} autoComplete="organization" />
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
      <div className="button-row form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('settings.firm.saving') : t('settings.firm.save')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => form.reset(valuesOf(settings))}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
