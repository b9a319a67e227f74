import type { Logger } from '../backend/logger';

/*
 * Main-process logging. Lines are JSON on stdout/stderr. Callers pass identifiers (channels,
 * error codes, ids), never client names, emails, phone or account numbers (RELIABILITY S5).
 */

type Level = keyof Logger;

/** Where a logger's lines go: the console here, a rotating file as well in the desktop app (log-file.ts). */
export type LogSink = (level: Level, line: string) => void;

export const consoleSink: LogSink = (level, line) => {
  if (level === 'info') process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
};

/** A logger whose lines carry `scope`, e.g. `main` or `backend`. */
export function createLogger(scope: string, clock: () => Date = () => new Date(), sink: LogSink = consoleSink): Logger {
  const write = (level: Level, message: string, fields: Record<string, unknown> = {}): void => {
    sink(level, JSON.stringify({ at: clock().toISOString(), level, scope, message, ...fields }));
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

/**
 * The loggable part of a thrown value: its name, its `code` if it has one, its message key if it
 * is an AppError, and its stack frames. The message and the key's parameters are left out on
 * purpose: they can quote the data being processed (a JSON snippet, a name, a field value), which
 * may be a client's personal data.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const { code, key } = error as { code?: unknown; key?: unknown };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => line.trim());
  return {
    errorName: error.name,
    ...(typeof code === 'string' ? { errorCode: code } : {}),
    ...(typeof key === 'string' ? { messageKey: key } : {}),
    frames,
  };
}

/** What either host logs when a call fails unexpectedly: the channel and describeError, never the message. */
export function logRequestFailure(log: Logger, error: unknown, channel?: string): void {
  log.error('A request failed unexpectedly', { ...(channel !== undefined && { channel }), ...describeError(error) });
}
