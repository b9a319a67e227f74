import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFormat, type FormatLocale, type LocaleFormat } from '../../shared/domain/locale-format';
import type { Money } from '../../shared/model';
import { FirmLocaleContext } from './firm-locale';

/** The screens' formatters: the one formatting module (shared/domain/locale-format.ts). */
export type Formatters = LocaleFormat;

const formatLocale = (firm: FormatLocale | string): FormatLocale => (typeof firm === 'string' ? { locale: firm } : firm);

/** Formatters for a locale (and time zone); each Intl formatter is made on first use. */
export function createFormatters(firm: FormatLocale | string): Formatters {
  return localeFormat(formatLocale(firm));
}

/** The one set of formatters for a locale and time zone: building Intl formatters is slow (about a millisecond each). */
export const formattersFor = createFormatters;

/**
 * How one column of amounts is written: all to the cent when any of them has cents, so the column
 * lines up and no amount is rounded; otherwise in whole units.
 */
export function columnMoney(format: Formatters, amounts: readonly (Money | null)[]): (value: Money) => string {
  return amounts.some((amount) => amount !== null && format.hasMinorUnits(amount)) ? format.moneyCents : format.money;
}

/**
 * Formatters for the firm's locale and time zone (FirmLocaleProvider); where no settings are read,
 * for the interface language. Numbers and dates are formatted here, at the edge.
 */
export function useFormatters(): Formatters {
  const firm = useContext(FirmLocaleContext);
  const { i18n } = useTranslation();
  return formattersFor(firm ?? i18n.resolvedLanguage ?? i18n.language);
}
