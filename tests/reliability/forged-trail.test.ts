// RELIABILITY S6: the audit trail catches tampering done while Clientbook is closed. A hash chain
// alone proves only itself: cutting the newest entries off, or editing an entry and recomputing
// every hash after it, leaves a chain that checks out. So the trail's end is also kept in the book
// file, every backup and every issued packet's record, and Check the trail compares against them.
// Each attack here is what someone with the folder and a text editor could do; each must be named
// by entry number, and none may make the book unreadable.
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import { encodeAuditEntry } from '../../electron/backend/store/audit-log';
import type { AuditEntry } from '../../shared/model/audit';
import { auditEntriesIn, auditFileOf } from '../fixtures/audit-files';
import { bookState, rpc } from '../fixtures/backend';
import { FakePdf } from '../fixtures/ports';
import { tempDir } from '../fixtures/temp-dir';

const quiet = { idleCompactMs: 3_600_000, autoBackupEveryMs: Number.MAX_SAFE_INTEGER };
const clock = (() => {
  let at = Date.parse('2026-03-02T09:00:00.000Z');
  return { now: () => new Date((at += 1_000)) };
})();

const open = (dataDir: string) => createBackend({ dataDir, now: clock.now, store: quiet, pdf: new FakePdf() });

/** A closed data folder holding `changes` changes (each one trail entry), and the book as saved. */
async function savedFolder(changes: number, during?: (backend: Backend, index: number) => Promise<void>) {
  const dataDir = await tempDir();
  const backend = await open(dataDir);
  try {
    await rpc(backend, 'setup:startEmpty', {});
    const manager = await rpc(backend, 'team:create', { name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' });
    for (let index = 0; index < changes - 2; index++) {
      await rpc(backend, 'clients:create', { name: `Household ${index + 1}`, tier: 'B', primaryManagerId: manager.id });
      await during?.(backend, index);
    }
    return { dataDir, state: bookState(backend), entries: (await auditEntriesIn(dataDir)).length };
  } finally {
    await backend.close();
  }
}

/** Writes `entries` as a trail whose every hash and link is right: what a forger with the encoder can do. */
async function writeChained(dataDir: string, entries: Omit<AuditEntry, 'hash' | 'prev' | 'n'>[]): Promise<void> {
  let prev = '';
  const lines = entries.map((entry, index) => {
    const { line, hash } = encodeAuditEntry({ ...entry, n: index + 1, prev });
    prev = hash;
    return line;
  });
  await writeFile(auditFileOf(dataDir), lines.join(''));
}

async function verdictAfterOpening(dataDir: string) {
  const backend = await open(dataDir);
  try {
    return { status: await rpc(backend, 'app:status', {}), verdict: await rpc(backend, 'audit:verify', {}), state: bookState(backend) };
  } finally {
    await backend.close();
  }
}

describe('the audit trail against tampering while Clientbook is closed (S6)', () => {
  it.each([1, 3])('deleting the newest %i entries is found and named', async (removed) => {
    const saved = await savedFolder(8);
    const text = await readFile(auditFileOf(saved.dataDir), 'utf8');
    await writeFile(auditFileOf(saved.dataDir), `${text.trimEnd().split('\n').slice(0, -removed).join('\n')}\n`);

    const { status, verdict, state } = await verdictAfterOpening(saved.dataDir);
    expect(status.mode).toBe('ready');
    expect(state).toBe(saved.state);
    const first = saved.entries - removed + 1;
    expect(verdict).toEqual({ ok: false, entries: first - 1, problem: { entry: first, through: saved.entries, reason: 'removed' } });
  });

  it('editing an entry and recomputing the chain to the end is found, and the book still opens', async () => {
    const saved = await savedFolder(8);
    const entries = await auditEntriesIn(saved.dataDir);
    // Pin a change on someone else, then rebuild every hash after it: the chain checks out on its own.
    entries[4] = { ...entries[4]!, actor: 'someone-else' };
    await writeChained(saved.dataDir, entries);

    const { status, verdict, state } = await verdictAfterOpening(saved.dataDir);
    expect(status.mode).toBe('ready');
    expect(state).toBe(saved.state);
    expect(verdict).toMatchObject({ ok: false, problem: { reason: 'rewritten', entry: 1, through: saved.entries } });
  });

  it('a rewrite stays found after more changes and compactions, narrowed by the backups taken before it', async () => {
    // A backup after the 6th household: the trail's end then is kept in it.
    const saved = await savedFolder(12, async (backend, index) => {
      if (index === 5) await rpc(backend, 'backups:create', {});
    });
    const anchored = 8;
    const entries = await auditEntriesIn(saved.dataDir);
    entries[9] = { ...entries[9]!, at: '2026-01-01T00:00:00.000Z' };
    await writeChained(saved.dataDir, entries);

    const backend = await open(saved.dataDir);
    try {
      const manager = [...backend.store.all('teamMembers')][0]!;
      for (let i = 0; i < 3; i++) {
        await rpc(backend, 'clients:create', { name: `Later ${i}`, tier: 'A', primaryManagerId: manager.id });
        await backend.store.compact();
      }
    } finally {
      await backend.close();
    }
    const { verdict } = await verdictAfterOpening(saved.dataDir);
    // Entry 10 was edited: after the backup's anchor at 8, up to the book's old checkpoint.
    expect(verdict).toMatchObject({ ok: false, problem: { reason: 'rewritten', entry: anchored + 1, through: saved.entries } });
  });

  it("an issued packet's record keeps the trail's end, so a rewrite before it is found even with no backup", async () => {
    let anchor: { n: number; hash: string } | undefined;
    const saved = await savedFolder(8, async (backend, index) => {
      if (index !== 2) return;
      const client = [...backend.store.all('clients')][0]!;
      const packet = await rpc(backend, 'packets:issue', { clientId: client.id, asOf: '2026-03-02' });
      anchor = packet.auditAnchor;
    });
    expect(anchor).toBeDefined();
    const entries = await auditEntriesIn(saved.dataDir);
    expect(entries[anchor!.n - 1]!.hash).toBe(anchor!.hash);
    entries[1] = { ...entries[1]!, actor: 'someone-else' };
    // The packet's anchor is the first one the check meets, so it bounds the edit more tightly than the book's.
    await writeChained(saved.dataDir, entries);

    const { verdict } = await verdictAfterOpening(saved.dataDir);
    expect(verdict).toMatchObject({ ok: false, problem: { reason: 'rewritten', entry: 1, through: anchor!.n } });
  });

  it('one correctly chained forged entry appended is named, and the whole book is still there', async () => {
    const saved = await savedFolder(8);
    const entries = await auditEntriesIn(saved.dataDir);
    const last = entries.at(-1)!;
    const forged = {
      at: last.at,
      actor: 'someone-else',
      seq: last.seq + 1,
      kind: 'change' as const,
      changes: [{ op: 'delete' as const, c: 'clients', id: 'cl_x' }],
    };
    await writeChained(saved.dataDir, [...entries, forged]);

    const backend = await open(saved.dataDir);
    try {
      const status = await rpc(backend, 'app:status', {});
      // Not unreadable: every change the book holds is recovered, and the one the trail alone claims is named.
      expect(status.recovery).toMatchObject({
        lost: { count: 1, onlyInTrail: true, trailEntries: { from: saved.entries + 1, to: saved.entries + 1 } },
      });
      expect(bookState(backend)).toBe(saved.state);
      expect((await rpc(backend, 'recovery:accept', {})).mode).toBe('ready');
      expect(await rpc(backend, 'audit:verify', {})).toMatchObject({
        ok: false,
        problem: { reason: 'added', entry: saved.entries + 1, through: saved.entries + 1 },
      });
    } finally {
      await backend.close();
    }
    const reopened = await verdictAfterOpening(saved.dataDir);
    expect(reopened.status.mode).toBe('ready');
    expect(reopened.state).toBe(saved.state);
    expect(reopened.verdict).toMatchObject({ ok: false, problem: { reason: 'added', entry: saved.entries + 1 } });
  });

  it('an untouched trail still checks out with every anchor in place', async () => {
    const saved = await savedFolder(10, async (backend, index) => {
      if (index % 3 === 0) await rpc(backend, 'backups:create', {});
    });
    const { status, verdict } = await verdictAfterOpening(saved.dataDir);
    expect(status.mode).toBe('ready');
    expect(verdict).toEqual({ ok: true, entries: saved.entries });
  });
});
