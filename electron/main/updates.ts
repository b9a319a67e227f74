import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import type { Logger } from '../backend/logger';
import type { UpdatesPort } from '../backend/ports';
import type { UpdatesSetting } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { LongWork } from '../backend/long-work';
import { t } from './i18n';

/**
 * Whether this computer updates Clientbook itself, and from where. Off when an office pushes its
 * own updates (an MSI or Intune deployment): by the environment (`CLIENTBOOK_UPDATES=off`) or by a
 * machine-wide policy file an IT provider deploys (`policyFilePath`: `{ "updates": "off" }`), which
 * may instead name the firm's own feed (`{ "updateFeed": "https://…" }`). Never in a developer run.
 */
export type UpdatePolicy = { enabled: true; feed: string | null } | { enabled: false; why: 'developer-run' | 'environment' | 'policy' };

/** Where the machine-wide policy lives: a place only an administrator can write. */
export function policyFilePath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'Clientbook', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/Clientbook/policy.json';
  return '/etc/clientbook/policy.json';
}

/**
 * The policy from the environment and the policy file's text (null: no file). A file that cannot
 * be read as a policy turns updates off, and says so in the log: an administrator wrote it to
 * control them, and a typo must not let them through.
 */
export function readUpdatePolicy({
  env,
  policyText,
  isPackaged,
  log,
}: {
  env: NodeJS.ProcessEnv;
  policyText: string | null;
  isPackaged: boolean;
  log: Logger;
}): UpdatePolicy {
  if (!isPackaged) return { enabled: false, why: 'developer-run' };
  if (env.CLIENTBOOK_UPDATES?.trim().toLowerCase() === 'off') return { enabled: false, why: 'environment' };
  if (policyText === null) return { enabled: true, feed: null };
  let policy: { updates?: unknown; updateFeed?: unknown };
  try {
    policy = JSON.parse(policyText) as typeof policy;
  } catch {
    log.warn('The update policy file is not JSON: updates are off.');
    return { enabled: false, why: 'policy' };
  }
  if (policy.updates === 'off') return { enabled: false, why: 'policy' };
  if (policy.updateFeed === undefined) return { enabled: true, feed: null };
  const feed = typeof policy.updateFeed === 'string' ? URL.parse(policy.updateFeed) : null;
  if (feed?.protocol !== 'https:') {
    log.warn('The update policy names a feed that is not an https address: updates are off.');
    return { enabled: false, why: 'policy' };
  }
  return { enabled: true, feed: feed.href };
}

/** What the schedule uses of electron-updater's autoUpdater. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  quitAndInstall(): void;
}

/** The question asked once an update is downloaded, in the interface language: restart now (0) or when I quit (1, also on Escape). */
export function updateQuestion(version: string): MessageBoxOptions {
  return {
    type: 'info',
    message: t('updates.ready', { version }),
    detail: t('updates.detail'),
    buttons: [t('updates.restartNow'), t('updates.whenIQuit')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** How often a running Clientbook looks for an update after the one at start. */
export const checkEveryMs = 24 * 60 * 60 * 1000;
/** How long a downloaded update waits before asking again while long work is under way. */
export const busyRetryMs = 60 * 1000;

interface ScheduleOptions {
  updater: Updater;
  feed: string | null;
  /** Long work an install would cut off: nothing is checked, asked or installed meanwhile. */
  busy: () => LongWork | null;
  /** Asks whether to restart now (true) or install when Clientbook is next quit (false). */
  ask: (version: string) => Promise<boolean>;
  log: Logger;
  timers?: { every: (run: () => void, ms: number) => () => void; after: (run: () => void, ms: number) => void };
}

const realTimers: NonNullable<ScheduleOptions['timers']> = {
  every: (run, ms) => {
    const timer = setInterval(run, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
  after: (run, ms) => void setTimeout(run, ms).unref(),
};

/**
 * Checks at start and daily, downloads in the background, then asks: restart now, or install on
 * quit. Never during a batch of packets, an import or a restore: a check waits for the next one,
 * and a downloaded update asks only once the work is done. Returns a function that stops checking.
 */
export function scheduleUpdates({ updater, feed, busy, ask, log, timers = realTimers }: ScheduleOptions): () => void {
  updater.autoDownload = true;
  // Installed on quit only once the person has chosen that.
  updater.autoInstallOnAppQuit = false;
  if (feed) updater.setFeedURL({ provider: 'generic', url: feed });
  updater.on('error', (error) => log.warn('Looking for an update failed', { errorName: error.name }));
  updater.on('update-downloaded', ({ version }) => {
    const offer = () => {
      if (busy()) {
        timers.after(offer, busyRetryMs);
        return;
      }
      void ask(version).then((now) => {
        if (now && !busy()) updater.quitAndInstall();
        else updater.autoInstallOnAppQuit = true;
      });
    };
    offer();
  });
  const check = () => {
    if (busy()) return;
    updater.checkForUpdates().catch(() => undefined);
  };
  check();
  return timers.every(check, checkEveryMs);
}

/** In the data folder, beside the sign-in settings: this computer's own choice, `{ "automatic": false }` when turned off. */
export const updatesSettingFileName = 'updates.json';

/** The person's choice from that file's text (null: no file): on unless it says off, as a fresh install is. */
export function readAutomaticChoice(text: string | null): boolean {
  if (text === null) return true;
  try {
    return (JSON.parse(text) as { automatic?: unknown }).automatic !== false;
  } catch {
    return true;
  }
}

/** What Settings shows: the policy wins, so where IT turned updates off they show as off and are not the person's to change. */
export function updatesSettingOf(policy: UpdatePolicy, automatic: boolean): UpdatesSetting {
  if (!policy.enabled) return { automatic: false, decidedBy: policy.why === 'developer-run' ? 'developer-run' : 'policy' };
  return { automatic, decidedBy: null };
}

interface UpdateSwitchOptions {
  policy: UpdatePolicy;
  /** The person's saved choice. */
  automatic: boolean;
  save: (automatic: boolean) => Promise<void>;
  /** Starts looking for updates from the feed; resolves with the function that stops. */
  start: (feed: string | null) => Promise<() => void>;
}

/**
 * Automatic updates as the policy and the person's choice allow: running when both say on, started
 * and stopped as the choice changes, never started where the policy says off.
 */
export async function switchUpdates({ policy, automatic, save, start }: UpdateSwitchOptions): Promise<UpdatesPort> {
  let chosen = automatic;
  let stop: (() => void) | null = policy.enabled && chosen ? await start(policy.feed) : null;
  return {
    setting: async () => updatesSettingOf(policy, chosen),
    async configure(on) {
      if (!policy.enabled) {
        throw new AppError(
          'FORBIDDEN',
          policy.why === 'developer-run'
            ? 'A copy of Clientbook run from its source code does not update itself.'
            : 'Updates on this computer are managed by your IT provider. Ask them to change this.',
        );
      }
      await save(on).catch(() => {
        throw new AppError(
          'STORAGE_FAILED',
          'Clientbook could not save this choice in the data folder. Check that the disk is not full, then try again.',
        );
      });
      chosen = on;
      if (on && !stop) stop = await start(policy.feed);
      if (!on && stop) {
        stop();
        stop = null;
      }
      return updatesSettingOf(policy, chosen);
    },
  };
}
