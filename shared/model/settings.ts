import { z } from 'zod';
import { rule } from '../messages';
import { isKnownCurrency, isKnownTimeZone, isSupportedLocale, machineTimeZone, type DayOrder, type Weekday } from '../domain/firm-locale';
import { CadenceMonths } from './client';
import { defaultTierNames } from './client-values';
import { Name } from './common';
import { HealthSettings, defaultHealthSettings } from './satisfaction';
import { ImportMappings, importKinds } from './data-transfer';
import { PacketSettings, defaultPacketSettings } from './reviews';
import { InterfaceLanguage } from './team';
import { requestTypes, type RequestType } from './work';

/** Hours to the first response on a service request, per type. */
const TargetHours = z
  .number()
  .int()
  .min(1, rule('atLeastHours', { count: 1 }))
  .max(2000, rule('atMostHours', { count: 2000 }));
export const RequestTargetHours = z.strictObject(
  Object.fromEntries(requestTypes.map((type) => [type, TargetHours])) as Record<RequestType, typeof TargetHours>,
);
export type RequestTargetHours = z.infer<typeof RequestTargetHours>;

// A book keeps what it was given even where this computer's Intl lacks it (a book moved to an older
// machine must still open); a change is checked against Intl (SettingsUpdate below).
const LocaleTag = z
  .string()
  .max(35)
  .refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag)[0] === tag;
      } catch {
        return false;
      }
    },
    { error: rule('languageTag'), abort: true },
  );
const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, { error: rule('currencyLikeInr'), abort: true });
const TimeZoneName = z
  .string()
  .max(64)
  .regex(/^[A-Z][\w+-]*(?:\/[A-Z][\w+-]*)*$/, { error: rule('timeZoneLikeKolkata'), abort: true });
export const dayOrderSettings = ['locale', 'DMY', 'MDY', 'YMD'] as const satisfies readonly (DayOrder | 'locale')[];
const WeekStart = z.union([z.literal('locale'), z.literal([0, 1, 2, 3, 4, 5, 6] satisfies Weekday[])], {
  error: rule('weekStart'),
});

const TierName = z
  .string()
  .trim()
  .min(1, rule('required'))
  .max(40, rule('atMostCharacters', { count: 40 }));

export const Settings = z.strictObject({
  firmName: z.string().trim().max(160),
  /** ISO 4217: every amount in the book is in it (minor units from Intl: 2 for INR, 0 for JPY). */
  currency: CurrencyCode,
  /** BCP 47: how numbers, amounts and dates are written for the firm (not the interface language). */
  locale: LocaleTag,
  /** How a typed date is read; 'locale' follows the locale (DMY for en-IN, MDY for en-US). */
  dateOrder: z.enum(dayOrderSettings),
  /** 0 = Sunday … 6 = Saturday, or 'locale'. */
  weekStartsOn: WeekStart,
  /** IANA time zone the office works in: what "today" and a meeting's time are. */
  timeZone: TimeZoneName,
  /** What the firm calls its tiers, e.g. "Platinum". */
  tierNames: z.strictObject({ A: TierName, B: TierName, C: TierName }),
  /** Default months between reviews per tier; a client may override its own. */
  reviewCadenceMonths: z.strictObject({ A: CadenceMonths, B: CadenceMonths, C: CadenceMonths }),
  /** Response-time target per service request type; a request's "due by" is received + target. */
  requestTargetHours: RequestTargetHours,
  /** Weights and thresholds of the client health score. */
  health: HealthSettings,
  /** Review packets: logo, paper, agenda template, disclosure. */
  packets: PacketSettings,
  /** Column mappings remembered from earlier imports, suggested again next time. */
  importMappings: ImportMappings,
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  firmName: '',
  currency: 'USD',
  locale: 'en-US',
  dateOrder: 'locale',
  weekStartsOn: 'locale',
  timeZone: machineTimeZone(),
  tierNames: defaultTierNames,
  reviewCadenceMonths: { A: 3, B: 6, C: 12 },
  requestTargetHours: {
    contact_change: 72,
    money_movement: 24,
    document_request: 48,
    account_opening: 120,
    account_closing: 72,
    technical_help: 24,
    complaint: 48,
    other: 72,
  },
  health: defaultHealthSettings,
  packets: defaultPacketSettings,
  importMappings: Object.fromEntries(importKinds.map((kind) => [kind, {}])) as Settings['importMappings'],
};

const ChosenLocale = LocaleTag.refine(isSupportedLocale, rule('supportedLocale'));
const ChosenCurrency = CurrencyCode.refine(isKnownCurrency, rule('isoCurrency'));

/** What the first-run screen chose for an empty book; the defaults for what it left out. */
export const StartEmpty = z
  .strictObject({
    locale: ChosenLocale.optional(),
    currency: ChosenCurrency.optional(),
    /** The language of whoever sets the book up: its packets' agenda and disclosure start in it. */
    language: InterfaceLanguage.optional(),
  })
  .default({});

export const SettingsUpdate = z
  .strictObject({
    // A new book starts without a name; once one is given, it cannot be emptied.
    firmName: Name(160),
    locale: ChosenLocale,
    currency: ChosenCurrency,
    dateOrder: Settings.shape.dateOrder,
    weekStartsOn: Settings.shape.weekStartsOn,
    timeZone: TimeZoneName.refine(isKnownTimeZone, rule('knownTimeZone')),
    tierNames: Settings.shape.tierNames,
    reviewCadenceMonths: Settings.shape.reviewCadenceMonths,
    requestTargetHours: Settings.shape.requestTargetHours,
    health: Settings.shape.health,
    packets: Settings.shape.packets,
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, rule('changeOneSetting'));
