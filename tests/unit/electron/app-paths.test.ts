import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundlePaths, currentActor, resolveDataDir } from '../../../electron/main/app-paths';
import { createLogger, describeError } from '../../../electron/common/log';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';

afterEach(() => vi.restoreAllMocks());

describe('paths', () => {
  it('uses CLIENTBOOK_DATA_DIR when set, else <userData>/data', () => {
    const userData = path.resolve('/home/anna/.config/Clientbook');
    expect(resolveDataDir({ CLIENTBOOK_DATA_DIR: '/tmp/run-1' }, userData)).toBe(path.resolve('/tmp/run-1'));
    expect(resolveDataDir({ CLIENTBOOK_DATA_DIR: '  ' }, userData)).toBe(path.join(userData, 'data'));
    expect(resolveDataDir({}, userData)).toBe(path.join(userData, 'data'));
  });

  it('finds the renderer and the CommonJS preload next to the main bundle', () => {
    const mainDir = path.resolve('/app/dist-electron');
    expect(bundlePaths(mainDir)).toEqual({
      rendererDir: path.resolve('/app/dist/renderer'),
      preloadPath: path.resolve('/app/dist-electron/preload.cjs'),
    });
  });
});

describe('currentActor', () => {
  it('is the OS account name', () => {
    vi.spyOn(os, 'userInfo').mockReturnValue({ username: 'anna' } as ReturnType<typeof os.userInfo>);
    expect(currentActor({})).toBe('anna');
  });

  it('falls back to the environment when the account cannot be read', () => {
    vi.spyOn(os, 'userInfo').mockImplementation(() => {
      throw new Error('ENOENT');
    });
    expect(currentActor({ USERNAME: 'ben' })).toBe('ben');
    expect(currentActor({})).toBe('unknown user');
  });
});

describe('log', () => {
  it('writes JSON lines: info to stdout, problems to stderr', () => {
    const out = vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    const err = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    const log = createLogger('main', () => new Date('2026-01-02T03:04:05Z'));
    log.info('started', { version: '1.0.0' });
    log.error('failed');
    expect(JSON.parse(String(out.mock.calls[0]?.[0]))).toEqual({
      at: '2026-01-02T03:04:05.000Z',
      level: 'info',
      scope: 'main',
      message: 'started',
      version: '1.0.0',
    });
    expect(JSON.parse(String(err.mock.calls[0]?.[0]))).toMatchObject({ level: 'error', message: 'failed' });
  });

  it('describes errors by name, code and frames, never by message', () => {
    const error = Object.assign(new TypeError('bad value "Jane Doe, 555-0100"'), { code: 'E_X' });
    const described = describeError(error);
    expect(described).toMatchObject({ errorName: 'TypeError', errorCode: 'E_X' });
    expect(JSON.stringify(described)).not.toMatch(/Jane|555/);
    expect(describeError('a string')).toEqual({ errorType: 'string' });
  });

  it('describes a backend refusal by its code and message key, never by the parameters that may name a client', () => {
    const error = new AppError('CONFLICT', message('reviews.alreadyScheduled', { name: 'Jane Doe', on: '2026-05-04' }));
    const described = describeError(error);
    expect(described).toMatchObject({ errorName: 'AppError', errorCode: 'CONFLICT', messageKey: 'reviews.alreadyScheduled' });
    expect(JSON.stringify(described)).not.toMatch(/Jane|2026-05-04/);
  });
});
