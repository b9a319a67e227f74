import { z } from 'zod';
import { rule } from '../messages';
import { IsoInstant } from './common';
import { demoRegions } from './demo-values';

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

/** A record (or settings) a data file holds that its schema does not allow: which, never its content. */
export const InvalidRecordInfo = z.strictObject({
  collection: z.string(),
  id: z.string().nullable(),
  field: z.string(),
  problem: z.string(),
});
export type InvalidRecordInfo = z.infer<typeof InvalidRecordInfo>;

/**
 * After a damaged start: the best book the intact files prove, held in memory until the person
 * accepts it. `base` is the newest copy that verified (the book file itself or a backup); `replayed`
 * the journal's changes after it that verified and followed on; `lost` the changes the journal or
 * the audit trail show were made after that, which could not be read.
 */
export const RecoveryReport = z.strictObject({
  damaged: z.enum(['snapshot', 'journal']),
  invalidRecord: InvalidRecordInfo.nullable(),
  base: z.strictObject({
    kind: z.enum(['snapshot', 'backup']),
    file: z.string(),
    savedAt: IsoInstant,
  }),
  replayed: z.number().int().nonnegative(),
  recoveredThrough: IsoInstant,
  lost: z.strictObject({
    count: z.number().int().nonnegative(),
    firstAt: IsoInstant.nullable(),
    lastAt: IsoInstant.nullable(),
    /** The audit trail's entries for them, when it has any. */
    trailEntries: z.strictObject({ from: z.number().int().positive(), to: z.number().int().positive() }).nullable(),
    /** Known from the audit trail alone: the journal shows no damage, so its entries may instead have been added to it. */
    onlyInTrail: z.boolean(),
  }),
});
export type RecoveryReport = z.infer<typeof RecoveryReport>;

/** Which demo firm to load; without a region, the US firm. */
export const LoadDemo = z.strictObject({ region: z.enum(demoRegions).optional() }).default({});

/**
 * What state the data folder is in. `needs-setup`: empty folder, the user picks demo or empty.
 * `read-only`: the data could not be opened safely; `readOnlyReason` says why, nothing is written.
 */
export const AppStatus = z.strictObject({
  /** `office-sign-in`: this workstation uses the office book and needs its password to open it (`office` says which). */
  mode: z.enum(['needs-setup', 'ready', 'read-only', 'office-sign-in']),
  readOnlyReason: z.enum(['newer-version', 'corrupt']).nullable(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  fileSchemaVersion: z.number().int().nullable(),
  quarantined: z.array(z.string()),
  /** With `readOnlyReason: 'corrupt'`: the book recovered from what was intact, waiting to be accepted; null when nothing could be. */
  recovery: RecoveryReport.nullable(),
  firmName: z.string(),
  counts: z.strictObject({ clients: z.number().int(), teamMembers: z.number().int() }),
  /**
   * Where the book is kept when it is the office's database (null: the data folder on this computer).
   * `reachable: false`: the book shown is this workstation's copy, read-only until it reconnects.
   */
  office: z
    .strictObject({
      server: z.string(),
      database: z.string(),
      login: z.string(),
      reachable: z.boolean(),
      /** The team member the login belongs to (recorded on every change); null for the owner's login. */
      memberId: z.string().nullable(),
      /** May change settings and the team, and give and revoke access. */
      admin: z.boolean(),
      /** Signed in with a one-time password: the person sets their own before anything else. */
      mustChangePassword: z.boolean(),
    })
    .nullable(),
});
export type AppStatus = z.infer<typeof AppStatus>;

/**
 * How this workstation reaches the office database; never with the password. `sslmode`:
 * `verify-full` encrypts and checks the server's certificate and name, `require` only encrypts,
 * `disable` does not encrypt (for a server on this computer).
 */
export const OfficeConnection = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1, rule('required'))
    .max(253, rule('atMostCharacters', { count: 253 })),
  port: z.number().int().min(1, rule('port')).max(65535, rule('port')).default(5432),
  database: z
    .string()
    .trim()
    .min(1, rule('required'))
    .max(63, rule('atMostCharacters', { count: 63 })),
  login: z
    .string()
    .trim()
    .min(1, rule('required'))
    .max(63, rule('atMostCharacters', { count: 63 })),
  sslmode: z.enum(['verify-full', 'require', 'disable']).default('require'),
});
export type OfficeConnection = z.infer<typeof OfficeConnection>;

export const OfficeConnect = OfficeConnection.extend({
  password: z
    .string()
    .min(1, rule('required'))
    .max(1024, rule('atMostCharacters', { count: 1024 })),
  /** Keep the password on this computer, encrypted by the system (the desktop app only). */
  remember: z.boolean().default(false),
});
export type OfficeConnect = z.input<typeof OfficeConnect>;

/** What the connect form starts from: the connection saved on this workstation, and whether a password can be remembered here. */
export const OfficeConnectionForm = z.strictObject({ saved: OfficeConnection.nullable(), canRemember: z.boolean() });
export type OfficeConnectionForm = z.infer<typeof OfficeConnectionForm>;
