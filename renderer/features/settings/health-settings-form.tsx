import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { healthParts, tiers, type HealthPartKey, type HealthSettings, type Settings, type Tier } from '../../../shared/model';
import { SettingsUpdate } from '../../../shared/model/settings';
import { TextField } from '../../components/form/text-field';
import { useForm } from '../../components/form/use-form';
import { useFormatters } from '../../i18n/format';
import './settings.css';
import { SettingsCardForm, useSettingsSave } from './settings-card-form';
import { wholeNumberOf } from './whole-number';

/**
 * Fields are named by the last segment of their path in `HealthSettings` (`weights.contact` →
 * `contact`, `contactDays.A` → `A`), so an issue from the schema or the backend lands beside its field.
 */
type FieldName = HealthPartKey | 'green' | 'amber' | 'satisfactionHalfLifeDays' | Tier | 'fallingFastPoints';
type Values = Record<FieldName, string>;

const fieldNames: FieldName[] = [...healthParts, 'green', 'amber', 'satisfactionHalfLifeDays', ...tiers, 'fallingFastPoints'];

/** The whole-number range each field accepts, as in the shared schema. */
const ranges: Record<FieldName, { min: number; max: number }> = {
  ...(Object.fromEntries(healthParts.map((part) => [part, { min: 0, max: 100 }])) as Record<HealthPartKey, { min: number; max: number }>),
  green: { min: 1, max: 100 },
  amber: { min: 0, max: 99 },
  satisfactionHalfLifeDays: { min: 1, max: 3650 },
  ...(Object.fromEntries(tiers.map((tier) => [tier, { min: 1, max: 3650 }])) as Record<Tier, { min: number; max: number }>),
  fallingFastPoints: { min: 1, max: 100 },
};

const totalWeight = 100;

function valuesOf(health: HealthSettings): Values {
  return {
    ...(Object.fromEntries(healthParts.map((part) => [part, String(health.weights[part])])) as Record<HealthPartKey, string>),
    green: String(health.bands.green),
    amber: String(health.bands.amber),
    satisfactionHalfLifeDays: String(health.satisfactionHalfLifeDays),
    ...(Object.fromEntries(tiers.map((tier) => [tier, String(health.contactDays[tier])])) as Record<Tier, string>),
    fallingFastPoints: String(health.fallingFastPoints),
  };
}

function healthOf(values: Values): HealthSettings {
  return {
    weights: Object.fromEntries(healthParts.map((part) => [part, wholeNumberOf(values[part])])) as HealthSettings['weights'],
    bands: { green: wholeNumberOf(values.green), amber: wholeNumberOf(values.amber) },
    satisfactionHalfLifeDays: wholeNumberOf(values.satisfactionHalfLifeDays),
    contactDays: Object.fromEntries(tiers.map((tier) => [tier, wholeNumberOf(values[tier])])) as HealthSettings['contactDays'],
    fallingFastPoints: wholeNumberOf(values.fallingFastPoints),
  };
}

/** The sum of the weights, or null while one of them is not a whole number yet. */
function weightTotalOf(values: Values): number | null {
  const weights = healthParts.map((part) => wholeNumberOf(values[part]));
  return weights.some(Number.isNaN) ? null : weights.reduce((sum, weight) => sum + weight, 0);
}

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
  /** Puts the saved settings back (the parent renders the form afresh, messages and all). */
  onCancel: () => void;
}

/** How the client health score is made: the weight of each part, the band thresholds and what counts as overdue or falling. */
export function HealthSettingsForm({ settings, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { saveChanges, onSettingsSaved } = useSettingsSave('health', onSaved);
  const format = useFormatters();
  const saved = settings.health;
  /** Set when a save was refused because the weights did not add up; the message shows until they do. */
  const [weightsRefused, setWeightsRefused] = useState(false);

  const labels = {
    ...(Object.fromEntries(healthParts.map((part) => [part, t('settings.health.weight', { part: t(`health.parts.${part}`) })])) as Record<
      HealthPartKey,
      string
    >),
    green: t('settings.health.greenFrom'),
    amber: t('settings.health.amberFrom'),
    satisfactionHalfLifeDays: t('settings.health.halfLife'),
    ...(Object.fromEntries(tiers.map((tier) => [tier, t('settings.health.contactDays', { tier: settings.tierNames[tier] })])) as Record<
      Tier,
      string
    >),
    fallingFastPoints: t('settings.health.fallingFast'),
  } satisfies Values;

  const describeIssue = (issue: z.core.$ZodIssue, label: string) => {
    if (issue.code === 'custom') return t('settings.health.amberBelowGreen', { label, green: labels.green });
    const range = ranges[issue.path.at(-1) as FieldName];
    return t('settings.health.wholeNumber', { label, min: format.number(range.min), max: format.number(range.max) });
  };

  const form = useForm({
    initial: valuesOf(saved),
    labels,
    schema: SettingsUpdate,
    prepare: (values) => ({ health: healthOf(values) }),
    describeIssue,
    submit: (input) => {
      const health = input.health!;
      const before = valuesOf(saved);
      const after = valuesOf(health);
      return saveChanges(fieldNames.every((name) => before[name] === after[name]) ? null : { health });
    },
    onSuccess: onSettingsSaved,
  });

  const weightTotal = weightTotalOf(form.values);
  const weightsOff = weightTotal !== null && weightTotal !== totalWeight;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Checked here so the message can say the total; the shared schema and the backend refuse it too.
    if (weightsOff) {
      event.preventDefault();
      setWeightsRefused(true);
      const first = event.currentTarget.elements.namedItem(healthParts[0]);
      if (first instanceof HTMLElement) first.focus();
      return;
    }
    setWeightsRefused(false);
    form.onSubmit(event);
  };

  const wholeNumberField = (name: FieldName) => (
    <TextField
      key={name}
      {...form.field(name)}
      type="number"
      inputMode="numeric"
      min={ranges[name].min}
      max={ranges[name].max}
      step={1}
      aria-required="true"
    />
  );

  return (
    <SettingsCardForm part="health" title={t('health.title')} form={form} onSubmit={onSubmit} onCancel={onCancel}>
      <fieldset className="fieldset" aria-describedby="health-weights-hint health-weights-total">
        <legend className="settings-form__legend">{t('settings.health.weightsLegend')}</legend>
        <p id="health-weights-hint" className="field__hint settings-form__hint">
          {t('settings.health.weightsHint', { total: totalWeight })}
        </p>
        <div className="settings-form__tiers">{healthParts.map(wholeNumberField)}</div>
        <p id="health-weights-total" className={`settings-form__total${weightsOff ? ' settings-form__total--off' : ''}`} aria-live="polite">
          {weightTotal === null
            ? t('settings.health.totalUnknown', { total: totalWeight })
            : t('settings.health.total', { count: weightTotal, total: totalWeight })}
        </p>
        {weightsRefused && weightsOff && (
          <p className="field__error" role="alert">
            {t('settings.health.weightsMustAddUp', { sum: weightTotal, total: totalWeight })}
          </p>
        )}
      </fieldset>
      <fieldset className="fieldset" aria-describedby="health-bands-hint">
        <legend className="settings-form__legend">{t('settings.health.bandsLegend')}</legend>
        <p id="health-bands-hint" className="field__hint settings-form__hint">
          {t('settings.health.bandsHint')}
        </p>
        <div className="settings-form__tiers">{(['green', 'amber', 'fallingFastPoints'] satisfies FieldName[]).map(wholeNumberField)}</div>
      </fieldset>
      <fieldset className="fieldset" aria-describedby="health-days-hint">
        <legend className="settings-form__legend">{t('settings.health.daysLegend')}</legend>
        <p id="health-days-hint" className="field__hint settings-form__hint">
          {t('settings.health.daysHint')}
        </p>
        <div className="settings-form__tiers">{tiers.map(wholeNumberField)}</div>
        <div className="settings-form__tiers">{wholeNumberField('satisfactionHalfLifeDays')}</div>
      </fieldset>
    </SettingsCardForm>
  );
}
