import { describe, expect, it } from 'vitest';
import { isKnownCurrency, isKnownTimeZone, isSupportedLocale, machineTimeZone, suggestedLocales } from '../../../shared/domain/firm-locale';

describe('what a firm may choose', () => {
  it('offers locales this computer formats, and takes any other it does, written canonically', () => {
    expect(suggestedLocales.filter((tag) => !isSupportedLocale(tag))).toEqual([]);
    expect(['de-DE', 'ja-JP', 'hi-IN-u-nu-deva'].every(isSupportedLocale)).toBe(true);
    expect(['en_IN', 'en-in', 'xx-YY', '', 'en-US-'].some(isSupportedLocale)).toBe(false);
  });

  it('takes ISO 4217 currencies Intl knows, JPY and BHD too', () => {
    expect(['INR', 'USD', 'JPY', 'BHD'].every(isKnownCurrency)).toBe(true);
    expect(['XYZ', 'inr', 'RUPEE'].some(isKnownCurrency)).toBe(false);
  });

  it('takes IANA time zones in IANA spelling, aliases too, and this computer’s own', () => {
    expect(['Asia/Kolkata', 'Asia/Calcutta', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5', 'UTC'].every(isKnownTimeZone)).toBe(true);
    expect(isKnownTimeZone(machineTimeZone())).toBe(true);
    expect(['+05:30', 'asia/kolkata', 'Mars/Olympus_Mons', 'Asia/', ''].some(isKnownTimeZone)).toBe(false);
  });
});
