import path from 'node:path';
import type { Low } from 'lowdb';
import type { Logger } from '../logger';
import { auditFileName } from './audit-log';
import type { Backups } from './backups';
import { emptyImage, fileExists, journalFileName, snapshotFileName } from './data-folder';
import type { CorruptDataError } from './errors';
import type { Indexes } from './indexes';
import { migrate } from './migrations';
import type { StoreState } from './open';
import { Pacer } from './pacer';
import { salvageBook } from './salvage';
import type { StoreImage } from './snapshot';
import type { StoreFs } from './store-fs';
import { InvalidRecordError } from './validate';

/**
 * Moves unreadable files aside (never deleting or overwriting them) and puts in `db` the best book
 * the intact files prove (see salvage.ts) for the person to accept, or an empty one when no copy
 * verifies. Returns the read-only state the store opens in.
 */
export async function quarantineDamaged(
  error: CorruptDataError,
  opening: {
    dataDir: string;
    log: Logger;
    now: () => Date;
    fs: StoreFs;
    db: Low<StoreImage>;
    indexes: Indexes;
    backups: Backups;
  },
): Promise<StoreState> {
  const { dataDir, log, now, fs, db, indexes, backups } = opening;
  log.error(`Data could not be read (${error.reason}); moving it to quarantine.`);
  const quarantineDir = path.join(dataDir, 'quarantine');
  await fs.mkdir(quarantineDir, { recursive: true });
  const stamp = now().toISOString().replace(/[:.]/g, '-');
  const moved = new Map<string, string>();
  for (const name of [snapshotFileName, journalFileName]) {
    const from = path.join(dataDir, name);
    if (!(await fileExists(from, fs))) continue;
    const target = path.join(quarantineDir, `${stamp}-${name}`);
    try {
      await fs.rename(from, target);
    } catch {
      // Could not move it (locked by another program): copy it instead; the original stays untouched.
      await fs.copyFile(from, target);
    }
    moved.set(name, target);
  }
  const salvage = await salvageBook({
    snapshotFile: moved.get(snapshotFileName) ?? null,
    journalFile: moved.get(journalFileName) ?? null,
    backups,
    auditFile: path.join(dataDir, auditFileName),
    damaged: path.basename(error.file) === journalFileName ? 'journal' : 'snapshot',
    invalidRecord: error instanceof InvalidRecordError ? error.invalid : null,
    fs,
  });
  if (salvage) {
    const { report } = salvage;
    log.info(
      `Recovered the book from ${report.base.kind === 'snapshot' ? 'the book file' : `backup ${report.base.file}`} and ${report.replayed} journal changes; ${report.lost.count} later changes could not be read. Waiting for the person to accept it.`,
    );
  }
  db.data = salvage?.image ?? emptyImage();
  migrate(db.data);
  await indexes.rebuildPaced(db.data.collections, new Pacer());
  const quarantined = [...moved.values()].map((file) => path.basename(file));
  return { mode: 'read-only', reason: 'corrupt', quarantined, recovery: salvage?.report ?? null };
}
