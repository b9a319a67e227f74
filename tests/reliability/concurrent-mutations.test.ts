// RELIABILITY R5: mutations sent all at once (as a busy renderer may) end in the same book as the
// same calls made one after another, and what was acknowledged is on disk. `npm test` sends 1,000.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { Store, type BookReader } from '../../electron/backend/store';
import { collectionNames } from '../../electron/backend/store/book';
import { rpc, smallFirm, testCtx } from '../fixtures/backend';

const calls = Number(process.env.CLIENTBOOK_CONCURRENT_CALLS ?? 1000);
const now = () => new Date('2026-11-27T12:00:00Z');

type Firm = Awaited<ReturnType<typeof smallFirm>>;

/** The calls, in order: new tasks, and edits of one client's notes that each overwrite the last. */
function mutations(firm: Firm): Array<{ channel: 'tasks:create' | 'clients:update'; input: unknown }> {
  return Array.from({ length: calls }, (_, index) =>
    index % 2 === 0
      ? {
          channel: 'tasks:create' as const,
          input: {
            title: `Call ${index}`,
            clientId: firm.client.id,
            assigneeId: firm.manager.id,
            dueOn: '2026-12-01',
            byId: firm.manager.id,
          },
        }
      : { channel: 'clients:update' as const, input: { id: firm.client.id, changes: { notes: `Edit ${index}` } } },
  );
}

/** What the calls leave behind, without the ids and times each run makes anew. */
function outcome(store: BookReader, firm: Firm) {
  return {
    tasks: [...store.all('tasks')].map((task) => task.title).sort(),
    notes: store.get('clients', firm.client.id)!.notes,
  };
}

/** About 1.3 ms a call alone (both runs together), so 15 ms a call for a loaded machine. */
const timeout = Math.max(5_000, calls * 15);

describe('concurrent mutations (R5)', () => {
  it(`${calls} calls at once end as the same calls one by one, each acknowledged change on disk`, { timeout }, async () => {
    const concurrent = await smallFirm(now);
    const sequential = await smallFirm(now);

    const seqBefore = concurrent.backend.store.seq;
    const results = (await Promise.all(
      mutations(concurrent).map(({ channel, input }) => dispatch(concurrent.backend.handlers, channel, input, testCtx)),
    )) as Result<unknown>[];
    expect(results.filter((result) => !result.ok)).toEqual([]);
    for (const { channel, input } of mutations(sequential)) await rpc(sequential.backend, channel, input as never);

    expect(concurrent.backend.store.seq).toBe(seqBefore + calls);
    expect(outcome(concurrent.backend.store, concurrent)).toEqual(outcome(sequential.backend.store, sequential));
    // The last edit sent is the one that stands.
    expect(concurrent.backend.store.get('clients', concurrent.client.id)!.notes).toBe(`Edit ${calls - 1}`);

    // Reopened from disk, the book is exactly what was acknowledged in memory.
    const inMemory = Object.fromEntries(collectionNames.map((name) => [name, [...concurrent.backend.store.all(name)]]));
    await concurrent.backend.close();
    const reopened = await Store.open({ dataDir: concurrent.dataDir });
    try {
      expect(Object.fromEntries(collectionNames.map((name) => [name, [...reopened.all(name)]]))).toEqual(inMemory);
    } finally {
      await reopened.close();
    }
  });
});
