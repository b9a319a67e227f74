// Types for start-build.mjs, which plain Node runs untranspiled.
export const builds: Record<'renderer' | 'electron', { outputs: string[]; sources: string[] }>;
export function staleBuilds(root: string): ('renderer' | 'electron')[];
export function buildWhatIsStale(root: string): Promise<void>;
