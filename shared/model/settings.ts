import { z } from 'zod';
import { CadenceMonths } from './client';
import { defaultTierNames } from './client-values';
import { Name } from './common';
import { HealthSettings, defaultHealthSettings } from './satisfaction';
import { ImportMappings, importKinds } from './data-transfer';
import { PacketSettings, defaultPacketSettings } from './reviews';
import { requestTypes, type RequestType } from './work';

/** Hours to the first response on a service request, per type. */
const TargetHours = z.number().int().min(1, 'must be at least 1 hour').max(2000, 'must be at most 2,000 hours');
export const RequestTargetHours = z.strictObject(
  Object.fromEntries(requestTypes.map((type) => [type, TargetHours])) as Record<RequestType, typeof TargetHours>,
);
export type RequestTargetHours = z.infer<typeof RequestTargetHours>;

const TierName = z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters');

export const Settings = z.strictObject({
  firmName: z.string().trim().max(160),
  currency: z.string().regex(/^[A-Z]{3}$/),
  locale: z.string().max(35),
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

export const SettingsUpdate = z
  .strictObject({
    // A new book starts without a name; once one is given, it cannot be emptied.
    firmName: Name(160),
    tierNames: Settings.shape.tierNames,
    reviewCadenceMonths: Settings.shape.reviewCadenceMonths,
    requestTargetHours: Settings.shape.requestTargetHours,
    health: Settings.shape.health,
    packets: Settings.shape.packets,
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one setting');
