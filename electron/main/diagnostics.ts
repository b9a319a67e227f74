import type { AppStatus } from '../../shared/model';

/** What Help → Copy Diagnostic Summary is made of: versions, the system and the book's state. */
export interface DiagnosticFacts {
  appVersion: string;
  /** process.versions: Electron, Chromium, Node. */
  versions: Partial<Record<'electron' | 'chrome' | 'node' | 'v8', string>>;
  os: { platform: string; release: string; arch: string; locale: string };
  dataDir: string;
  /** The book's status, or null when it has not opened (a failed start is what support most needs to hear of). */
  status: AppStatus | null;
}

const runtimeVersions = (versions: DiagnosticFacts['versions']) =>
  `Electron ${versions.electron ?? '?'}, Chromium ${versions.chrome ?? '?'}, Node ${versions.node ?? '?'}`;

/**
 * What Help → About shows (app.setAboutPanelOptions): the build, and the Electron, Chromium and
 * Node it runs on in the diagnostic summary's words, so whoever reads it out to support says the same.
 */
export function aboutPanelOptions({ appVersion, versions }: Pick<DiagnosticFacts, 'appVersion' | 'versions'>) {
  return { applicationName: 'Clientbook', applicationVersion: appVersion, version: runtimeVersions(versions) };
}

/**
 * The summary a firm pastes into a support request: enough to tell which build runs where and in
 * what state the book is, and no client data (no names, no firm name, no office login): counts,
 * versions and states only. The data folder's path is there, since support needs it to find the logs.
 */
export function diagnosticSummary({ appVersion, versions, os, dataDir, status }: DiagnosticFacts): string {
  const book = status
    ? [
        `Book: ${status.office ? `office database (${status.office.reachable ? 'reachable' : 'not reachable'})` : 'on this computer'}`,
        `Mode: ${status.mode}${status.readOnlyReason ? ` (${status.readOnlyReason})` : ''}`,
        `Schema: ${status.schemaVersion}${status.fileSchemaVersion !== null && status.fileSchemaVersion !== status.schemaVersion ? `, file ${status.fileSchemaVersion}` : ''}`,
        `Quarantined files: ${status.quarantined.length}`,
        `Recovery waiting: ${status.recovery ? 'yes' : 'no'}`,
        `Households: ${status.counts.clients}, team members: ${status.counts.teamMembers}`,
      ]
    : ['Book: not open'];
  return [
    `Clientbook ${appVersion}`,
    runtimeVersions(versions),
    `System: ${os.platform} ${os.release} (${os.arch}), locale ${os.locale}`,
    `Data folder: ${dataDir}`,
    ...book,
  ].join('\n');
}
