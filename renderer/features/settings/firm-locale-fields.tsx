import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeDayOrder, localeWeekStart, type Weekday } from '../../../shared/domain/firm-locale';
import type { Settings } from '../../../shared/model';
import { dayOrderSettings } from '../../../shared/model/settings';
import {
  LocaleExample,
  SuggestedTextField,
  canonicalLocale,
  currencySuggestions,
  localeExample,
  localeSuggestions,
  numericExampleDay,
  timeZoneSuggestions,
} from '../../components/form/locale-choices';
import { SelectField } from '../../components/form/select-field';
import type { BoundField } from '../../components/form/use-form';

type LocaleSettings = Pick<Settings, 'locale' | 'currency' | 'dateOrder' | 'weekStartsOn' | 'timeZone'>;

/** The firm's locale settings as the form holds them: text, with the week's first day as "0"…"6" or "locale". */
export type LocaleValues = Record<keyof LocaleSettings, string>;

export const localeFieldNames = [
  'locale',
  'currency',
  'dateOrder',
  'weekStartsOn',
  'timeZone',
] as const satisfies readonly (keyof LocaleValues)[];

export function localeValuesOf(settings: LocaleSettings): LocaleValues {
  const { locale, currency, dateOrder, weekStartsOn, timeZone } = settings;
  return { locale, currency, dateOrder, weekStartsOn: String(weekStartsOn), timeZone };
}

/** The form's text as settings; the schema checks them before they are sent (an unknown tag or zone). */
export function localeDraftOf(values: LocaleValues): LocaleSettings {
  return {
    locale: canonicalLocale(values.locale),
    currency: values.currency.trim().toUpperCase(),
    dateOrder: values.dateOrder as Settings['dateOrder'],
    weekStartsOn: (values.weekStartsOn === 'locale' ? 'locale' : Number(values.weekStartsOn)) as Settings['weekStartsOn'],
    timeZone: values.timeZone.trim(),
  };
}

/** The locale settings that differ from the saved ones. */
export function localeChangesOf(saved: LocaleSettings, next: LocaleSettings): Partial<LocaleSettings> {
  return Object.fromEntries(localeFieldNames.filter((name) => next[name] !== saved[name]).map((name) => [name, next[name]]));
}

const weekdays: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** Weekday names in the interface language, Sunday first (4 January 1970 was a Sunday). */
function weekdayNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  return weekdays.map((day) => format.format(new Date(Date.UTC(1970, 0, 4 + day))));
}

/** What the locale itself would choose, or null while the typed tag is not one Intl takes. */
function localeDefaults(locale: string) {
  try {
    return { dayOrder: localeDayOrder(locale), weekStart: localeWeekStart(locale) };
  } catch {
    return null;
  }
}

/**
 * How the firm writes numbers, amounts and dates, whatever language the interface speaks: its
 * locale, currency, the order typed dates are read in, the first day of its week and its time
 * zone, with a line showing how an amount and a date will read.
 */
export function FirmLocaleFields({ field, values }: { field: (name: keyof LocaleValues) => BoundField<string>; values: LocaleValues }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const lists = useMemo(
    () => ({
      locales: localeSuggestions(language),
      currencies: currencySuggestions(language),
      timeZones: timeZoneSuggestions(),
      weekdays: weekdayNames(language),
    }),
    [language],
  );
  const draft = localeDraftOf(values);
  const defaults = localeDefaults(draft.locale);
  const exampleLocale = defaults ? draft.locale : 'en-US';
  const dayOrderOptions = dayOrderSettings.map((order) =>
    order === 'locale'
      ? {
          value: order,
          label: defaults
            ? t('settings.firm.dateOrderLocale', { example: numericExampleDay(exampleLocale, defaults.dayOrder) })
            : t('settings.firm.followLocale'),
        }
      : { value: order, label: t(`settings.firm.dateOrders.${order}`, { example: numericExampleDay(exampleLocale, order) }) },
  );
  const weekOptions = [
    {
      value: 'locale',
      label: defaults ? t('settings.firm.weekStartsLocale', { day: lists.weekdays[defaults.weekStart] }) : t('settings.firm.followLocale'),
    },
    ...weekdays.map((day) => ({ value: String(day), label: lists.weekdays[day]! })),
  ];

  return (
    <fieldset className="fieldset" aria-describedby="firm-locale-hint">
      <legend className="settings-form__legend">{t('settings.firm.localeLegend')}</legend>
      <p id="firm-locale-hint" className="field__hint settings-form__hint">
        {t('settings.firm.localeHint')}
      </p>
      <div className="settings-form__tiers">
        <SuggestedTextField field={field('locale')} suggestions={lists.locales} hint={t('settings.firm.localeFieldHint')} />
        <SuggestedTextField field={field('currency')} suggestions={lists.currencies} hint={t('settings.firm.currencyHint')} />
        <SelectField {...field('dateOrder')} options={dayOrderOptions} />
        <SelectField {...field('weekStartsOn')} options={weekOptions} />
        <SuggestedTextField field={field('timeZone')} suggestions={lists.timeZones} hint={t('settings.firm.timeZoneHint')} />
      </div>
      <LocaleExample example={localeExample(draft.locale, draft.currency, draft.dateOrder)} />
    </fieldset>
  );
}
