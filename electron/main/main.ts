// Electron main: wiring only. Each feature lives in its own module and is switched on here.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { app, clipboard, dialog, safeStorage, session, shell } from 'electron';
import { MENU_COMMAND_EVENT, restoreFileRoute } from '../../shared/bridge';
import { setupBackupFileOpening } from './backup-files';
import { bundlePaths, currentActor, resolveDataDir } from './app-paths';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { readFirstScreenAtStart } from '../backend/first-screen-file';
import { lockDataFolder, type ReleaseLock } from '../backend/store/lock';
import { sendEvent, setupEventForwarding, setupIpc } from './ipc';
import { reportStartFailure, setupCrashLog, setupQuit, setupSecondInstance, setupWindowLifecycle } from './lifecycle';
import { consoleSink, createLogger } from '../common/log';
import { allOf, logFileSink } from '../common/log-file';
import { startAnswers } from '../common/start-answers';
import { createElectronPrinting } from './print';
import { aboutPanelOptions, diagnosticSummary } from './diagnostics';
import { languageOfLocale, setMainLanguage } from './i18n';
import { setupMenuInReadersLanguage, type MenuOptions } from './menu';
import {
  policyFilePath,
  readAutomaticChoice,
  readUpdatePolicy,
  scheduleUpdates,
  switchUpdates,
  updatesSettingFileName,
  updateQuestion,
} from './updates';
import type { LongWork } from '../backend/long-work';
import type { UpdatesPort } from '../backend/ports';
import { writeFileAtomically } from '../backend/store/durable-fs';
import type { Workstation } from '../backend/workstation';
import { createMainWindowController, setupContentsLocks, setupPermissionHandlers } from './window';

// The console is not seen in the desktop app: every line also goes to a rotating file in the
// system's place for logs (Help → Open Logs Folder), under the same no-client-data rule.
app.setAppLogsPath();
const logsDir = app.getPath('logs');
const logSink = allOf(consoleSink, logFileSink(path.join(logsDir, 'main.log')));
const log = createLogger('main', undefined, logSink);
setupCrashLog(log);

// Both must happen before `ready`.
registerAppScheme();
app.enableSandbox();

/** Backup files Clientbook is opened with before its window is up (macOS sends them early); the window opens on Restore. */
let backupFileBeforeWindow: string | null = null;
let openBackupFile = (file: string): void => {
  backupFileBeforeWindow = file;
};
const backupFileAtLaunch = setupBackupFileOpening({ app, argv: process.argv, open: (file) => openBackupFile(file), log });

async function start(): Promise<void> {
  await app.whenReady();
  app.setAboutPanelOptions(aboutPanelOptions({ appVersion: app.getVersion(), versions: process.versions }));
  // Menus and dialogs speak the system's language until the window says which its reader chose.
  setMainLanguage(languageOfLocale(app.getLocale()));
  const { rendererDir, preloadPath } = bundlePaths(import.meta.dirname);
  const actor = currentActor();

  // The controller opens no window until show(); dialogs attach to whichever window is current.
  const windows = createMainWindowController({
    preloadPath,
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    log,
  });
  const printing = createElectronPrinting({ preloadPath, parentWindow: () => windows.current(), log });
  // Settings may ask about updates before they are set up, once the window is up (below).
  let updatesReady: (port: UpdatesPort) => void = () => {};
  let updatesFailed: (error: unknown) => void = () => {};
  const updates = new Promise<UpdatesPort>((resolve, reject) => {
    updatesReady = resolve;
    updatesFailed = reject;
  });

  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  let heldLock: ReleaseLock;
  try {
    // Another Clientbook on this folder is refused before a window opens.
    heldLock = await lockDataFolder(dataDir, () => new Date());
  } catch (error) {
    reportStartFailure(error, log);
    return;
  }
  // The window's page and its first screen are served before the backend's code is loaded (about
  // 0.1 s of this one thread, which the page would wait for); the backend loads while the page renders.
  const { atStart, wanted } = startAnswers(readFirstScreenAtStart(dataDir));
  const backend = wanted.then(async (firstScreenAtStart) =>
    (await import('../backend/workstation')).openWorkstation({
      dataDir,
      heldLock,
      ...(firstScreenAtStart && { firstScreenAtStart }),
      log: createLogger('backend', undefined, logSink),
      pdf: printing.pdf,
      // Only files the backend wrote and found by their ids reach these (services/written-files.ts).
      desktop: {
        ...printing.desktop,
        openPath: (writtenFile) => shell.openPath(writtenFile),
        showInFolder: (writtenFile) => shell.showItemInFolder(writtenFile),
        updates: {
          setting: () => updates.then((port) => port.setting()),
          configure: (automatic) => updates.then((port) => port.configure(automatic)),
        },
      },
      // A remembered office password is kept only as the system encrypts it (Keychain, DPAPI).
      secrets: {
        available: () => safeStorage.isEncryptionAvailable(),
        encrypt: (text) => safeStorage.encryptString(text),
        decrypt: (data) => safeStorage.decryptString(Buffer.from(data)),
      },
    }),
  );
  // A failed start, or a book that opens in the background and then cannot be read.
  backend.then((workstation) => workstation.ready).catch((error: unknown) => reportStartFailure(error, log));
  // A backend that never opened has nothing to close; its failure is reported above.
  // Quit before the backend was loaded: only the folder to free.
  setupQuit({ close: async () => (atStart.closeUnloaded() ? heldLock() : (await backend.catch(() => null))?.close()) }, log);

  setupAppProtocol(session.defaultSession, rendererDir);
  setupPermissionHandlers(session.defaultSession);
  setupContentsLocks(log);
  setupIpc({ handlers: backend.then((workstation) => workstation.handlers), atStart, actor, log });
  void backend.then((workstation) => setupEventForwarding(workstation.events));
  let workstation: Workstation | null = null;
  void backend.then((opened) => (workstation = opened));

  /** The book's status for the diagnostic summary; null when it is not open (yet, or at all). */
  const bookStatus = () =>
    Promise.race([
      backend.then((workstation) => workstation.handlers['app:status']({}, { actor })),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000)),
    ]).catch(() => null);
  const menu: MenuOptions = {
    platform: process.platform,
    isPackaged: app.isPackaged,
    onCommand: (command) => {
      // With no window open (macOS) the command only brings the window back: a page that is
      // still loading has not subscribed yet, so sending it now would silently drop it.
      const window = windows.current();
      if (window) sendEvent(window, MENU_COMMAND_EVENT, command);
      else windows.show();
    },
    help: {
      openDataFolder: () =>
        void shell.openPath(dataDir).then((problem) => {
          if (problem) log.warn('The data folder could not be shown in the file manager.');
        }),
      openLogsFolder: () =>
        void shell.openPath(logsDir).then((problem) => {
          if (problem) log.warn('The logs folder could not be shown in the file manager.');
        }),
      copyDiagnostics: () =>
        void bookStatus().then((status) =>
          clipboard.writeText(
            diagnosticSummary({
              appVersion: app.getVersion(),
              versions: process.versions,
              os: { platform: process.platform, release: os.release(), arch: process.arch, locale: app.getLocale() },
              dataDir,
              status,
            }),
          ),
        ),
    },
  };
  setupMenuInReadersLanguage(menu, log);
  startUpdates({
    dataDir,
    busy: () => workstation?.longWorkUnderWay() ?? null,
    ask: async (version) => {
      const options = updateQuestion(version);
      const window = windows.current();
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
  }).then(updatesReady, (error: unknown) => {
    log.warn('Updates could not be set up', { errorName: error instanceof Error ? error.name : typeof error });
    updatesFailed(error);
  });
  setupSecondInstance(windows);
  setupWindowLifecycle(windows, process.platform);
  openBackupFile = (file) => {
    const window = windows.current();
    if (window) sendEvent(window, MENU_COMMAND_EVENT, { command: 'restoreFile', file });
    windows.show(window ? undefined : restoreFileRoute(file));
  };
  const backupFile = (await backupFileAtLaunch) ?? backupFileBeforeWindow;
  windows.show(backupFile === null ? undefined : restoreFileRoute(backupFile));
  log.info('Clientbook started', { version: app.getVersion(), packaged: app.isPackaged });
}

/**
 * Updates as the machine's policy and this computer's choice (Settings → Updates) allow
 * (electron/main/updates.ts); electron-updater is loaded only where they are on, after the window is up.
 */
async function startUpdates({
  dataDir,
  busy,
  ask,
}: {
  dataDir: string;
  busy: () => LongWork | null;
  ask: (version: string) => Promise<boolean>;
}): Promise<UpdatesPort> {
  const policyText = await readFile(policyFilePath(process.platform, process.env), 'utf8').catch(() => null);
  const policy = readUpdatePolicy({ env: process.env, policyText, isPackaged: app.isPackaged, log });
  if (!policy.enabled) log.info('Clientbook does not update itself on this computer', { why: policy.why });
  const settingFile = path.join(dataDir, updatesSettingFileName);
  const automatic = readAutomaticChoice(await readFile(settingFile, 'utf8').catch(() => null));
  if (policy.enabled && !automatic) log.info('Automatic updates are turned off in Settings on this computer');
  return switchUpdates({
    policy,
    automatic,
    save: (on) => writeFileAtomically(settingFile, (write) => write(Buffer.from(JSON.stringify({ automatic: on })))),
    start: async (feed) => {
      const { autoUpdater } = await import('./auto-updater');
      return scheduleUpdates({ updater: autoUpdater, feed, busy, ask, log });
    },
  });
}

// One process per user: a second launch hands over to the first (see setupSecondInstance) and exits.
if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => reportStartFailure(error, log));
} else {
  app.quit();
}
