import path from 'node:path';
import type { InvalidRecordInfo, RecoveryReport } from '../../../shared/model/app';
import { readAuditNewestFirst } from './audit-log';
import type { Backups } from './backups';
import { decodeEntry, type JournalEntry } from './journal';
import { currentSchemaVersion, migrate } from './migrations';
import { applyEntry } from './replay';
import { readSnapshotFile, readSnapshotHeader, type StoreImage } from './snapshot';
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
  const journal = await readJournalLeniently(sources.journalFile, sources.fs);
  const { entries } = journal;
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
    if (await findInvalidRecord(image)) continue;
    const lost = await lostAfter(through, journal, sources.auditFile);
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

/** What the journal still says: every line that verifies, in file order, and the complete lines that do not. */
interface LenientJournal {
  entries: JournalEntry[];
  damagedLines: number;
  /** Damaged lines after the last one that verifies: changes whose number nothing else may know. */
  damagedAfterLast: number;
}

async function readJournalLeniently(file: string | null, fs: StoreFs): Promise<LenientJournal> {
  const bytes = file ? await fs.readFile(file).catch(() => null) : null;
  const journal: LenientJournal = { entries: [], damagedLines: 0, damagedAfterLast: 0 };
  if (!bytes) return journal;
  const lines = bytes.toString('utf8').split('\n');
  // The part after the last newline was never a whole line: an append cut short, never acknowledged.
  lines.pop();
  for (const line of lines) {
    if (line.length === 0) continue;
    const entry = decodeEntry(line);
    if (entry) {
      journal.entries.push(entry);
      journal.damagedAfterLast = 0;
    } else {
      journal.damagedLines++;
      journal.damagedAfterLast++;
    }
  }
  return journal;
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
    const header = await readSnapshotHeader(file, fs);
    // Its time is shown as "the backup of …": a header that names no real time cannot be a base.
    if (header && header.schemaVersion <= currentSchemaVersion && !Number.isNaN(Date.parse(header.savedAt)))
      bases.push({ kind, file, ...header });
  }
  return bases;
}

const trailPage = 500;

/**
 * The changes known to have been made after `seq` that the recovered book lacks. Change numbers
 * follow on without gaps, so every number up to the journal's newest that verifies is one; the
 * audit trail adds the ones it recorded (each with its time). Damaged lines after the journal's
 * last readable one count one change each, unless the trail already reaches past them (a byte
 * damaged into a newline splits one change into two damaged lines).
 */
async function lostAfter(seq: number, journal: LenientJournal, auditFile: string): Promise<RecoveryReport['lost']> {
  const times = new Map<number, string | null>();
  const newestInJournal = Math.max(seq, ...journal.entries.map((entry) => entry.seq));
  for (let lost = seq + 1; lost <= newestInJournal; lost++) times.set(lost, null);
  for (const entry of journal.entries) if (entry.seq > seq) times.set(entry.seq, entry.at);
  const trailNumbers: number[] = [];
  let newestInTrail = 0;
  let beforeN: number | undefined;
  for (;;) {
    const page = await readAuditNewestFirst(auditFile, { limit: trailPage, beforeN }).catch(() => null);
    if (!page) break;
    const newer = page.entries.filter((entry) => entry.seq > seq);
    // Newest first: the first entry found is the last of the range.
    for (const entry of newer) {
      if ((times.get(entry.seq) ?? null) === null) times.set(entry.seq, entry.at);
      trailNumbers.push(entry.n);
      newestInTrail = Math.max(newestInTrail, entry.seq);
    }
    if (!page.hasMore || newer.length < page.entries.length) break;
    beforeN = page.entries.at(-1)!.n;
  }
  const unnumbered = newestInTrail > newestInJournal ? 0 : journal.damagedAfterLast;
  const sorted = [...times.values()].filter((at): at is string => at !== null).sort();
  const journalShowsLoss = journal.damagedLines > 0 || newestInJournal > seq;
  return {
    count: times.size + unnumbered,
    firstAt: sorted[0] ?? null,
    lastAt: sorted.at(-1) ?? null,
    trailEntries: trailNumbers.length > 0 ? { from: trailNumbers.at(-1)!, to: trailNumbers[0]! } : null,
    onlyInTrail: !journalShowsLoss && times.size > 0,
  };
}
