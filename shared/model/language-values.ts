// A plain list a screen can use without building the zod schemas (the first screen loads no zod);
// the team member's schema in team.ts is built from it.

/** Interface languages with a full catalogue. */
export const interfaceLanguages = ['en', 'hi'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];
