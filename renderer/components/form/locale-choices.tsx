import { useTranslation } from 'react-i18next';
import { isKnownCurrency, isSupportedLocale, resolveDayOrder, suggestedLocales, type DayOrder } from '../../../shared/domain/firm-locale';
import { localeFormat } from '../../../shared/domain/locale-format';
import { minorDigits } from '../../../shared/domain/money';
import type { BoundField } from './use-form';
import { TextField } from './text-field';

/** A choice offered in a list beside a text box: what is typed, and how it reads. */
export interface Suggestion {
  value: string;
  label: string;
}

/** The interface language's name for each code of `type`, or the code itself where Intl has none. */
function namesIn(language: string, type: 'language' | 'currency'): (code: string) => string {
  try {
    const names = new Intl.DisplayNames(language, { type });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

/** The suggested locales, each named in the interface language ("English (India)"). */
export function localeSuggestions(language: string): Suggestion[] {
  const nameOf = namesIn(language, 'language');
  return suggestedLocales.map((tag) => ({ value: tag, label: nameOf(tag) }));
}

/** Every ISO 4217 currency this computer knows, named in the interface language ("Indian Rupee"). */
export function currencySuggestions(language: string): Suggestion[] {
  const nameOf = namesIn(language, 'currency');
  return Intl.supportedValuesOf('currency').map((code) => ({ value: code, label: nameOf(code) }));
}

/** Every IANA time zone this computer knows. */
export function timeZoneSuggestions(): Suggestion[] {
  return Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

/** A tag as Intl spells it ("en-in" → "en-IN"), or the text as typed when it is no tag (the schema then says so). */
export function canonicalLocale(text: string): string {
  const trimmed = text.trim();
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? trimmed;
  } catch {
    return trimmed;
  }
}

/**
 * A text box that takes anything typed and offers `suggestions` in a list the browser filters as
 * one types (a datalist), so a long list (300 currencies, 400 time zones) is searchable.
 */
export function SuggestedTextField({
  field,
  suggestions,
  hint,
}: {
  field: BoundField<string>;
  suggestions: readonly Suggestion[];
  hint?: string;
}) {
  const listId = `${field.name}-suggestions`;
  return (
    <>
      <TextField {...field} hint={hint} list={listId} autoComplete="off" spellCheck={false} />
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion.value} value={suggestion.value} label={suggestion.label} />
        ))}
      </datalist>
    </>
  );
}

/** The demo firm's assets, 13,32,86,539 in whole units: large enough to show every grouping. */
const exampleWholeAmount = 133_286_539;
/** The last day of an Indian financial year, whose day and month cannot be mistaken for each other. */
const exampleDay = new Date(Date.UTC(2026, 2, 31));

/** 31 March 2026 with digits in `order`, joined by the locale's own mark: "31/03/2026", "03/31/2026", "2026-03-31". */
export function numericExampleDay(locale: string, order: DayOrder): string {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    exampleDay,
  );
  const value = (type: 'day' | 'month' | 'year') => parts.find((part) => part.type === type)?.value ?? '';
  const mark = order === 'YMD' ? '-' : (parts.find((part) => part.type === 'literal')?.value ?? '/');
  const byLetter = { D: value('day'), M: value('month'), Y: value('year') };
  return [...order].map((letter) => byLetter[letter as keyof typeof byLetter]).join(mark);
}

/**
 * How the firm's amounts and typed dates will read: "₹13,32,86,539 · 31/03/2026". Null while the
 * locale or currency is not one Intl takes.
 */
export function localeExample(locale: string, currency: string, dayOrder: DayOrder | 'locale'): string | null {
  if (!isSupportedLocale(locale) || !isKnownCurrency(currency)) return null;
  const amountMinor = exampleWholeAmount * 10 ** minorDigits(currency);
  const amount = localeFormat({ locale }).money({ amountMinor, currency });
  return `${amount} · ${numericExampleDay(locale, resolveDayOrder(dayOrder, locale))}`;
}

/** The example line under the firm's locale choices, said as what it is. */
export function LocaleExample({ example }: { example: string | null }) {
  const { t } = useTranslation();
  return (
    <p className="field__hint" aria-live="polite">
      {example === null ? t('settings.firm.exampleNone') : t('settings.firm.example', { example })}
    </p>
  );
}
