import { describe, expect, it, vi } from 'vitest';
import type { LongWork } from '../../../electron/backend/long-work';
import { busyRetryMs, checkEveryMs, policyFilePath, readUpdatePolicy, scheduleUpdates, type Updater } from '../../../electron/main/updates';
import { recordingLogger } from './fakes';

const packaged = (env: NodeJS.ProcessEnv, policyText: string | null) =>
  readUpdatePolicy({ env, policyText, isPackaged: true, log: recordingLogger() });

describe('the update policy', () => {
  it('updates a packaged app from its own feed unless told otherwise, never a developer run', () => {
    expect(packaged({}, null)).toEqual({ enabled: true, feed: null });
    expect(readUpdatePolicy({ env: {}, policyText: null, isPackaged: false, log: recordingLogger() })).toEqual({
      enabled: false,
      why: 'developer-run',
    });
  });

  it('is off by the environment or the machine-wide file, for offices that push updates themselves', () => {
    expect(packaged({ CLIENTBOOK_UPDATES: 'OFF' }, null)).toEqual({ enabled: false, why: 'environment' });
    expect(packaged({}, '{ "updates": "off" }')).toEqual({ enabled: false, why: 'policy' });
  });

  it('takes the firm’s own https feed from the file, and turns updates off on a file it cannot trust', () => {
    expect(packaged({}, '{ "updateFeed": "https://it.harbor.example/clientbook/" }')).toEqual({
      enabled: true,
      feed: 'https://it.harbor.example/clientbook/',
    });
    const log = recordingLogger();
    for (const text of ['{ "updateFeed": "http://it.harbor.example/" }', '{ "updateFeed": 5 }', 'updates: off']) {
      expect(readUpdatePolicy({ env: {}, policyText: text, isPackaged: true, log })).toEqual({ enabled: false, why: 'policy' });
    }
    expect(log.warn).toHaveBeenCalledTimes(3);
  });

  it('lives where only an administrator writes', () => {
    expect(policyFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Clientbook\\policy.json');
    expect(policyFilePath('darwin', {})).toBe('/Library/Application Support/Clientbook/policy.json');
    expect(policyFilePath('linux', {})).toBe('/etc/clientbook/policy.json');
  });
});

/** An autoUpdater that records what it is asked, a clock moved by hand, and long work switched by the test. */
function harness() {
  const listeners = new Map<string, (payload: never) => void>();
  const updater = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(async () => null),
    on: vi.fn((event: string, listener: (payload: never) => void) => listeners.set(event, listener)),
    quitAndInstall: vi.fn(),
  };
  let repeating: (() => void) | null = null;
  const later: (() => void)[] = [];
  let work: LongWork | null = null;
  let answer = true;
  const ask = vi.fn(async () => answer);
  const stop = scheduleUpdates({
    updater: updater as Updater,
    feed: 'https://it.harbor.example/clientbook/',
    busy: () => work,
    ask,
    log: recordingLogger(),
    timers: {
      every: (run, ms) => {
        expect(ms).toBe(checkEveryMs);
        repeating = run;
        return () => (repeating = null);
      },
      after: (run, ms) => {
        expect(ms).toBe(busyRetryMs);
        later.push(run);
      },
    },
  });
  return {
    updater,
    ask,
    stop,
    day: () => repeating?.(),
    retry: () => later.shift()?.(),
    downloaded: (version: string) => (listeners.get('update-downloaded') as (info: { version: string }) => void)({ version }),
    setWork: (next: LongWork | null) => (work = next),
    setAnswer: (next: boolean) => (answer = next),
  };
}

describe('the update schedule', () => {
  it('checks at start and every day from the given feed, downloading in the background', () => {
    const { updater, day, stop } = harness();
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://it.harbor.example/clientbook/' });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();
    day();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
    stop();
    day();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
  });

  it('asks once downloaded: restart now installs, later installs on quit', async () => {
    const now = harness();
    now.downloaded('0.2.0');
    await vi.waitFor(() => expect(now.updater.quitAndInstall).toHaveBeenCalledOnce());
    expect(now.ask).toHaveBeenCalledWith('0.2.0');

    const later = harness();
    later.setAnswer(false);
    later.downloaded('0.2.0');
    await vi.waitFor(() => expect(later.updater.autoInstallOnAppQuit).toBe(true));
    expect(later.updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('never checks, asks or restarts during a batch of packets, an import or a restore', async () => {
    const schedule = harness();
    schedule.setWork('packet-batch');
    schedule.day();
    expect(schedule.updater.checkForUpdates).toHaveBeenCalledOnce();
    schedule.downloaded('0.2.0');
    expect(schedule.ask).not.toHaveBeenCalled();
    schedule.setWork('import');
    schedule.retry();
    expect(schedule.ask).not.toHaveBeenCalled();
    schedule.setWork(null);
    schedule.retry();
    expect(schedule.ask).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(schedule.updater.quitAndInstall).toHaveBeenCalledOnce());
  });
});
