// Types for electron-binary.mjs, which plain Node runs untranspiled.
export interface FindElectronOptions {
  /** Project folder whose `electron` package is used. */
  cwd?: string;
  /** Stops a download that hangs; the default allows a slow real download. */
  timeoutMs?: number;
  /** When to say that a download is under way. */
  noticeMs?: number;
}
export function findElectron(options?: FindElectronOptions): Promise<string | null>;
export function electronEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
