// Plain lists a screen can use without building the zod schemas (the first screen loads no zod);
// the schemas in satisfaction.ts are built from these.

export const healthParts = ['satisfaction', 'contact', 'review', 'service', 'assets', 'tenure'] as const;
export const healthBands = ['green', 'amber', 'red'] as const;
