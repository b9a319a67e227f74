import { z } from 'zod';
import { IsoInstant } from './common';

/** Why a backup was taken: every 15 minutes while data changes, by hand, or before a migration, restore or import. */
export const backupReasons = ['auto', 'manual', 'pre-migration', 'pre-restore', 'pre-import'] as const;
export const BackupReason = z.enum(backupReasons);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.strictObject({
  file: z.string(),
  createdAt: IsoInstant,
  sizeBytes: z.number().int().nonnegative(),
  reason: BackupReason,
  verified: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** The files the desktop app's open-file dialog can choose: a Clientbook backup, or a whole-book export to import. */
export const DesktopFileKind = z.enum(['backup', 'book']);
export type DesktopFileKind = z.infer<typeof DesktopFileKind>;

/**
 * What state the data folder is in. `needs-setup`: empty folder, the user picks demo or empty.
 * `read-only`: the data could not be opened safely; `readOnlyReason` says why, nothing is written.
 */
export const AppStatus = z.strictObject({
  mode: z.enum(['needs-setup', 'ready', 'read-only']),
  readOnlyReason: z.enum(['newer-version', 'corrupt']).nullable(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  fileSchemaVersion: z.number().int().nullable(),
  quarantined: z.array(z.string()),
  firmName: z.string(),
  counts: z.strictObject({ clients: z.number().int(), teamMembers: z.number().int() }),
});
export type AppStatus = z.infer<typeof AppStatus>;
