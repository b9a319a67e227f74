import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isKnownCurrency, isSupportedLocale } from '../../../shared/domain/firm-locale';
import {
  LocaleExample,
  SuggestedTextField,
  canonicalLocale,
  currencySuggestions,
  localeExample,
  localeSuggestions,
} from '../../components/form/locale-choices';

/** Currencies of the suggested locales. */
const currencyByLocale: Readonly<Record<string, string>> = { 'en-IN': 'INR', 'hi-IN': 'INR', 'en-GB': 'GBP', 'en-US': 'USD' };

/** A language tag's language and region, the region filled in where it names none ("en" → "en-US"); null when it is no tag. */
function withRegion(tag: string): string | null {
  try {
    const locale = new Intl.Locale(tag);
    return canonicalLocale(`${locale.language}-${locale.region ?? locale.maximize().region ?? 'US'}`);
  } catch {
    return null;
  }
}

/**
 * The currency a language tag suggests: the tag's own (`en-DE-u-cu-eur` → EUR), INR for en-IN and
 * hi-IN, GBP for en-GB, else USD (Intl tells no region's currency).
 */
export function currencyFor(tag: string): string {
  const own = /-u(?:-[a-z0-9]{2,8})*?-cu-([a-z]{3})(?:-|$)/i.exec(tag)?.[1]?.toUpperCase();
  if (own && isKnownCurrency(own)) return own;
  return currencyByLocale[withRegion(tag) ?? ''] ?? 'USD';
}

/**
 * The firm's locale and currency as this computer's languages suggest them (`navigator.languages`):
 * the first language Intl formats, its region filled in; else en-US and USD.
 */
export function guessFirmLocale(languages: readonly string[]): { locale: string; currency: string } {
  for (const language of languages) {
    const locale = withRegion(language);
    if (locale !== null && isSupportedLocale(locale)) return { locale, currency: currencyFor(language) };
  }
  return { locale: 'en-US', currency: 'USD' };
}

interface Chosen {
  locale: string;
  currency: string;
}

/**
 * The firm's locale and currency for an empty book, guessed from this computer's languages and
 * changeable before it starts. `chosen()` is null, with messages shown, while either is not one Intl knows.
 */
export function useFirmLocaleChoice(languages: readonly string[] = navigator.languages) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => guessFirmLocale(languages));
  const [errors, setErrors] = useState<Partial<Record<keyof Chosen, string>>>({});
  const draft = { locale: canonicalLocale(values.locale), currency: values.currency.trim().toUpperCase() };
  const field = (name: keyof Chosen) => ({
    name,
    label: t(`settings.firm.${name}`),
    value: values[name],
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
      const { value } = event.target;
      setValues((previous) => ({
        ...previous,
        [name]: value,
        // A new locale suggests its currency, until the currency is typed by hand.
        ...(name === 'locale' && previous.currency === currencyFor(previous.locale) ? { currency: currencyFor(value) } : {}),
      }));
    },
  });
  const chosen = (): Chosen | null => {
    const found = {
      ...(isSupportedLocale(draft.locale) ? {} : { locale: t('welcome.locale.localeInvalid') }),
      ...(isKnownCurrency(draft.currency) ? {} : { currency: t('welcome.locale.currencyInvalid') }),
    };
    setErrors(found);
    return Object.keys(found).length === 0 ? draft : null;
  };
  return { field, draft, chosen };
}

/** The locale and currency fields of the first-run screen, with how amounts and dates will read. */
export function FirmLocaleChoice({ choice, disabled }: { choice: ReturnType<typeof useFirmLocaleChoice>; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const lists = useMemo(() => ({ locales: localeSuggestions(language), currencies: currencySuggestions(language) }), [language]);
  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend className="field__label">{t('welcome.locale.legend')}</legend>
      <SuggestedTextField field={choice.field('locale')} suggestions={lists.locales} hint={t('settings.firm.localeFieldHint')} />
      <SuggestedTextField field={choice.field('currency')} suggestions={lists.currencies} hint={t('welcome.locale.currencyHint')} />
      <LocaleExample example={localeExample(choice.draft.locale, choice.draft.currency, 'locale')} />
    </fieldset>
  );
}
