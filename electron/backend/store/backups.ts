import path from 'node:path';
import { backupReasons, type BackupInfo, type BackupReason } from '../../../shared/model/app';
import { copyOf, writeFileAtomically } from './durable-fs';
import { contentDigestOf, expectWrittenSnapshot, readContentChecksum, verifySnapshotFile } from './snapshot';
import { nodeFs, type StoreFs } from './store-fs';

const namePattern = new RegExp(`^clientbook-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(${backupReasons.join('|')})\\.json$`);

/** How many of the newest backups of each reason are always kept. */
const recentKept: Record<BackupReason, number> = { auto: 24, manual: 24, 'pre-restore': 10, 'pre-import': 10, 'pre-migration': 10 };
/** Older ones are thinned to the newest of each day for this long, then removed. */
const dailyKeptDays = 60;
/**
 * Backups of the book just before it was replaced (a restore, a whole-book import, a migration):
 * usually the only copy of the changes made since the backup before, so one is thinned only when
 * another kept backup holds exactly the same book.
 */
const replacedBookReasons: ReadonlySet<BackupReason> = new Set(['pre-restore', 'pre-import', 'pre-migration']);

/** What was learned about one backup file by reading it. */
interface FileFacts {
  verified?: boolean;
  /** The content checksum in its trailer; null when it has none. */
  content?: number | null;
  /** The digest of its book; null when it does not verify. */
  digest?: string | null;
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function parseName(file: string): { createdAt: string; reason: BackupReason } | null {
  const match = namePattern.exec(file);
  if (!match) return null;
  const [date, time] = match[1]!.split('T') as [string, string];
  const [h, m, s, ms] = time.slice(0, -1).split('-');
  return { createdAt: `${date}T${h}:${m}:${s}.${ms}Z`, reason: match[2] as BackupReason };
}

/**
 * Rolling copies of the snapshot in `backups/`. Each copy carries the snapshot's own checksum
 * trailer, so verifying a backup is reading it back.
 */
export class Backups {
  /** What was learned about each file, by name, size and mtime: a backup file never changes once written. */
  private readonly facts = new Map<string, FileFacts>();

  constructor(
    readonly dir: string,
    private readonly supportedVersion: number,
    private readonly now: () => Date,
    private readonly fs: StoreFs = nodeFs,
  ) {}

  /**
   * Copies the snapshot file into a new backup, durably and whole, verified before it gets its
   * name (a failed copy leaves no partial backup), then thins old ones.
   */
  async create(snapshotFile: string, reason: BackupReason): Promise<BackupInfo> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const file = await this.freshName(reason);
    await writeFileAtomically(path.join(this.dir, file), copyOf(snapshotFile, { fs: this.fs }), {
      fs: this.fs,
      verify: (written) => expectWrittenSnapshot(written, this.supportedVersion, this.fs),
    });
    // Thinning is housekeeping: a failure leaves an extra old backup, never a missing new one.
    await this.prune().catch(() => undefined);
    const info = await this.describe(file);
    if (!info) throw new Error('backup vanished after writing');
    return info;
  }

  /** A name no backup has: two backups in the same millisecond (or after the clock went back) must not replace one another. */
  private async freshName(reason: BackupReason): Promise<string> {
    const taken = new Set(await this.fs.readdir(this.dir).catch(() => [] as string[]));
    for (let at = this.now().getTime(); ; at++) {
      const file = `clientbook-${stampOf(new Date(at))}-${reason}.json`;
      if (!taken.has(file)) return file;
    }
  }

  /** Every backup, newest first, each checked against its checksum. */
  async list(): Promise<BackupInfo[]> {
    const infos = await Promise.all((await this.names()).map(({ file }) => this.describe(file)));
    return infos.filter((info): info is BackupInfo => info !== null);
  }

  /** When the newest backup taken for `reason` was made, from its name alone (no file is read). */
  async newestAt(reason: BackupReason): Promise<string | null> {
    return (await this.names()).find((backup) => backup.reason === reason)?.createdAt ?? null;
  }

  /** Backups as their names describe them, newest first: what thinning and start-up need, without reading files. */
  private async names(): Promise<{ file: string; createdAt: string; reason: BackupReason }[]> {
    const files = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    return files
      .flatMap((file) => {
        const parsed = parseName(file);
        return parsed ? [{ file, ...parsed }] : [];
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The path of a listed backup; null for any name that is not one (no path tricks). */
  pathOf(file: string): string | null {
    return parseName(file) ? path.join(this.dir, file) : null;
  }

  private async describe(file: string): Promise<BackupInfo | null> {
    const parsed = parseName(file);
    const known = parsed && (await this.learn(file, 'verified', (full) => verifySnapshotFile(full, this.supportedVersion, this.fs)));
    if (!parsed || !known) return null;
    return { file, createdAt: parsed.createdAt, sizeBytes: known.size, reason: parsed.reason, verified: known.value };
  }

  /** A fact about a backup file, read once per version of the file; null when the file is gone. */
  private async learn<K extends keyof FileFacts>(
    file: string,
    fact: K,
    read: (full: string) => Promise<Exclude<FileFacts[K], undefined>>,
  ): Promise<{ value: Exclude<FileFacts[K], undefined>; size: number } | null> {
    const full = path.join(this.dir, file);
    const info = await this.fs.stat(full).catch(() => null);
    if (!info) return null;
    const key = `${file}:${info.size}:${info.mtimeMs}`;
    const facts = this.facts.get(key) ?? {};
    this.facts.set(key, facts);
    // Not ??=: null is a fact too (no content checksum, not verified).
    if (facts[fact] === undefined) facts[fact] = await read(full);
    return { value: facts[fact] as Exclude<FileFacts[K], undefined>, size: info.size };
  }

  /**
   * Thins backups of every reason alike: the newest few are kept, then the newest of each day for
   * two months. A backup of a replaced book goes only when another kept backup holds the same book.
   */
  private async prune(): Promise<void> {
    const cutoff = this.now().getTime() - dailyKeptDays * 86_400_000;
    const seen = new Map<BackupReason, { count: number; days: Set<string> }>();
    const kept: string[] = [];
    const thinned: { file: string; reason: BackupReason }[] = [];
    for (const backup of await this.names()) {
      const ofReason = seen.get(backup.reason) ?? { count: 0, days: new Set<string>() };
      seen.set(backup.reason, ofReason);
      const day = backup.createdAt.slice(0, 10);
      const keep = ofReason.count < recentKept[backup.reason] || (!ofReason.days.has(day) && Date.parse(backup.createdAt) >= cutoff);
      ofReason.count++;
      ofReason.days.add(day);
      if (keep) kept.push(backup.file);
      else thinned.push(backup);
    }
    // Newest first, so of several copies of one book the newest stays.
    for (const backup of thinned) {
      if (replacedBookReasons.has(backup.reason) && !(await this.hasCopyAmong(backup.file, kept))) kept.push(backup.file);
      else await this.fs.rm(path.join(this.dir, backup.file), { force: true });
    }
  }

  /**
   * Whether one of `others` holds exactly the book `file` holds: their trailers' content checksums
   * match (read from the files' ends), then the digests of the whole verified files do.
   */
  private async hasCopyAmong(file: string, others: string[]): Promise<boolean> {
    const contentOf = (name: string) => this.learn(name, 'content', (full) => readContentChecksum(full, this.fs));
    const digestOf = (name: string) =>
      this.learn(name, 'digest', (full) => contentDigestOf(full, this.supportedVersion, this.fs).catch(() => null));
    const content = (await contentOf(file))?.value ?? null;
    // A backup written before content checksums is taken to be the only copy of its book.
    if (content === null) return false;
    for (const other of others) {
      if ((await contentOf(other))?.value !== content) continue;
      const digest = (await digestOf(file))?.value ?? null;
      if (digest !== null && digest === (await digestOf(other))?.value) return true;
    }
    return false;
  }
}
