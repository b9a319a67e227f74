import { z } from 'zod';

export const Settings = z.strictObject({
  firmName: z.string().max(160),
  currency: z.string().regex(/^[A-Z]{3}$/),
  locale: z.string().max(35),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = { firmName: '', currency: 'USD', locale: 'en-US' };
