import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditFile } from '../../../electron/backend/store/audit-log';
import { auditFileOf } from '../../fixtures/audit-files';
import { bookState, expectRefused, onOfficeBook, rpc, smallFirm } from '../../fixtures/backend';
import { tempDir } from '../../fixtures/temp-dir';

const now = () => new Date('2026-03-31T10:00:00Z');

// An office book is backed up by the office's PostgreSQL backups, not in folders.
describe.skipIf(onOfficeBook)('backups in other folders', () => {
  it('copies a verified backup without replacing files, restores it from there, and the restore can be undone', async () => {
    const firm = await smallFirm(now);
    const folder = await tempDir();
    const first = await rpc(firm.backend, 'backups:copyTo', { folder });
    const saved = bookState(firm.backend);
    expect(path.dirname(first.file)).toBe(folder);
    expect(path.basename(first.file)).toMatch(/^clientbook-.*-manual\.clientbook-backup$/);
    expect(path.basename(first.auditFile)).toMatch(/^clientbook-.*-manual-audit\.jsonl$/);
    const second = await rpc(firm.backend, 'backups:copyTo', { folder });
    expect(second.file).not.toBe(first.file);
    expect(await readdir(folder)).toHaveLength(4);
    // Each copy carries the audit trail as it was, whole entries only, and it checks out on its own.
    const trail = await readFile(auditFileOf(firm.dataDir));
    expect(await readFile(second.auditFile)).toEqual(trail);
    expect(await verifyAuditFile(second.auditFile, null)).toMatchObject({ ok: true, entries: firm.backend.store.seq });

    await rpc(firm.backend, 'clients:create', { name: 'Later', tier: 'B', primaryManagerId: firm.manager.id });
    const changed = bookState(firm.backend);
    await rpc(firm.backend, 'backups:restoreFile', { file: first.file });
    expect(bookState(firm.backend)).toBe(saved);
    const preRestore = (await rpc(firm.backend, 'backups:list', {})).find((b) => b.reason === 'pre-restore')!;
    await rpc(firm.backend, 'backups:restore', { file: preRestore.file });
    expect(bookState(firm.backend)).toBe(changed);

    // A copy made before backups had their own extension is still restored by its old name.
    const oldName = path.join(folder, 'clientbook-2026-03-01T09-00-00-000Z-manual.json');
    await writeFile(oldName, await readFile(first.file));
    await rpc(firm.backend, 'backups:restoreFile', { file: oldName });
    expect(bookState(firm.backend)).toBe(saved);
  });

  it('refuses a file that is not a verified backup and changes nothing', async () => {
    const firm = await smallFirm(now);
    const bad = path.join(await tempDir(), 'clientbook-fake.json');
    await writeFile(bad, '{"format":"clientbook-snapshot"}\n');
    const before = bookState(firm.backend);
    await expectRefused(firm.backend, () => rpc(firm.backend, 'backups:restoreFile', { file: bad }), 'INVALID_INPUT', 'file');
    expect(bookState(firm.backend)).toBe(before);
  });
});
