import type { TFunction } from 'i18next';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { moneyInputText } from '../../../shared/domain/money';
import { FirmLocaleContext } from '../../i18n/firm-locale';

/**
 * The locale typed amounts are read and written by: the firm's (FirmLocaleProvider), or, where no
 * settings are read, the interface language's.
 */
export function useTypingLocale(): string {
  const firm = useContext(FirmLocaleContext);
  const { i18n } = useTranslation();
  return firm?.locale ?? i18n.resolvedLanguage ?? i18n.language;
}

function decimalMark(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    return '.';
  }
}

/** An amount as an input starts with, ungrouped, with the locale's decimal mark: 123456 USD → "1234.56", "1234,56" in de-DE. */
export function amountInputText(amountMinor: number, currency: string, locale: string): string {
  return moneyInputText(amountMinor, currency).replace('.', decimalMark(locale));
}

/** An amount written the locale's way, as the hint for an amount that could not be read: "1,23,456.78" in en-IN, "123.456,78" in de-DE. */
export function amountExample(locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(123_456.78);
  } catch {
    return '123,456.78';
  }
}

/** `t` with the firm's example amount among its values, so "must be an amount like …" shows the firm's own way of writing one. */
export function withAmountExample(t: TFunction, locale: string): TFunction {
  const example = amountExample(locale);
  const translate = t as unknown as (key: string, options: object) => string;
  return ((key: string, options?: object) => translate(key, { amountExample: example, ...options })) as unknown as TFunction;
}
