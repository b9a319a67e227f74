import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, logRequestFailure, type LogSink } from '../../../electron/common/log';
import { allOf, logFileSink } from '../../../electron/common/log-file';
import { tempDir } from '../../fixtures/temp-dir';

const at = () => new Date('2026-12-07T09:30:00Z');

describe('the desktop app’s log file', () => {
  it('keeps every line the console gets, as JSON, and never a client’s data', async () => {
    const folder = await tempDir();
    const file = path.join(folder, 'main.log');
    const console: string[] = [];
    const log = createLogger(
      'main',
      at,
      allOf((_level, line) => console.push(line), logFileSink(file)),
    );
    log.info('Clientbook started', { version: '0.1.0' });
    logRequestFailure(log, new Error('could not save Jane Doe, jane@example.com, account 7700-1234'), 'clients:update');

    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toEqual(console);
    expect(JSON.parse(lines[0]!)).toEqual({
      at: '2026-12-07T09:30:00.000Z',
      level: 'info',
      scope: 'main',
      message: 'Clientbook started',
      version: '0.1.0',
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({
      level: 'error',
      message: 'A request failed unexpectedly',
      channel: 'clients:update',
      errorName: 'Error',
    });
    expect(lines.join('\n')).not.toMatch(/Jane|jane@example|7700-1234/);
  });

  it('rotates at its size: the file before is kept as main.old.log, so at most twice the size is on disk', async () => {
    const folder = await tempDir();
    const file = path.join(folder, 'main.log');
    const sink: LogSink = logFileSink(file, 2_000);
    const log = createLogger('main', at, sink);
    for (let line = 0; line < 100; line++) log.info('A line of the log', { line });

    expect((await readdir(folder)).sort()).toEqual(['main.log', 'main.old.log']);
    const current = await readFile(file, 'utf8');
    const old = await readFile(path.join(folder, 'main.old.log'), 'utf8');
    expect(current.length).toBeLessThanOrEqual(2_200);
    expect(old.length).toBeLessThanOrEqual(2_200);
    // The newest line is in the current file, and nothing is cut in the middle.
    expect(JSON.parse(current.trim().split('\n').at(-1)!)).toMatchObject({ line: 99 });
    for (const text of [current, old]) for (const line of text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });
});
