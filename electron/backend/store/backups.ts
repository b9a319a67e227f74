import path from 'node:path';
import { backupReasons, type BackupInfo, type BackupReason } from '../../../shared/model/app';
import { copyOf, writeFileAtomically } from './durable-fs';
import { expectWrittenSnapshot, verifySnapshotFile } from './snapshot';
import { nodeFs, type StoreFs } from './store-fs';

const namePattern = new RegExp(`^clientbook-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(${backupReasons.join('|')})\\.json$`);

/** How many automatic backups to keep before thinning them to one a day. */
const recentAutoKept = 24;
const dailyAutoKeptDays = 60;

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
  /** Verification results by name, size and mtime: a backup file never changes once written. */
  private readonly verified = new Map<string, boolean>();

  constructor(
    readonly dir: string,
    private readonly supportedVersion: number,
    private readonly now: () => Date,
    private readonly fs: StoreFs = nodeFs,
  ) {}

  /**
   * Copies the snapshot file into a new backup, durably and whole, verified before it gets its
   * name (a failed copy leaves no partial backup), then thins old automatic ones.
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
    if (!parsed) return null;
    const full = path.join(this.dir, file);
    const info = await this.fs.stat(full).catch(() => null);
    if (!info) return null;
    const key = `${file}:${info.size}:${info.mtimeMs}`;
    let verified = this.verified.get(key);
    if (verified === undefined) {
      verified = await verifySnapshotFile(full, this.supportedVersion, this.fs);
      this.verified.set(key, verified);
    }
    return { file, createdAt: parsed.createdAt, sizeBytes: info.size, reason: parsed.reason, verified };
  }

  /** Keeps the newest automatic backups, then one a day for two months. Others are never thinned. */
  private async prune(): Promise<void> {
    const auto = (await this.names()).filter((b) => b.reason === 'auto');
    const cutoff = this.now().getTime() - dailyAutoKeptDays * 86_400_000;
    const daysKept = new Set<string>();
    for (const [index, backup] of auto.entries()) {
      const day = backup.createdAt.slice(0, 10);
      const keep = index < recentAutoKept || (!daysKept.has(day) && Date.parse(backup.createdAt) >= cutoff);
      daysKept.add(day);
      if (!keep) await this.fs.rm(path.join(this.dir, backup.file), { force: true });
    }
  }
}
