import { appendFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { delOp, putOp, Store } from '../../../electron/backend/store';
import {
  auditFileName,
  decodeAuditLine,
  encodeAuditEntry,
  readAuditNewestFirst,
  verifyAuditFile,
} from '../../../electron/backend/store/audit-log';
import { rpc } from '../../fixtures/backend';
import { client as clientRecord, teamMember } from '../../fixtures/records';
import { auditEntriesIn, auditFileOf } from '../../fixtures/audit-files';
import { crashCopy, tempDir } from '../../fixtures/temp-dir';

const quiet = { idleCompactMs: 3_600_000 };

/** A store with one team member, one household and `updates` renames of it: 2 + `updates` changes. */
async function bookWithChanges(updates: number): Promise<{ dir: string; store: Store; clientId: string }> {
  const dir = await tempDir();
  const store = await Store.open({ dataDir: dir, ...quiet });
  const manager = teamMember();
  await store.mutate('ann', () => ({ ops: [putOp('teamMembers', manager)], result: undefined }));
  const household = clientRecord({ primaryManagerId: manager.id });
  await store.mutate('ann', () => ({ ops: [putOp('clients', household)], result: undefined }));
  for (let i = 0; i < updates; i++) {
    await store.mutate('ben', () => ({ ops: [putOp('clients', { ...household, name: `Renamed ${i}` })], result: undefined }));
  }
  return { dir, store, clientId: household.id };
}

describe('audit trail', () => {
  it('records every committed change with who, when, what and whose household', async () => {
    const { dir, store, clientId } = await bookWithChanges(1);
    await store.mutate('cara', () => ({ ops: [delOp('clients', clientId)], result: undefined }));
    const entries = await auditEntriesIn(dir);
    expect(entries.map(({ n, seq, actor, kind }) => ({ n, seq, actor, kind }))).toEqual([
      { n: 1, seq: 1, actor: 'ann', kind: 'change' },
      { n: 2, seq: 2, actor: 'ann', kind: 'change' },
      { n: 3, seq: 3, actor: 'ben', kind: 'change' },
      { n: 4, seq: 4, actor: 'cara', kind: 'change' },
    ]);
    expect(entries.map((entry) => entry.changes[0])).toEqual([
      { op: 'create', c: 'teamMembers', id: expect.any(String) },
      { op: 'create', c: 'clients', id: clientId, clientId },
      { op: 'update', c: 'clients', id: clientId, clientId },
      { op: 'delete', c: 'clients', id: clientId, clientId },
    ]);
    expect(entries.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
    // Ids only: the trail never copies a record's content (names, emails) out of the book.
    expect(await readFile(auditFileOf(dir), 'utf8')).not.toContain('Renamed');
    expect(await store.verifyAuditTrail()).toEqual({ ok: true, entries: 4 });
    await store.close();
  });

  it('is kept when compaction empties the journal, and checks out after reopening', async () => {
    const { dir, store } = await bookWithChanges(5);
    await store.compact();
    expect((await stat(path.join(dir, 'journal.jsonl'))).size).toBe(0);
    await store.close();
    const reopened = await Store.open({ dataDir: dir, ...quiet });
    await reopened.mutate('dev', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }));
    expect((await auditEntriesIn(dir)).map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await reopened.verifyAuditTrail()).toEqual({ ok: true, entries: 8 });
    await reopened.close();
  });

  it('writes again from the journal the entries a crash lost before they reached the disk', async () => {
    const { dir, store } = await bookWithChanges(4);
    await store.compact();
    await store.mutate('eve', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }));
    await store.mutate('eve', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }));
    const copy = await crashCopy(dir);
    const before = await auditEntriesIn(dir);
    // Power lost: of the two entries written after the last checkpoint, one is gone and one half-written.
    const lines = (await readFile(auditFileOf(copy), 'utf8')).split('\n');
    await writeFile(auditFileOf(copy), `${lines.slice(0, 6).join('\n')}\n${lines[6]!.slice(0, 40)}`);
    const reopened = await Store.open({ dataDir: copy, ...quiet });
    expect(await auditEntriesIn(copy)).toEqual(before);
    expect(await reopened.verifyAuditTrail()).toEqual({ ok: true, entries: 8 });
    await Promise.all([store.close(), reopened.close()]);
  });

  it('quarantines a journal that lost a change the trail recorded, cutting nothing from the trail', async () => {
    const { dir, store } = await bookWithChanges(2);
    await store.compact();
    await store.mutate('ben', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }));
    const copy = await crashCopy(dir);
    // The journal's one line is damaged in a way a crash cannot leave (a change is recorded in
    // the trail only after its journal line was on disk), so confirmed data is missing.
    await writeFile(path.join(copy, 'journal.jsonl'), '');
    const trail = await readFile(auditFileOf(copy));
    const reopened = await Store.open({ dataDir: copy, ...quiet });
    expect(reopened.state).toMatchObject({ mode: 'read-only', reason: 'corrupt' });
    expect(await readFile(auditFileOf(copy))).toEqual(trail);
    await Promise.all([store.close(), reopened.close()]);
  });

  it('cuts the entry of a restore that never finished (it has no journal line to lose)', async () => {
    const { dir, store } = await bookWithChanges(2);
    await store.compact();
    const copy = await crashCopy(dir);
    const last = (await auditEntriesIn(copy)).at(-1)!;
    await appendFile(auditFileOf(copy), encodeAuditEntry({ ...last, n: 5, seq: 5, kind: 'restore', changes: [], prev: last.hash }).line);
    const reopened = await Store.open({ dataDir: copy, ...quiet });
    expect(reopened.state.mode).toBe('writable');
    expect((await auditEntriesIn(copy)).map((entry) => entry.n)).toEqual([1, 2, 3, 4]);
    await Promise.all([store.close(), reopened.close()]);
  });

  it.each([
    ['an edited entry', (lines: string[]) => lines.with(2, lines[2]!.replace('"ben"', '"eve"')), { entry: 3, reason: 'edited' }],
    ['a removed entry', (lines: string[]) => lines.toSpliced(2, 1), { entry: 3, reason: 'removed' }],
    ['the newest entry removed', (lines: string[]) => lines.slice(0, -1), { entry: 5, reason: 'removed' }],
    ['two entries swapped', (lines: string[]) => lines.with(2, lines[3]!).with(3, lines[2]!), { entry: 3, reason: 'removed' }],
  ])('the verifier finds %s', async (_name, tamper, problem) => {
    const { dir, store } = await bookWithChanges(3);
    const lines = (await readFile(auditFileOf(dir), 'utf8')).split('\n').filter(Boolean);
    await writeFile(auditFileOf(dir), `${tamper(lines).join('\n')}\n`);
    expect(await store.verifyAuditTrail()).toMatchObject({ ok: false, problem });
    await store.close();
  });

  it('keeps a trail edited before its checkpoint as it is, opens, and the verifier reports it', async () => {
    const { dir, store } = await bookWithChanges(3);
    await store.compact();
    await store.close();
    const text = await readFile(auditFileOf(dir), 'utf8');
    const edited = text.replace('"ben"', '"eve"');
    await writeFile(auditFileOf(dir), edited);
    const reopened = await Store.open({ dataDir: dir, ...quiet });
    expect(reopened.state.mode).toBe('writable');
    await reopened.mutate('dev', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }));
    expect((await readFile(auditFileOf(dir), 'utf8')).startsWith(edited)).toBe(true);
    expect(await reopened.verifyAuditTrail()).toMatchObject({ ok: false, problem: { entry: 3, reason: 'edited' } });
    await reopened.close();
  });

  it('finds entries added by something other than Clientbook', async () => {
    const { dir, store } = await bookWithChanges(1);
    const last = (await auditEntriesIn(dir)).at(-1)!;
    await appendFile(auditFileOf(dir), encodeAuditEntry({ ...last, n: 4, seq: 4, prev: last.hash }).line);
    expect(await store.verifyAuditTrail()).toMatchObject({ ok: false, problem: { entry: 4, reason: 'added' } });
    await store.close();
  });

  it('records a restore as its own numbered change, and the trail still checks out', async () => {
    const { dir, store } = await bookWithChanges(1);
    const backup = await store.backupNow();
    await store.mutate('ben', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }));
    await store.restoreBackup(backup.file, 'ann');
    await store.mutate('ben', () => ({ ops: [putOp('teamMembers', teamMember())], result: undefined }));
    const entries = await auditEntriesIn(dir);
    expect(entries.map(({ seq, kind, actor }) => ({ seq, kind, actor })).slice(-3)).toEqual([
      { seq: 4, kind: 'change', actor: 'ben' },
      { seq: 5, kind: 'restore', actor: 'ann' },
      { seq: 6, kind: 'change', actor: 'ben' },
    ]);
    expect(await store.verifyAuditTrail()).toEqual({ ok: true, entries: 6 });
    await store.close();
    const reopened = await Store.open({ dataDir: dir, ...quiet });
    expect(reopened.seq).toBe(6);
    expect(await reopened.verifyAuditTrail()).toEqual({ ok: true, entries: 6 });
    await reopened.close();
  });

  it('restoring over quarantined data keeps the whole trail and continues it', async () => {
    const { dir, store } = await bookWithChanges(2);
    const backup = await store.backupNow();
    await store.close();
    await truncate(path.join(dir, 'clientbook.json'), 100);
    const reopened = await Store.open({ dataDir: dir, ...quiet });
    expect(reopened.state).toMatchObject({ mode: 'read-only', reason: 'corrupt' });
    await reopened.restoreBackup(backup.file, 'ann');
    const entries = await auditEntriesIn(dir);
    expect(entries.map(({ n, kind }) => ({ n, kind }))).toEqual([
      { n: 1, kind: 'change' },
      { n: 2, kind: 'change' },
      { n: 3, kind: 'change' },
      { n: 4, kind: 'change' },
      { n: 5, kind: 'restore' },
    ]);
    expect(await reopened.verifyAuditTrail()).toEqual({ ok: true, entries: 5 });
    await reopened.close();
  });

  it('verifies a missing trail as empty only when nothing was written', async () => {
    const dir = await tempDir();
    expect(await verifyAuditFile(auditFileOf(dir), null)).toEqual({ ok: true, entries: 0 });
    expect(await verifyAuditFile(auditFileOf(dir), { n: 2, seq: 2, hash: 'x', bytes: 10 })).toMatchObject({ ok: false });
  });
});

describe('audit:list', () => {
  it("lists a household's own changes, newest first, page by page, with its name", async () => {
    const dataDir = await tempDir();
    const backend = await createBackend({ dataDir, store: quiet });
    try {
      await rpc(backend, 'setup:startEmpty', {});
      const manager = await rpc(backend, 'team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' });
      const create = (name: string) => rpc(backend, 'clients:create', { name, tier: 'A', primaryManagerId: manager.id } as never);
      const first = await create('Abbott Household');
      const second = await create('Baker Household');
      for (const note of ['one', 'two', 'three']) {
        await rpc(backend, 'clients:update', { id: first.id, changes: { notes: note } } as never);
      }
      const page = await rpc(backend, 'audit:list', { clientId: first.id, limit: 2 });
      expect(page.hasMore).toBe(true);
      expect(page.entries.map((entry) => entry.changes.map((change) => change.op))).toEqual([['update'], ['update']]);
      expect(page.entries[0]!.clientNames).toEqual({ [first.id]: 'Abbott Household' });
      expect(page.entries[0]!.actor).toBe('tester');
      const rest = await rpc(backend, 'audit:list', { clientId: first.id, beforeN: page.entries.at(-1)!.n });
      expect(rest.hasMore).toBe(false);
      expect(rest.entries.map((entry) => entry.changes.map((change) => change.op))).toEqual([['update'], ['create']]);
      expect(rest.entries.flatMap((entry) => entry.changes.map((change) => change.clientId))).not.toContain(second.id);

      const firm = await rpc(backend, 'audit:list', {});
      expect(firm.entries.map((entry) => entry.changes[0]!.c).slice(0, -1)).toEqual([
        'clients',
        'clients',
        'clients',
        'clients',
        'clients',
        'teamMembers',
      ]);
      // The setup: the firm's settings, and for a US or Indian firm its workflow templates in its own words first.
      expect(firm.entries.at(-1)!.changes.map((change) => change.c)).toContain('settings');
      expect(await rpc(backend, 'audit:verify', {})).toEqual({ ok: true, entries: 7 });
    } finally {
      await backend.close();
    }
  });
});

describe('reading the trail newest first', () => {
  it('finds the same entries as a forward read across chunk boundaries, with one line longer than a chunk', async () => {
    const file = path.join(await tempDir(), auditFileName);
    const lines: string[] = [];
    let prev = '';
    for (let n = 1; n <= 6000; n++) {
      // Entry 3000 is an import of 40,000 records: one line of several megabytes.
      const changes =
        n === 3000
          ? Array.from({ length: 40_000 }, (_, i) => ({ op: 'create' as const, c: 'people', id: `pe_${i}`, clientId: `cl_${i % 50}` }))
          : [{ op: 'update' as const, c: 'tasks', id: `tk_${n}`, clientId: `cl_${n % 50}` }];
      const { line, hash } = encodeAuditEntry({ n, at: '2026-11-28T09:00:00.000Z', actor: 'dana', seq: n, kind: 'change', changes, prev });
      lines.push(line);
      prev = hash;
    }
    await writeFile(file, lines.join(''));
    const forward = lines.map((line) => decodeAuditLine(line.slice(0, -1))!);

    const newestFirst = (await readAuditNewestFirst(file, { limit: 500, clientId: 'cl_7' })).entries.map((entry) => entry.n);
    expect(newestFirst).toEqual(
      forward
        .filter((entry) => entry.changes.some((change) => change.clientId === 'cl_7'))
        .map((entry) => entry.n)
        .reverse(),
    );
    expect(newestFirst).toContain(3000);
    // cl_7 must not also match cl_70…: the household is compared whole.
    const page = await readAuditNewestFirst(file, { limit: 500, clientId: 'cl_7' });
    expect(new Set(page.entries.flatMap((entry) => entry.changes.map((change) => change.clientId)))).toEqual(new Set(['cl_7']));

    const older = await readAuditNewestFirst(file, { limit: 3, beforeN: 3001 });
    expect(older.entries.map((entry) => entry.n)).toEqual([3000, 2999, 2998]);
    expect(older.entries[0]!.changes).toHaveLength(40_000);
    expect(older.hasMore).toBe(true);
    const oldest = await readAuditNewestFirst(file, { limit: 10, beforeN: 3 });
    expect(oldest).toEqual({ entries: [forward[1], forward[0]], hasMore: false });
  });
});
