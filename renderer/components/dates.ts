import { localDayOf } from '../../shared/domain/local-day';
import { useFormatters } from '../i18n/format';

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

/** A calendar day as a local Date at midnight, for "12 days ago" style wording. */
export function dayAsLocalIso(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1).toISOString();
}
