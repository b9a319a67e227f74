import { useContext } from 'react';
import { localDayOf, localDayStartMs, zonedDayStartMs, zonedToday } from '../../shared/domain/local-day';
import { FirmLocaleContext } from '../i18n/firm-locale';
import { useFormatters } from '../i18n/format';

/**
 * Today as the firm counts it: its day in the time zone its settings name, as the backend counts
 * due today and overdue; this computer's day where no settings are read (`timeZone` undefined).
 */
export function firmToday(timeZone: string | undefined, now: Date = new Date()): string {
  return timeZone === undefined ? localDayOf(now) : zonedToday(now, timeZone);
}

/** The firm's time zone from its settings, or undefined where none are read. */
export function useFirmTimeZone(): string | undefined {
  return useContext(FirmLocaleContext)?.timeZone;
}

/** Today as the firm counts it (`firmToday`), by the screen's clock. */
export function useFirmToday(now?: Date): string {
  return firmToday(useFirmTimeZone(), now);
}

/** The value a `datetime-local` input takes for an instant, in local time to the minute. */
export function localDateTimeInput(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDayOf(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant, or the text itself when it is not a date (the schema then says so). */
export function instantFromLocal(value: string): string {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : value;
}

/** Formats calendar days (`YYYY-MM-DD`) without shifting them through a time zone. */
export function useDayFormat(): (isoDay: string) => string {
  return useFormatters().day;
}

/**
 * The instant a calendar day begins where the firm is (as `firmToday`), for "in 12 days" style
 * wording, which counts days in the firm's zone too.
 */
export function dayStartIso(isoDay: string, timeZone: string | undefined): string {
  return new Date(timeZone === undefined ? localDayStartMs(isoDay) : zonedDayStartMs(isoDay, timeZone)).toISOString();
}
