import { z } from 'zod';
import { rule } from '../messages';
import { MemberRef } from './team';
import { maxImportFileBytes, maxImportFileSize } from '../limits';
import { Id, IsoInstant } from './common';

// ─── Import ──────────────────────────────────────────────────────────────────

/**
 * What one import file holds. `contactsAccounts` is a CRM's contacts-and-accounts export (one row
 * per account, the same person on several rows): it makes households, people and products at once.
 */
export const importKinds = ['contactsAccounts', 'households', 'holdings', 'interactions', 'tasks', 'surveys'] as const;
export const ImportKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKind>;

/** What a households file says about a household and one of its people. */
const householdFields = [
  'householdName',
  'householdRef',
  'type',
  'tier',
  'status',
  'manager',
  'clientSince',
  'lastReviewOn',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'tags',
  'notes',
  'personName',
  'firstName',
  'lastName',
  'relationship',
  'email',
  'phone',
  'dateOfBirth',
  'primaryContact',
] as const;

/**
 * The fields a column can be mapped to, per kind. Every kind but households and contacts names its
 * household by `householdName` (matched against the book, case and spacing ignored) or by
 * `householdRef` (the id of a household, as exported). Households files have one row per person,
 * contacts-and-accounts files one per account; rows with the same household name (or ref) make one
 * household, and a person on several of its rows is one person.
 */
export const importFields = {
  contactsAccounts: [...householdFields, 'accountNumber', 'kind', 'productName', 'provider', 'value', 'valuedOn', 'openedOn'],
  households: householdFields,
  holdings: [
    'householdName',
    'householdRef',
    'productName',
    'kind',
    'provider',
    'accountNumber',
    'value',
    'valuedOn',
    'annualFee',
    'openedOn',
    'status',
  ],
  interactions: ['householdName', 'householdRef', 'date', 'kind', 'summary', 'staff', 'durationMinutes'],
  tasks: ['householdName', 'householdRef', 'title', 'dueOn', 'assignee', 'status', 'priority', 'category', 'notes'],
  surveys: ['householdName', 'householdRef', 'date', 'nps', 'csat', 'comment', 'channel', 'personName'],
} as const satisfies Record<ImportKind, readonly string[]>;

export type ImportFieldName = (typeof importFields)[ImportKind][number];
const allImportFields = [...new Set(Object.values(importFields).flat())] as [ImportFieldName, ...ImportFieldName[]];
export const ImportField = z.enum(allImportFields);

/** How slash dates read: 03/04/2026 is 4 March (mdy) or 3 April (dmy). ISO dates always read as such. */
export const dateOrders = ['mdy', 'dmy'] as const;
export const DateOrder = z.enum(dateOrders);
export type DateOrder = z.infer<typeof DateOrder>;

export const csvDelimiters = [',', ';', '\t'] as const;
export const CsvDelimiter = z.enum(csvDelimiters);
export type CsvDelimiter = z.infer<typeof CsvDelimiter>;

const RememberedColumns = z.record(z.string().max(200), ImportField);

/**
 * Remembered column mappings: per kind, a normalised header → the field it was mapped to last
 * time, and the date order chosen last time. Books from before contacts-and-accounts imports and
 * remembered date orders have neither.
 */
export const ImportMappings = z.strictObject({
  ...(Object.fromEntries(importKinds.map((kind) => [kind, RememberedColumns])) as Record<
    Exclude<ImportKind, 'contactsAccounts'>,
    typeof RememberedColumns
  >),
  contactsAccounts: RememberedColumns.optional(),
  dateOrders: z.partialRecord(ImportKind, DateOrder).optional(),
});
export type ImportMappings = z.infer<typeof ImportMappings>;

/** Asks which field each header most likely is: remembered mappings first, then common header names. */
export const ImportSuggestQuery = z.strictObject({
  kind: ImportKind,
  headers: z.array(z.string().max(500)).min(1).max(200),
});

/**
 * A file already decoded to text (the renderer reads the bytes and decodes UTF-8 or Windows-1252),
 * with the user's column mapping: one entry per column, null for a column left out.
 */
export const ImportPreviewInput = z.strictObject({
  kind: ImportKind,
  fileName: z.string().trim().min(1).max(260),
  text: z.string().max(maxImportFileBytes, rule('atMostSize', { size: maxImportFileSize })),
  delimiter: CsvDelimiter,
  columns: z.array(ImportField.nullable()).min(1).max(200),
  dateOrder: DateOrder,
});
export type ImportPreviewInput = z.input<typeof ImportPreviewInput>;

export const ImportRowError = z.strictObject({
  /** The line's number in the file as a spreadsheet shows it: the header is row 1. */
  row: z.number().int(),
  /** The column's header, when one column is to blame. */
  column: z.string().nullable(),
  /** Why, in English; `key` and `params` say it by message key (shared/messages.ts) for the screen to word. */
  message: z.string(),
  key: z.string().optional(),
  params: z
    .record(
      z.string(),
      z.union([
        z.string(),
        z.number(),
        z.strictObject({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
      ]),
    )
    .optional(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

/** A household in the file that looks like one already in the book: the user decides. */
export const ImportDuplicate = z.strictObject({
  /** Identifies the incoming household in the decisions sent back. */
  key: z.string(),
  rows: z.array(z.number().int()),
  incomingName: z.string(),
  existingId: Id,
  existingName: z.string(),
  matchedOn: z.array(z.enum(['name', 'email', 'phone'])),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

export const ImportMissingMember = z.strictObject({
  name: z.string(),
  /** The column's header it was named in. */
  column: z.string(),
  rows: z.array(z.number().int()),
});
export type ImportMissingMember = z.infer<typeof ImportMissingMember>;

export const ImportHouseholdsSummary = z.strictObject({
  /** People in the new households, each counted once however many rows name them. */
  people: z.number().int(),
  /** Products (accounts, policies) the new households hold. */
  products: z.number().int(),
  /** Products whose account type was not recognised: they are imported as "Other". */
  productsOfUnknownKind: z.number().int(),
  /** Households whose next review counts from: the last review the file gives, client-since (when within one review cycle), or the import. */
  reviewsFrom: z.strictObject({ lastReview: z.number().int(), clientSince: z.number().int(), importDay: z.number().int() }),
});
export type ImportHouseholdsSummary = z.infer<typeof ImportHouseholdsSummary>;

export const ImportPreview = z.strictObject({
  id: Id,
  kind: ImportKind,
  fileName: z.string(),
  /** Data rows read (the header not counted). */
  rows: z.number().int(),
  /** Records that would be created, updated, and rows skipped (blank, or bad when only good rows go in). */
  create: z.number().int(),
  update: z.number().int(),
  skip: z.number().int(),
  /** Rows with errors: every one (the first 1,000 listed; `errorCount` has them all). */
  errors: z.array(ImportRowError),
  errorCount: z.number().int(),
  /** Rows with at least one error: a row with a bad date and a bad email is one row with problems. */
  errorRows: z.number().int(),
  duplicates: z.array(ImportDuplicate),
  /** Team members the file names who are not on the team: once added, their rows import. */
  missingMembers: z.array(ImportMissingMember),
  /** For files that make households: what the new ones bring, and when their first review falls due. */
  households: ImportHouseholdsSummary.nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const DuplicateDecision = z.enum(['skip', 'merge', 'create']);
export type DuplicateDecision = z.infer<typeof DuplicateDecision>;

export const ImportCommit = z.strictObject({
  previewId: Id,
  /** For each duplicate's key; a duplicate without a decision is refused. */
  decisions: z.record(z.string().max(300), DuplicateDecision).default({}),
  /** A file with bad rows imports nothing unless this says to leave the bad rows out. */
  onlyGoodRows: z.boolean().default(false),
});
export type ImportCommit = z.input<typeof ImportCommit>;

/** One import that landed: kept so it can be undone and audited. */
export const ImportRecord = z.strictObject({
  id: Id,
  kind: z.union([ImportKind, z.literal('book')]),
  fileName: z.string(),
  at: IsoInstant,
  /** The computer account it was made from. */
  by: z.string(),
  /** The team member chosen at that workstation, when one was. */
  byMember: MemberRef.optional(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  /**
   * What "Undo import" takes it back with: the backup taken just before (a book kept on this
   * computer), or the name of the import's inverse kept in the office database.
   */
  backupFile: z.string(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

// ─── Export ──────────────────────────────────────────────────────────────────

export const exportEntities = ['households', 'people', 'holdings', 'interactions', 'tasks', 'surveys'] as const;
export const ExportEntity = z.enum(exportEntities);
export type ExportEntity = z.infer<typeof ExportEntity>;

/** An absolute folder on the computer running Clientbook; made when missing, files in it never replaced. */
export const FolderPath = z.string().trim().min(1, rule('required')).max(1000);

export const BookExport = z.strictObject({
  folder: FolderPath,
  /** One UTF-8 CSV (with BOM, for Excel) per entity. */
  csv: z.boolean().default(true),
  /** The whole book as one JSON file, which "Import a whole book" reads back. */
  json: z.boolean().default(true),
});

export const ExportResult = z.strictObject({
  /** What the desktop app opens it by (files:open, kind export): the renderer never names a path to open. */
  id: Id,
  /** The folder written into (a new subfolder of the one chosen). */
  folder: z.string(),
  files: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResult>;
