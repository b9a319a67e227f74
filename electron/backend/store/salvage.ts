import path from 'node:path';
import type { InvalidRecordInfo, RecoveryReport } from '../../../shared/model/app';
import { readAuditNewestFirst } from './audit-log';
import type { Backups } from './backups';
import { decodeEntry, type JournalEntry } from './journal';
import { currentSchemaVersion, migrate } from './migrations';
import { applyEntry } from './replay';
import { readSnapshotFile, snapshotFormat, type StoreImage } from './snapshot';
import type { StoreFs } from './store-fs';
import { findInvalidRecord } from './validate';

/** A copy of the book that may start a recovery: the book file itself or a backup, as its header line describes it. */
interface Base {
  kind: 'snapshot' | 'backup';
  file: string;
  seq: number;
  schemaVersion: number;
  savedAt: string;
}

export interface Salvage {
  image: StoreImage;
  report: RecoveryReport;
}

export interface SalvageSources {
  /** The damaged start's book file and journal, where they now are (quarantine/); null when there was none. */
  snapshotFile: string | null;
  journalFile: string | null;
  backups: Backups;
  auditFile: string;
  damaged: RecoveryReport['damaged'];
  invalidRecord: InvalidRecordInfo | null;
  fs: StoreFs;
}

/**
 * The best book the intact files prove, after a damaged start: the newest verified base (the book
 * file or a backup) plus every journal change that verifies and follows it without a gap, migrated
 * and with every record valid. Null when no copy verifies. Nothing is written; the files are read only.
 *
 * Journal changes are replayed onto the book file, or onto a backup of the current schema: a backup
 * from before an upgrade predates the journal's changes, which were written against the new schema.
 */
export async function salvageBook(sources: SalvageSources): Promise<Salvage | null> {
  const { entries, damagedLines } = await readJournalLeniently(sources.journalFile, sources.fs);
  const bySeq = new Map(entries.map((entry) => [entry.seq, entry]));
  const reach = (base: Base) => {
    let seq = base.seq;
    if (base.kind === 'snapshot' || base.schemaVersion === currentSchemaVersion) while (bySeq.has(seq + 1)) seq++;
    return seq;
  };
  const bases = (await candidateBases(sources)).sort(
    (a, b) => reach(b) - reach(a) || b.seq - a.seq || (a.kind === 'snapshot' ? -1 : b.kind === 'snapshot' ? 1 : 0),
  );
  for (const base of bases) {
    const image = await readSnapshotFile(base.file, currentSchemaVersion, undefined, sources.fs).catch(() => null);
    if (!image) continue;
    const through = reach(base);
    const replayed: JournalEntry[] = [];
    for (let seq = base.seq + 1; seq <= through; seq++) replayed.push(bySeq.get(seq)!);
    for (const entry of replayed) applyEntry(image, entry);
    migrate(image);
    if (findInvalidRecord(image)) continue;
    const lost = await lostAfter(through, entries, damagedLines, sources.auditFile);
    return {
      image,
      report: {
        damaged: sources.damaged,
        invalidRecord: sources.invalidRecord,
        base: { kind: base.kind, file: path.basename(base.file), savedAt: base.savedAt },
        replayed: replayed.length,
        recoveredThrough: replayed.at(-1)?.at ?? base.savedAt,
        lost,
      },
    };
  }
  return null;
}

/** Every line of the journal that verifies, in file order, and how many complete lines did not. */
async function readJournalLeniently(file: string | null, fs: StoreFs): Promise<{ entries: JournalEntry[]; damagedLines: number }> {
  const bytes = file ? await fs.readFile(file).catch(() => null) : null;
  if (!bytes) return { entries: [], damagedLines: 0 };
  const lines = bytes.toString('utf8').split('\n');
  // The part after the last newline was never a whole line: an append cut short, never acknowledged.
  lines.pop();
  const entries: JournalEntry[] = [];
  let damagedLines = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    const entry = decodeEntry(line);
    if (entry) entries.push(entry);
    else damagedLines++;
  }
  return { entries, damagedLines };
}

async function candidateBases({ snapshotFile, backups, fs }: SalvageSources): Promise<Base[]> {
  const files: { kind: Base['kind']; file: string }[] = [];
  if (snapshotFile) files.push({ kind: 'snapshot', file: snapshotFile });
  for (const name of await fs.readdir(backups.dir).catch(() => [] as string[])) {
    const file = backups.pathOf(name);
    if (file) files.push({ kind: 'backup', file });
  }
  const bases: Base[] = [];
  for (const { kind, file } of files) {
    const header = await readHeader(file, fs);
    if (header && header.schemaVersion <= currentSchemaVersion) bases.push({ kind, file, ...header });
  }
  return bases;
}

const headerBytes = 64 * 1024;

/** The header line of a book file or backup, without reading the rest; null when it does not start like one. */
async function readHeader(file: string, fs: StoreFs): Promise<Pick<Base, 'seq' | 'schemaVersion' | 'savedAt'> | null> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
    const buffer = Buffer.alloc(headerBytes);
    const { bytesRead } = await handle.read(buffer, 0, headerBytes, 0);
    const end = buffer.subarray(0, bytesRead).indexOf(0x0a);
    if (end === -1) return null;
    const header = JSON.parse(buffer.toString('utf8', 0, end)) as Record<string, unknown>;
    const { seq, schemaVersion, savedAt } = header;
    if (header.format !== snapshotFormat || !Number.isSafeInteger(seq) || !Number.isSafeInteger(schemaVersion)) return null;
    if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
    return { seq: seq as number, schemaVersion: schemaVersion as number, savedAt };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

const trailPage = 500;

/**
 * The changes known to have been made after `seq` that the recovered book lacks: from the audit
 * trail (each with its time) and the journal (lines that verify but do not follow on, and lines
 * that no longer read).
 */
async function lostAfter(seq: number, entries: JournalEntry[], damagedLines: number, auditFile: string): Promise<RecoveryReport['lost']> {
  const times = new Map<number, string>();
  for (const entry of entries) if (entry.seq > seq) times.set(entry.seq, entry.at);
  const journalCount = times.size + damagedLines;
  // Newest first: the first entry found is the last of the range.
  const trailNumbers: number[] = [];
  let beforeN: number | undefined;
  for (;;) {
    const page = await readAuditNewestFirst(auditFile, { limit: trailPage, beforeN }).catch(() => null);
    if (!page) break;
    const newer = page.entries.filter((entry) => entry.seq > seq);
    for (const entry of newer) {
      if (!times.has(entry.seq)) times.set(entry.seq, entry.at);
      trailNumbers.push(entry.n);
    }
    if (!page.hasMore || newer.length < page.entries.length) break;
    beforeN = page.entries.at(-1)!.n;
  }
  const sorted = [...times.values()].sort();
  return {
    count: Math.max(times.size, journalCount),
    firstAt: sorted[0] ?? null,
    lastAt: sorted.at(-1) ?? null,
    trailEntries: trailNumbers.length > 0 ? { from: trailNumbers.at(-1)!, to: trailNumbers[0]! } : null,
    onlyInTrail: journalCount === 0 && times.size > 0,
  };
}
