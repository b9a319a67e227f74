// Plain lists a screen can use without building the zod schemas (the first screen loads no zod);
// the schemas in client.ts are built from these.

export const clientTypes = ['individual', 'household', 'business', 'trust'] as const;
export const clientStatuses = ['prospect', 'active', 'former'] as const;
export const tiers = ['A', 'B', 'C'] as const;

/** What a new book calls its tiers until the firm names them (Settings.tierNames). */
export const defaultTierNames: Record<(typeof tiers)[number], string> = { A: 'Tier A', B: 'Tier B', C: 'Tier C' };
