// A plain list the host and the first-run screen use without building the zod schemas (the first
// screen loads no zod); LoadDemo in app.ts is built from it.

/** Whose demo firm can be loaded: a US firm, or an Indian one (en-IN, INR, Asia/Kolkata). */
export const demoRegions = ['us', 'in'] as const;
export type DemoRegion = (typeof demoRegions)[number];

export function isDemoRegion(value: string): value is DemoRegion {
  return (demoRegions as readonly string[]).includes(value);
}
