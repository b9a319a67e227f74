import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { tiers, type Settings, type Tier } from '../../../shared/model';
import { SettingsUpdate } from '../../../shared/model/settings';
import { ApiError } from '../../api';
import { useApi } from '../../api/api-context';
import { ErrorMessage } from '../../components/error-message';
import { issueMessage } from '../../components/form/issue-message';
import { TextField } from '../../components/form/text-field';
import { useNotify } from '../../components/notices';
import { wholeNumberOf } from './whole-number';

type FieldName = 'firmName' | `tier${Tier}` | `cadence${Tier}`;
type Values = Record<FieldName, string>;
type Errors = Partial<Record<FieldName, string>>;
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
function fieldOf(path: readonly PropertyKey[] | string): FieldName | undefined {
  const [group, tier] = typeof path === 'string' ? path.split('.') : path.map(String);
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
  const [values, setValues] = useState(() => valuesOf(settings));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const labels: Record<FieldName, string> = { firmName: t('settings.firm.firmName') } as Record<FieldName, string>;
  for (const tier of tiers) {
    labels[`tier${tier}`] = t('settings.firm.tierName', { tier });
    labels[`cadence${tier}`] = t('settings.firm.cadence', { tier });
  }

  const messageFor = (name: FieldName, issue: z.core.$ZodIssue) =>
    name.startsWith('cadence') ? t('settings.firm.cadenceInvalid', { label: labels[name] }) : issueMessage(issue, labels[name], t);

  const focusFirst = (form: HTMLFormElement, found: Errors) => {
    const first = fieldOrder.find((name) => found[name]);
    const control = first ? form.elements.namedItem(first) : null;
    if (control instanceof HTMLElement) control.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const draft = draftOf(values);
    const parsed = SettingsUpdate.safeParse(draft);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const name = fieldOf(issue.path);
        if (name !== undefined) found[name] ??= messageFor(name, issue);
      }
      setErrors(found);
      setFormError(null);
      focusFirst(form, found);
      return;
    }
    setErrors({});
    setFormError(null);
    const changes = changesOf(settings, parsed.data as Editable);
    if (Object.keys(changes).length === 0) {
      notify(t('settings.firm.noChanges'));
      return;
    }
    setBusy(true);
    try {
      const saved = await api.invoke('settings:update', changes);
      setValues(valuesOf(saved));
      onSaved(saved);
      notify(t('settings.firm.saved'));
    } catch (error) {
      const found: Errors = {};
      let unplaced = !(error instanceof ApiError) || error.issues.length === 0;
      if (error instanceof ApiError) {
        for (const issue of error.issues) {
          const name = fieldOf(issue.path);
          if (name === undefined) unplaced = true;
          else found[name] ??= t('validation.fromServer', { label: labels[name], message: issue.message });
        }
      }
      setErrors(found);
      setFormError(unplaced ? error : null);
      focusFirst(form, found);
    } finally {
      setBusy(false);
    }
  };

  const onCancel = () => {
    setValues(valuesOf(settings));
    setErrors({});
    setFormError(null);
  };

  const field = (name: FieldName) => ({
    name,
    label: labels[name],
    value: values[name],
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const { value } = event.target;
      setValues((prev) => ({ ...prev, [name]: value }));
    },
  });

  return (
    <form
      className="card form settings-form"
      noValidate
      aria-labelledby="firm-settings-title"
      aria-busy={busy}
      onSubmit={(event) => void onSubmit(event)}
    >
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
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
