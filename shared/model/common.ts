import { z } from 'zod';
import { amountRule } from '../domain/money';
import { rule } from '../messages';

/** Record ids: a short prefix naming the kind, then random or sequential characters. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, rule('id'));

/** A calendar day, `YYYY-MM-DD`, that exists. A text that is not one gets no range error on top. */
export const IsoDay = z.iso.date({ error: rule('dayLike'), abort: true });

/** UTC+14 (Kiribati's Line Islands): no place on Earth has reached a later day. */
const furthestAheadOfUtcMs = 14 * 3_600_000;

/** The latest day it is anywhere on Earth now: a schema that cannot know the firm's zone refuses no firm's today. */
const latestTodayOnEarth = () => new Date(Date.now() + furthestAheadOfUtcMs).toISOString().slice(0, 10);

let schemaToday: () => string = latestTodayOnEarth;

/**
 * Sets what `PastDay` takes as today. Screens keep the latest day on Earth, as they judge before
 * the firm's settings are known; the backend sets the firm's today (its day in the time zone its
 * settings name, by the backend's clock), so a day after the firm's is refused before any service
 * sees it, and by the day its services count with.
 */
export function setSchemaToday(today: () => string): void {
  schemaToday = today;
}

/**
 * A day that has already come, from 1900 to today: a date of birth, a valuation, an opening. Only
 * for what a person enters: stored records keep the plain `IsoDay`, so an older book still opens.
 */
export const PastDay = IsoDay.refine((day) => day >= '1900-01-01' && day <= schemaToday(), rule('pastDay'));

/** A day something is planned for or due, from 2000 to 2100. Only for what a person enters, as `PastDay`. */
export const PlanDay = IsoDay.refine((day) => day >= '2000-01-01' && day <= '2100-12-31', rule('planDay'));

/** An instant, full ISO 8601 with time zone. */
export const IsoInstant = z.iso.datetime({ offset: true, error: rule('dateAndTime') });

export const Email = z.email({ error: rule('emailLike') }).max(254);

/** Money in minor units (cents, paise) with its ISO 4217 currency. */
export const Money = z.strictObject({
  amountMinor: z.number({ error: amountRule }).int().safe(),
  currency: z.string().regex(/^[A-Z]{3}$/, rule('currencyLikeUsd')),
});
export type Money = z.infer<typeof Money>;

/**
 * A phone number as people write it: digits with spaces, dots, dashes, brackets, a leading +,
 * an optional extension; 7 to 15 digits before any extension.
 */
export const Phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9 ().-]+(\s*(x|ext\.?)\s*[0-9]{1,6})?$/i, rule('phone'))
  .refine((value) => {
    const digits = value.replace(/(x|ext\.?)\s*[0-9]+$/i, '').replace(/[^0-9]/g, '').length;
    return digits >= 7 && digits <= 15;
  }, rule('phoneDigits'));

/** Money that cannot be negative: values, fees. */
export const NonNegativeMoney = z.strictObject({
  amountMinor: z.number({ error: amountRule }).int().safe().min(0, rule('notNegative')),
  currency: z.string().regex(/^[A-Z]{3}$/, rule('currencyLikeUsd')),
});

/** Trimmed, non-empty, bounded text for names and titles. */
export const Name = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, rule('required'))
    .max(max, rule('atMostCharacters', { count: max }));

export const LongText = z.string().max(20_000, rule('atMostCharacters', { count: 20_000 }));

/**
 * A record's version as the backend's copy of the book knows it (see `BookReader.versionOf`): a
 * form sends back the one it showed, and a change made by someone since is refused with CONFLICT.
 */
export const RecordVersion = z.number().int().nonnegative();

/**
 * The input of an `x:update` channel: the record's id and the fields to change, any of `shape`,
 * at least one. Fields not named stay as they are. `expectedVersion`: the version the form showed;
 * without it the change applies to the record as it is now.
 */
export function updateOf<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({
    id: Id,
    expectedVersion: RecordVersion.optional(),
    changes: z
      .strictObject(shape)
      .partial()
      .refine((changes) => Object.keys(changes).length > 0, rule('changeOneField')),
  });
}
