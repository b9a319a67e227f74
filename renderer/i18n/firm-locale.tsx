import { createContext, useMemo, type ReactNode } from 'react';
import type { FormatLocale } from '../../shared/domain/locale-format';
import type { Settings } from '../../shared/model';

/** The firm's locale and time zone for formatting; null where no settings are read (the interface language is used). */
export const FirmLocaleContext = createContext<FormatLocale | null>(null);

/**
 * Numbers, amounts and dates on every screen follow the firm's settings. Given the settings the app
 * reads once (the first render's come from the boot answer, so the first screen does not wait).
 */
export function FirmLocaleProvider({ settings, children }: { settings: Settings | undefined; children: ReactNode }) {
  const locale = settings?.locale;
  const timeZone = settings?.timeZone;
  const value = useMemo(() => (locale === undefined ? null : { locale, timeZone }), [locale, timeZone]);
  return <FirmLocaleContext value={value}>{children}</FirmLocaleContext>;
}
