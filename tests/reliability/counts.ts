/**
 * How many times each reliability test repeats. `npm test` runs the quick counts so CI stays
 * short; `npm run test:reliability` sets CLIENTBOOK_RELIABILITY=full for the counts RELIABILITY.md asks for.
 */
export const fullRun = process.env.CLIENTBOOK_RELIABILITY === 'full';

export function reliabilityCount(quick: number, full: number): number {
  return fullRun ? full : quick;
}
