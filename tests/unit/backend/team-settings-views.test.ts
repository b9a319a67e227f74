import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { bookState, expectRefused, freshBackend, rpc, smallFirm, testCtx } from '../../fixtures/backend';

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

  it('takes the firm’s locale, currency, date order, first day of the week and time zone', async () => {
    const { backend } = await freshBackend(fixedNow);
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({
      locale: 'en-US',
      currency: 'USD',
      dateOrder: 'locale',
      weekStartsOn: 'locale',
    });
    const firm = { locale: 'hi-IN', currency: 'INR', dateOrder: 'DMY', weekStartsOn: 1, timeZone: 'Asia/Kolkata' } as const;
    expect(await rpc(backend, 'settings:update', firm)).toMatchObject(firm);
    expect(await rpc(backend, 'settings:update', { currency: 'JPY', weekStartsOn: 'locale' })).toMatchObject({
      currency: 'JPY',
      weekStartsOn: 'locale',
    });
  });

  it.each([
    ['locale', 'en_IN'],
    ['locale', 'en-in'],
    ['locale', 'xx-YY'],
    ['currency', 'inr'],
    ['currency', 'XYZ'],
    ['dateOrder', 'DDMMYY'],
    ['weekStartsOn', 7],
    ['timeZone', 'Mars/Olympus_Mons'],
    ['timeZone', '+05:30'],
    ['timeZone', 'asia/kolkata'],
  ])('refuses %s %j by field, changing nothing', async (field, value) => {
    const { backend } = await freshBackend(fixedNow);
    const before = bookState(backend);
    const result = await dispatch(backend.handlers, 'settings:update', { [field]: value }, testCtx);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: field }] } });
    expect(bookState(backend)).toBe(before);
  });

  it('refuses a new currency while the book holds amounts in the old one, and takes it once they are in the new one', async () => {
    const { backend, client } = await smallFirm(fixedNow);
    const held = { clientId: client.id, kind: 'managed_portfolio', name: 'Core', valuedOn: '2026-10-31' } as const;
    await rpc(backend, 'holdings:create', { ...held, value: usd(1_000), annualFee: usd(10) });
    const refused = rpc(backend, 'settings:update', { currency: 'INR', locale: 'en-IN' });
    await expectRefused(backend, () => refused, 'CONFLICT', 'currency');
    await expect(refused).rejects.toThrow(
      'The firm’s currency cannot change from USD to INR while the book holds amounts in another currency (1 product): Clientbook does not convert amounts, so totals would add two currencies. Keep USD, or choose the currency in a new book before entering amounts.',
    );
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({ currency: 'USD', locale: 'en-US' });
    // The same currency again, or any other setting, is not held up by the amounts.
    await rpc(backend, 'settings:update', { currency: 'USD', locale: 'en-GB' });
  });

  it('takes a new currency when every amount the book holds is already in it', async () => {
    const { backend, client } = await smallFirm(fixedNow);
    const inr = (rupees: number) => ({ amountMinor: rupees * 100, currency: 'INR' });
    await rpc(backend, 'holdings:create', {
      clientId: client.id,
      kind: 'investment_account',
      name: 'Flexi Cap SIP',
      valuedOn: '2026-10-31',
      value: inr(1_00_000),
      annualFee: inr(1_000),
    });
    expect(await rpc(backend, 'settings:update', { currency: 'INR' })).toMatchObject({ currency: 'INR' });
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
