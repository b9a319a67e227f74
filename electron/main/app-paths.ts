import os from 'node:os';
import path from 'node:path';

/** Where the build puts the files main needs, relative to the folder of `dist-electron/main.js`. */
export interface BundlePaths {
  rendererDir: string;
  preloadPath: string;
}

export function bundlePaths(mainDir: string): BundlePaths {
  return {
    rendererDir: path.join(mainDir, '..', 'dist', 'renderer'),
    // Sandboxed preloads cannot be ES modules, so the build emits CommonJS.
    preloadPath: path.join(mainDir, 'preload.cjs'),
  };
}

/** `CLIENTBOOK_DATA_DIR` when set (tests, portable installs), else `<userData>/data`. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const fromEnv = env.CLIENTBOOK_DATA_DIR?.trim();
  return fromEnv ? path.resolve(fromEnv) : path.join(userDataDir, 'data');
}

/**
 * The OS account name, recorded as the actor of every change. `os.userInfo()` throws when the
 * account has no passwd entry (some containers, directory-service glitches); the app must still
 * start then, so fall back to the environment and finally to a fixed label.
 */
export function currentActor(env: NodeJS.ProcessEnv = process.env): string {
  try {
    const name = os.userInfo().username.trim();
    if (name) return name;
  } catch {
    // fall through to the environment
  }
  return env.USER?.trim() || env.USERNAME?.trim() || 'unknown user';
}
