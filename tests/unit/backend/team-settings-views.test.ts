import { describe, expect, it } from 'vitest';
import { expectRefused, freshBackend, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');
const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' });

describe('team:books', () => {
  it("gives every member's households by tier, assets and revenue, leaving out former and archived ones", async () => {
    const { backend, client, manager, adviser } = await smallFirm(fixedNow);
    await rpc(backend, 'team:update', { id: manager.id, changes: { capacity: 150 } });
    await rpc(backend, 'holdings:create', {
      clientId: client.id,
      kind: 'managed_portfolio',
      name: 'Core',
      value: usd(1_000),
      valuedOn: '2026-10-31',
      annualFee: usd(10),
    });
    await rpc(backend, 'clients:create', { name: 'Archived One', tier: 'C', primaryManagerId: manager.id }).then((c) =>
      rpc(backend, 'clients:archive', { id: c.id, archived: true }),
    );
    await rpc(backend, 'clients:create', { name: 'The Kim Household', tier: 'C', primaryManagerId: adviser.id });
    const books = await rpc(backend, 'team:books', {});
    expect(books.map((b) => b.name)).toEqual(['Ann Lee', 'Ben Ortiz', 'Cara Diaz', 'Dev Rao', 'Eve Gone']);
    expect(books[0]).toEqual({
      memberId: manager.id,
      name: 'Ann Lee',
      role: 'account_manager',
      active: true,
      capacity: 150,
      households: 1,
      byTier: { A: 1, B: 0, C: 0 },
      assets: usd(1_000),
      annualRevenue: usd(10),
    });
    expect(books[1]).toMatchObject({ households: 1, byTier: { A: 0, B: 0, C: 1 }, assets: usd(0) });
    // Members who hold no book still have a row, with nothing in it.
    expect(books[2]).toMatchObject({ households: 0, byTier: { A: 0, B: 0, C: 0 }, assets: usd(0) });
  });
});

describe('settings', () => {
  it('starts with the default tier names and cadence, and updates them', async () => {
    const { backend } = await freshBackend(fixedNow);
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({
      tierNames: { A: 'Tier A', B: 'Tier B', C: 'Tier C' },
      reviewCadenceMonths: { A: 3, B: 6, C: 12 },
    });
    const updated = await rpc(backend, 'settings:update', {
      tierNames: { A: 'Platinum', B: 'Gold', C: 'Silver' },
      reviewCadenceMonths: { A: 2, B: 6, C: 12 },
    });
    expect(updated).toMatchObject({ currency: 'USD', tierNames: { A: 'Platinum' }, reviewCadenceMonths: { A: 2 } });
    expect(await rpc(backend, 'settings:get', {})).toEqual(updated);
  });

  it('moves review dates when the cadence changes', async () => {
    const { backend, client } = await smallFirm(fixedNow);
    expect((await rpc(backend, 'clients:get', { id: client.id })).nextReviewOn).toBe('2020-08-31');
    await rpc(backend, 'settings:update', { reviewCadenceMonths: { A: 1, B: 6, C: 12 } });
    expect((await rpc(backend, 'clients:list', {}))[0]!.nextReviewOn).toBe('2020-06-30');
  });
});

describe('saved views', () => {
  it('saves, lists by owner, replaces a view saved under the same name, and deletes', async () => {
    const { backend, manager, adviser } = await smallFirm(fixedNow);
    const mine = await rpc(backend, 'views:save', { ownerId: manager.id, name: 'Tier A', filters: { tier: 'A' } });
    await rpc(backend, 'views:save', { ownerId: adviser.id, name: 'Quiet', filters: { noContactDays: 90 } });
    const replaced = await rpc(backend, 'views:save', { ownerId: manager.id, name: 'tier a', filters: { tier: 'A', tag: 'retired' } });
    expect(replaced).toMatchObject({ id: mine.id, name: 'tier a', filters: { tier: 'A', tag: 'retired' }, createdAt: mine.createdAt });
    expect((await rpc(backend, 'views:list', { ownerId: manager.id })).map((v) => v.id)).toEqual([mine.id]);
    expect(await rpc(backend, 'views:delete', { id: mine.id })).toEqual({ deleted: true });
    const seq = backend.store.seq;
    expect(await rpc(backend, 'views:delete', { id: mine.id })).toEqual({ deleted: false });
    expect(backend.store.seq).toBe(seq);
    expect(await rpc(backend, 'views:list', { ownerId: manager.id })).toEqual([]);
    await expectRefused(
      backend,
      () => rpc(backend, 'views:save', { ownerId: 'tm_nobody', name: 'X', filters: {} }),
      'INVALID_INPUT',
      'ownerId',
    );
  });
});
