/**
 * Where the backend and both hosts write what happened. One type for all: the Electron shell's
 * JSON lines (electron/common/log.ts), the browser host's, and tests' silence. Callers pass identifiers
 * (channels, error codes, ids) in `fields`, never client names, emails, phone or account numbers
 * (RELIABILITY S5).
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
