import { appendFile, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, putOp, Store, StoreLockedError } from '../../../electron/backend/store';
import { migrations } from '../../../electron/backend/store/migrations';
import { crashCopy, tempDir } from '../../fixtures/temp-dir';
import { client as clientRecord, teamMember } from '../../fixtures/records';

const quiet = { idleCompactMs: 3_600_000 };

async function openFresh(): Promise<{ dir: string; store: Store }> {
  const dir = await tempDir();
  return { dir, store: await Store.open({ dataDir: dir, ...quiet }) };
}

async function addMembers(store: Store, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const member = teamMember();
    await store.mutate('tester', () => ({ ops: [putOp('teamMembers', member)], result: undefined }));
    ids.push(member.id);
  }
  return ids;
}

const journalOf = (dir: string) => path.join(dir, 'journal.jsonl');
const snapshotOf = (dir: string) => path.join(dir, 'clientbook.json');

describe('Store', () => {
  it('opens an empty folder writable, at the current schema, with a snapshot on disk', async () => {
    const { dir, store } = await openFresh();
    expect(store.state).toEqual({ mode: 'writable' });
    expect(store.meta.initializedAt).toBeNull();
    expect(store.count('clients')).toBe(0);
    const header = JSON.parse((await readFile(snapshotOf(dir), 'utf8')).split('\n')[0]!);
    expect(header).toMatchObject({ format: 'clientbook-snapshot', schemaVersion: currentSchemaVersion, seq: 0 });
    await store.close();
  });

  it('acknowledges a change only once its journal line is on disk', async () => {
    const { dir, store } = await openFresh();
    const [id] = await addMembers(store, 1);
    const lines = (await readFile(journalOf(dir), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ seq: 1, actor: 'tester' });
    expect(store.get('teamMembers', id!)?.id).toBe(id);
    await store.close();
  });

  it('replays the journal after a crash', async () => {
    const { dir, store } = await openFresh();
    const ids = await addMembers(store, 5);
    const reopened = await Store.open({ dataDir: await crashCopy(dir), ...quiet });
    expect(reopened.seq).toBe(5);
    expect([...reopened.all('teamMembers')].map((m) => m.id)).toEqual(ids);
    await Promise.all([store.close(), reopened.close()]);
  });

  it('drops a torn last line (a change never acknowledged) and keeps everything before it', async () => {
    const { dir, store } = await openFresh();
    const ids = await addMembers(store, 3);
    const copy = await crashCopy(dir);
    await appendFile(journalOf(copy), '{"seq":4,"at":"2026-');
    const reopened = await Store.open({ dataDir: copy, ...quiet });
    expect(reopened.state.mode).toBe('writable');
    expect([...reopened.all('teamMembers')].map((m) => m.id)).toEqual(ids);
    const cleaned = await readFile(journalOf(copy), 'utf8');
    expect(cleaned.endsWith('\n')).toBe(true);
    await addMembers(reopened, 1);
    expect(reopened.seq).toBe(4);
    await Promise.all([store.close(), reopened.close()]);
  });

  it('quarantines a journal damaged in the middle and opens read-only', async () => {
    const { dir, store } = await openFresh();
    await addMembers(store, 3);
    const copy = await crashCopy(dir);
    const lines = (await readFile(journalOf(copy), 'utf8')).split('\n');
    lines[1] = lines[1]!.replace('Member', 'Membar');
    const damaged = lines.join('\n');
    await writeFile(journalOf(copy), damaged);
    const reopened = await Store.open({ dataDir: copy, ...quiet });
    expect(reopened.state).toMatchObject({ mode: 'read-only', reason: 'corrupt' });
    const quarantined = await readdir(path.join(copy, 'quarantine'));
    const journalCopy = quarantined.find((f) => f.endsWith('journal.jsonl'))!;
    expect(await readFile(path.join(copy, 'quarantine', journalCopy), 'utf8')).toBe(damaged);
    await expect(reopened.mutate('tester', () => ({ ops: [putOp('teamMembers', teamMember())], result: 1 }))).rejects.toMatchObject({
      code: 'READ_ONLY',
    });
    await Promise.all([store.close(), reopened.close()]);
  });

  it.each([
    ['an empty file', () => Buffer.alloc(0)],
    ['NUL bytes', () => Buffer.alloc(4096)],
    ['a truncated file', (good: Buffer) => good.subarray(0, Math.floor(good.length / 2))],
    ['one flipped byte', (good: Buffer) => Buffer.from(good.toString('utf8').replace('Member', 'Membar'))],
    ['something else entirely', () => Buffer.from('{"hello":"world"}\n')],
  ])('quarantines a snapshot that is %s, never overwriting it, and offers backups', async (_name, damage) => {
    const { dir, store } = await openFresh();
    await addMembers(store, 2);
    await store.backupNow('manual');
    await store.close();
    const damaged = damage(await readFile(snapshotOf(dir)));
    await writeFile(snapshotOf(dir), damaged);

    const reopened = await Store.open({ dataDir: dir, ...quiet });
    expect(reopened.state).toMatchObject({ mode: 'read-only', reason: 'corrupt' });
    const [quarantined] = await readdir(path.join(dir, 'quarantine'));
    expect(await readFile(path.join(dir, 'quarantine', quarantined!))).toEqual(damaged);
    const backups = await reopened.listBackups();
    expect(backups[0]).toMatchObject({ reason: 'manual', verified: true });

    await reopened.restoreBackup(backups[0]!.file);
    expect(reopened.state.mode).toBe('writable');
    expect(reopened.count('teamMembers')).toBe(2);
    await reopened.close();
  });

  it('refuses a data file from a newer version and leaves it byte-for-byte untouched', async () => {
    const { dir, store } = await openFresh();
    await addMembers(store, 1);
    await store.close();
    const text = await readFile(snapshotOf(dir), 'utf8');
    const newer = text.replace(`"schemaVersion":${currentSchemaVersion}`, `"schemaVersion":${currentSchemaVersion + 1}`);
    await writeFile(snapshotOf(dir), newer);
    const before = await stat(snapshotOf(dir));

    const reopened = await Store.open({ dataDir: dir, ...quiet });
    expect(reopened.state).toEqual({ mode: 'read-only', reason: 'newer-version', fileSchemaVersion: currentSchemaVersion + 1 });
    await reopened.close();
    expect(await readFile(snapshotOf(dir), 'utf8')).toBe(newer);
    expect((await stat(snapshotOf(dir))).mtimeMs).toBe(before.mtimeMs);
  });

  it('compacts: snapshot holds everything, journal is emptied, reopening gives the same data', async () => {
    const { dir, store } = await openFresh();
    const ids = await addMembers(store, 4);
    await store.compact();
    expect((await stat(journalOf(dir))).size).toBe(0);
    await store.close();
    const reopened = await Store.open({ dataDir: dir, ...quiet });
    expect(reopened.seq).toBe(4);
    expect([...reopened.all('teamMembers')].map((m) => m.id)).toEqual(ids);
    await reopened.close();
  });

  it('keeps any text exactly across a snapshot, while the file itself stays plain ASCII', async () => {
    const { dir, store } = await openFresh();
    const name = 'Zoë Ñúñez-Łukasz 王芳 😀';
    const member = teamMember({ name });
    await store.mutate('tester', () => ({ ops: [putOp('teamMembers', member)], result: undefined }));
    await store.close();
    const bytes = await readFile(snapshotOf(dir));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    const reopened = await Store.open({ dataDir: dir, ...quiet });
    expect(reopened.get('teamMembers', member.id)?.name).toBe(name);
    await reopened.close();
  });

  it('survives a crash between writing the snapshot and emptying the journal', async () => {
    const { dir, store } = await openFresh();
    await addMembers(store, 3);
    const journalBefore = await readFile(journalOf(dir));
    await store.compact();
    await addMembers(store, 1);
    const copy = await crashCopy(dir);
    // The journal as if truncation never happened: old lines (already in the snapshot) then the new one.
    await writeFile(journalOf(copy), Buffer.concat([journalBefore, await readFile(journalOf(dir))]));
    const reopened = await Store.open({ dataDir: copy, ...quiet });
    expect(reopened.seq).toBe(4);
    expect(reopened.count('teamMembers')).toBe(4);
    await Promise.all([store.close(), reopened.close()]);
  });

  it('rejects an invalid record before writing anything', async () => {
    const { dir, store } = await openFresh();
    const bad = { ...teamMember(), email: 'not-an-email' };
    await expect(store.mutate('tester', () => ({ ops: [putOp('teamMembers', bad)], result: 1 }))).rejects.toThrow();
    expect((await stat(journalOf(dir))).size).toBe(0);
    expect(store.count('teamMembers')).toBe(0);
    await store.close();
  });

  it('leaves memory and the journal unchanged when the disk write fails', async () => {
    const { dir, store } = await openFresh();
    await addMembers(store, 1);
    const sizeBefore = (await stat(journalOf(dir))).size;
    // Make the journal's next write fail as a full disk would.
    const journal = (store as unknown as { journal: { handle: { write: () => Promise<never> } } }).journal;
    journal.handle.write = () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(store.mutate('tester', () => ({ ops: [putOp('teamMembers', teamMember())], result: 1 }))).rejects.toMatchObject({
      code: 'STORAGE_FAILED',
    });
    expect(store.count('teamMembers')).toBe(1);
    expect(store.seq).toBe(1);
    expect((await stat(journalOf(dir))).size).toBe(sizeBefore);
    await store.close();
  });

  it('runs concurrent changes one at a time, in order', async () => {
    const { store } = await openFresh();
    const members = Array.from({ length: 50 }, () => teamMember());
    await Promise.all(members.map((m) => store.mutate('tester', () => ({ ops: [putOp('teamMembers', m)], result: undefined }))));
    expect(store.seq).toBe(50);
    expect([...store.all('teamMembers')].map((m) => m.id)).toEqual(members.map((m) => m.id));
    await store.close();
  });

  it('keeps indexes current when a record moves', async () => {
    const { store } = await openFresh();
    const client = clientRecord({ id: 'cl_1', name: 'The Okafor Household', tier: 'A', primaryManagerId: 'tm_a' });
    await store.mutate('tester', () => ({ ops: [putOp('clients', client)], result: undefined }));
    await store.mutate('tester', () => ({ ops: [putOp('clients', { ...client, primaryManagerId: 'tm_b' })], result: undefined }));
    expect(store.byIndex('clients', 'primaryManagerId', 'tm_a')).toEqual([]);
    expect(store.byIndex('clients', 'primaryManagerId', 'tm_b').map((c) => c.id)).toEqual(['cl_1']);
    await store.close();
  });

  it('lets only one process hold a data folder, and takes over a lock left by a dead one', async () => {
    const { dir, store } = await openFresh();
    await expect(Store.open({ dataDir: dir })).rejects.toBeInstanceOf(StoreLockedError);
    await store.close();
    const os = await import('node:os');
    await writeFile(path.join(dir, 'clientbook.lock'), JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname(), startedAt: '' }));
    const reopened = await Store.open({ dataDir: dir, ...quiet });
    expect(reopened.state.mode).toBe('writable');
    await reopened.close();
  });

  it('backs up with checksums, restores, and can undo the restore', async () => {
    const { store } = await openFresh();
    await addMembers(store, 2);
    const backup = await store.backupNow('manual');
    expect(backup.verified).toBe(true);
    await addMembers(store, 3);
    await store.restoreBackup(backup.file);
    expect(store.count('teamMembers')).toBe(2);
    const undo = (await store.listBackups()).find((b) => b.reason === 'pre-restore')!;
    await store.restoreBackup(undo.file);
    expect(store.count('teamMembers')).toBe(5);
    await store.close();
  });

  it('marks a damaged backup as not verified and refuses to restore it', async () => {
    const { dir, store } = await openFresh();
    await addMembers(store, 1);
    const backup = await store.backupNow('manual');
    await truncate(path.join(dir, 'backups', backup.file), 100);
    expect((await store.listBackups())[0]).toMatchObject({ file: backup.file, verified: false });
    await expect(store.restoreBackup(backup.file)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(store.count('teamMembers')).toBe(1);
    await store.close();
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(currentSchemaVersion).toBe(migrations.length);
  });
});
