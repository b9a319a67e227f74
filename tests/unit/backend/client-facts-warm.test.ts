// The client-facts cache built in paced slices after a book opens (issue 17): the same facts as the
// build a request makes, other work running between the slices, and a change midway never kept stale.
import { describe, expect, it } from 'vitest';
import { ClientFactsCache } from '../../../electron/backend/services/client-facts';
import { Pacer } from '../../../electron/backend/store/pacer';
import { rpc, smallFirm } from '../../fixtures/backend';

const now = () => new Date('2026-03-31T10:00:00Z');

/** Yields at every client, and runs `between` at the given pause. */
class CountingPacer extends Pacer {
  pauses = 0;

  constructor(private readonly between: (pause: number) => Promise<void> = async () => {}) {
    super(0);
  }

  override async pace(): Promise<void> {
    this.pauses++;
    await this.between(this.pauses);
    await super.pace();
  }
}

async function firmOfThree() {
  const firm = await smallFirm(now);
  for (const name of ['The Adams Family', 'The Zhou Household']) {
    await rpc(firm.backend, 'clients:create', { name, tier: 'B', primaryManagerId: firm.manager.id, clientSince: '2021-01-31' });
  }
  return firm;
}

describe('ClientFactsCache.warm', () => {
  it('builds, between pauses, the facts a request would build at once', async () => {
    const { backend } = await firmOfThree();
    const warmed = new ClientFactsCache({ store: backend.store, now });
    const pacer = new CountingPacer();
    let ranMeanwhile = 0;
    const other = setInterval(() => ranMeanwhile++, 0);
    await warmed.warm(pacer);
    clearInterval(other);
    expect(pacer.pauses).toBe(3);
    expect(ranMeanwhile).toBeGreaterThan(0);
    const facts = warmed.all();
    expect(facts).toEqual(new ClientFactsCache({ store: backend.store, now }).all());
    expect(facts.map((fact) => fact.row.name)).toEqual(['The Adams Family', 'The Lee Household', 'The Zhou Household']);
    // In hand now: neither a request nor another warm builds them again.
    await warmed.warm(new CountingPacer());
    expect(warmed.all()).toBe(facts);
  });

  it('starts again when the book changes midway, never keeping facts of the book before the change', async () => {
    const { backend, client } = await firmOfThree();
    const warmed = new ClientFactsCache({ store: backend.store, now });
    const pacer = new CountingPacer(async (pause) => {
      if (pause === 2) await rpc(backend, 'clients:update', { id: client.id, changes: { name: 'The Lee-Park Household' } });
    });
    await warmed.warm(pacer);
    expect(pacer.pauses).toBeGreaterThan(3);
    const facts = warmed.all();
    expect(facts.map((fact) => fact.row.name)).toEqual(['The Adams Family', 'The Lee-Park Household', 'The Zhou Household']);
    expect(facts).toEqual(new ClientFactsCache({ store: backend.store, now }).all());
  });
});
