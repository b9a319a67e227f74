// An automatic backup is housekeeping after a compaction that already succeeded: when it fails,
// the compaction still counts, nothing is lost, and the backup is tried again at the next one.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { putOp, Store } from '../../../electron/backend/store';
import { fsError, watchedFs } from '../../reliability/fixtures/watched-fs';
import { client as clientRecord, teamMember } from '../../fixtures/records';
import { tempDir } from '../../fixtures/temp-dir';

describe('automatic backups', () => {
  it('a failed one does not fail the compaction, and is made at the next compaction', async () => {
    const dataDir = await tempDir();
    let backupsFail = true;
    const errors: string[] = [];
    const fs = watchedFs({
      before(call) {
        if (backupsFail && call.file.includes(`${path.sep}backups`)) throw fsError('ENOSPC', call);
      },
    });
    const log = { info() {}, warn() {}, error: (message: string) => errors.push(message) };
    // Every compaction is due a backup.
    const store = await Store.open({ dataDir, fs, log, idleCompactMs: 3_600_000, autoBackupEveryMs: 0 });
    try {
      const manager = teamMember();
      await store.mutate('tester', () => ({ ops: [putOp('teamMembers', manager)], result: undefined }));
      await expect(store.compact()).resolves.toBeUndefined();
      expect(errors).toEqual(['Could not make the automatic backup (ENOSPC); it is tried again at the next compaction.']);
      expect(await readdir(path.join(dataDir, 'backups')).catch(() => [])).toEqual([]);

      backupsFail = false;
      await store.mutate('tester', () => ({ ops: [putOp('clients', clientRecord({ primaryManagerId: manager.id }))], result: undefined }));
      await store.compact();
      const backups = await store.listBackups();
      expect(backups.map((backup) => [backup.reason, backup.verified])).toEqual([['auto', true]]);
    } finally {
      await store.close();
    }
  });
});
