import { z } from 'zod';
import { CadenceMonths } from './client';

const TierName = z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters');

export const Settings = z.strictObject({
  firmName: z.string().trim().max(160),
  currency: z.string().regex(/^[A-Z]{3}$/),
  locale: z.string().max(35),
  /** What the firm calls its tiers, e.g. "Platinum". */
  tierNames: z.strictObject({ A: TierName, B: TierName, C: TierName }),
  /** Default months between reviews per tier; a client may override its own. */
  reviewCadenceMonths: z.strictObject({ A: CadenceMonths, B: CadenceMonths, C: CadenceMonths }),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  firmName: '',
  currency: 'USD',
  locale: 'en-US',
  tierNames: { A: 'Tier A', B: 'Tier B', C: 'Tier C' },
  reviewCadenceMonths: { A: 3, B: 6, C: 12 },
};

export const SettingsUpdate = z
  .strictObject({
    firmName: Settings.shape.firmName,
    tierNames: Settings.shape.tierNames,
    reviewCadenceMonths: Settings.shape.reviewCadenceMonths,
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one setting');
