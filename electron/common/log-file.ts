import electronLog from 'electron-log/node';
import type { LogSink } from './log';

/** A log file grows to this, then is kept as `<name>.old.log` and a new one begun: at most twice this on disk. */
const defaultMaxBytes = 1024 * 1024;

/**
 * A sink that also keeps each line in `file` (electron-log's file transport: written as it comes,
 * rotated at `maxBytes`), for the desktop app, where nobody sees the console. The lines are the
 * console's JSON, under the same rule: identifiers and codes, never a client's data.
 */
export function logFileSink(file: string, maxBytes = defaultMaxBytes): LogSink {
  const fileLog = electronLog.create({ logId: `clientbook ${file}` });
  fileLog.transports.console.level = false;
  Object.assign(fileLog.transports.file, { resolvePathFn: () => file, format: '{text}', maxSize: maxBytes, level: 'info' });
  return (level, line) => fileLog[level](line);
}

/** Each line to every one of `sinks`. */
export function allOf(...sinks: LogSink[]): LogSink {
  return (level, line) => {
    for (const sink of sinks) sink(level, line);
  };
}
