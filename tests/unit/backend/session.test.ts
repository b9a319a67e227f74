// Every change names the person: the team member chosen at the workstation ("You are") is recorded
// beside the computer account in the audit trail, on issued packets and on imports (issue 15).
import { readFile, truncate } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { auditEntriesIn, auditFileOf } from '../../fixtures/audit-files';
import { bookState, expectRefused, onOfficeBook, recordedActor, rpc, smallFirm } from '../../fixtures/backend';
import { FakePdf } from '../../fixtures/ports';
import { crashCopy } from '../../fixtures/temp-dir';

const now = () => new Date('2026-03-31T10:00:00Z');

async function newestEntry(firm: Awaited<ReturnType<typeof smallFirm>>) {
  return (await rpc(firm.backend, 'audit:list', { limit: 1 })).entries[0]!;
}

describe('the team member at this workstation', () => {
  it('is recorded with every change once chosen, by the name they had then, and never without the account', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'clients:create', { name: 'Before Anyone Chose', tier: 'B', primaryManagerId: firm.manager.id });
    const before = await newestEntry(firm);
    expect(before.actor).toBe(recordedActor(firm.backend));
    expect(before).not.toHaveProperty('member');

    expect(await rpc(firm.backend, 'session:member', { memberId: firm.manager.id })).toEqual({
      member: { id: firm.manager.id, name: 'Ann Lee' },
    });
    await rpc(firm.backend, 'clients:create', { name: 'The Okafor Household', tier: 'A', primaryManagerId: firm.manager.id });
    expect(await newestEntry(firm)).toMatchObject({ actor: recordedActor(firm.backend), member: { id: firm.manager.id, name: 'Ann Lee' } });

    // A later rename does not rewrite who did what: the entry keeps the name of the time.
    await rpc(firm.backend, 'team:update', { id: firm.manager.id, changes: { name: 'Ann Lee-Park' } });
    await rpc(firm.backend, 'clients:create', { name: 'After The Rename', tier: 'A', primaryManagerId: firm.manager.id });
    const [afterRename, rename, okafor] = (await rpc(firm.backend, 'audit:list', { limit: 3 })).entries;
    expect(afterRename).toMatchObject({ member: { name: 'Ann Lee-Park' } });
    expect(rename).toMatchObject({ member: { name: 'Ann Lee' } });
    expect(okafor).toMatchObject({ member: { name: 'Ann Lee' } });

    await rpc(firm.backend, 'session:member', { memberId: null });
    await rpc(firm.backend, 'clients:create', { name: 'After Choosing Nobody', tier: 'C', primaryManagerId: firm.manager.id });
    expect(await newestEntry(firm)).not.toHaveProperty('member');
  });

  it('is refused when not an active member of the firm, and the choice stays as it was', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'session:member', { memberId: firm.adviser.id });
    const before = bookState(firm.backend);
    await expectRefused(firm.backend, () => rpc(firm.backend, 'session:member', { memberId: 'tm_nobody' }), 'NOT_FOUND', 'memberId');
    await expectRefused(firm.backend, () => rpc(firm.backend, 'session:member', { memberId: firm.gone.id }), 'NOT_FOUND', 'memberId');
    expect(bookState(firm.backend)).toBe(before);
    await rpc(firm.backend, 'clients:create', { name: 'Still Ben', tier: 'B', primaryManagerId: firm.manager.id });
    expect(await newestEntry(firm)).toMatchObject({ member: { id: firm.adviser.id, name: 'Ben Ortiz' } });
  });

  it('is recorded on an issued packet', async () => {
    const firm = await smallFirm(now, { pdf: new FakePdf() });
    await rpc(firm.backend, 'session:member', { memberId: firm.manager.id });
    const packet = await rpc(firm.backend, 'packets:issue', { clientId: firm.client.id, asOf: '2026-03-31' });
    expect(packet).toMatchObject({ generatedBy: 'tester', generatedByMember: { id: firm.manager.id, name: 'Ann Lee' } });
  });

  it('is recorded on an import', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'session:member', { memberId: firm.manager.id });

    const headers = ['Household', 'First Name', 'Last Name', 'Tier', 'Advisor'];
    const text = `${headers.join(',')}\r\nThe Park Household,Jin,Park,A,Ann Lee`;
    const columns = await rpc(firm.backend, 'imports:suggest', { kind: 'households', headers });
    const preview = await rpc(firm.backend, 'imports:preview', {
      kind: 'households',
      fileName: 'households.csv',
      text,
      delimiter: ',',
      columns,
      dateOrder: 'mdy',
    });
    const imported = await rpc(firm.backend, 'imports:commit', { previewId: preview.id });
    expect(imported).toMatchObject({ by: 'tester', byMember: { id: firm.manager.id, name: 'Ann Lee' } });
  });

  // The journal is the data folder's.
  it.skipIf(onOfficeBook)('is kept in the journal, so an entry the trail lost in a crash is written again exactly as it was', async () => {
    const firm = await smallFirm(now);
    await rpc(firm.backend, 'session:member', { memberId: firm.manager.id });
    await rpc(firm.backend, 'clients:create', { name: 'Written Twice', tier: 'A', primaryManagerId: firm.manager.id });
    const copy = await crashCopy(firm.dataDir);
    const entries = await auditEntriesIn(copy);
    const last = entries.at(-1)!;
    // The power went before the trail's last line reached the disk; the journal's line did.
    const trail = await readFile(auditFileOf(copy));
    const lastLine = trail.toString('utf8').trimEnd().split('\n').at(-1)!;
    await truncate(auditFileOf(copy), trail.length - Buffer.byteLength(lastLine) - 1);

    const reopened = await createBackend({ dataDir: copy, now });
    try {
      expect((await auditEntriesIn(copy)).at(-1)).toEqual(last);
      expect(last).toMatchObject({ member: { id: firm.manager.id, name: 'Ann Lee' } });
      expect(await rpc(reopened, 'audit:verify', {})).toMatchObject({ ok: true });
    } finally {
      await reopened.close();
    }
  });
});
