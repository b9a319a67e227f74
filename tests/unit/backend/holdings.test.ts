import { describe, expect, it } from 'vitest';
import { putOp } from '../../../electron/backend/store';
import { expectRefused, recordedActor, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');
const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' });

async function withHolding() {
  const firm = await smallFirm(fixedNow);
  const holding = await rpc(firm.backend, 'holdings:create', {
    clientId: firm.client.id,
    kind: 'investment_account',
    name: 'Joint Brokerage Account',
    accountNumber: 'NWC-1234-5678',
    openedOn: '2024-01-15',
    value: usd(100_000),
    valuedOn: '2026-06-30',
    annualFee: usd(900),
    soldById: firm.adviser.id,
  });
  return { ...firm, holding };
}

describe('holdings', () => {
  it('starts the value history with the first valuation and stores the account number whole', async () => {
    const { holding } = await withHolding();
    expect(holding).toMatchObject({
      accountNumber: 'NWC-1234-5678',
      status: 'open',
      valueHistory: [{ on: '2026-06-30', value: usd(100_000) }],
    });
  });

  it('records valuations in date order, replacing one on the same day, and follows the newest', async () => {
    const { backend, holding } = await withHolding();
    const record = (on: string, dollars: number) => rpc(backend, 'holdings:recordValue', { id: holding.id, on, value: usd(dollars) });
    await record('2026-09-30', 110_000);
    await record('2026-03-31', 95_000);
    const older = await record('2026-03-31', 96_000);
    expect(older).toMatchObject({ value: usd(110_000), valuedOn: '2026-09-30' });
    expect(older.valueHistory.map((v) => [v.on, v.value.amountMinor / 100])).toEqual([
      ['2026-03-31', 96_000],
      ['2026-06-30', 100_000],
      ['2026-09-30', 110_000],
    ]);
    expect(await record('2026-09-30', 111_000)).toMatchObject({ value: usd(111_000), valuedOn: '2026-09-30' });
  });

  it('removes a wrong valuation, so a future-dated one from before the ranges no longer hides the newer ones, in the trail', async () => {
    const { backend, client, holding } = await withHolding();
    // As an older version let it be recorded: a valuation on 2099-12-31 that every later one sat behind.
    const locked = {
      ...holding,
      value: usd(5),
      valuedOn: '2099-12-31',
      valueHistory: [...holding.valueHistory, { on: '2099-12-31', value: usd(5) }],
    };
    await backend.store.mutate('tester', () => ({ ops: [putOp('holdings', locked)], result: null }));
    await rpc(backend, 'holdings:recordValue', { id: holding.id, on: '2026-11-27', value: usd(120_000) });

    const corrected = await rpc(backend, 'holdings:removeValue', { id: holding.id, on: '2099-12-31' });
    expect(corrected).toMatchObject({ value: usd(120_000), valuedOn: '2026-11-27' });
    expect(corrected.valueHistory.map((entry) => entry.on)).toEqual(['2026-06-30', '2026-11-27']);
    expect((await rpc(backend, 'clients:get', { id: client.id })).assets).toEqual(usd(120_000));
    const [entry] = (await rpc(backend, 'audit:list', { clientId: client.id, limit: 1 })).entries;
    expect(entry).toMatchObject({ actor: recordedActor(backend), changes: [{ op: 'update', c: 'holdings', id: holding.id }] });

    await expectRefused(backend, () => rpc(backend, 'holdings:removeValue', { id: holding.id, on: '2099-12-31' }), 'INVALID_INPUT', 'on');
    await rpc(backend, 'holdings:removeValue', { id: holding.id, on: '2026-11-27' });
    const last = await rpc(backend, 'holdings:removeValue', { id: holding.id, on: '2026-06-30' });
    expect(last).toMatchObject({ value: usd(0), valuedOn: null, valueHistory: [] });
  });

  it('refuses a closing date before the opening, a seller who does not sell, and unknown records', async () => {
    const { backend, client, holding, manager, sales, gone } = await withHolding();
    await expectRefused(
      backend,
      () => rpc(backend, 'holdings:update', { id: holding.id, changes: { closedOn: '2023-12-31' } }),
      'INVALID_INPUT',
      'closedOn',
    );
    for (const seller of [manager.id, gone.id, 'tm_nobody']) {
      await expectRefused(
        backend,
        () => rpc(backend, 'holdings:update', { id: holding.id, changes: { soldById: seller } }),
        'INVALID_INPUT',
        'soldById',
      );
    }
    expect(
      (await rpc(backend, 'holdings:update', { id: holding.id, changes: { soldById: sales.id, status: 'closed', closedOn: '2026-10-01' } }))
        .soldById,
    ).toBe(sales.id);
    await expectRefused(
      backend,
      () =>
        rpc(backend, 'holdings:create', {
          clientId: 'cl_nobody',
          kind: 'other',
          name: 'X',
          value: usd(1),
          valuedOn: '2026-01-01',
          annualFee: usd(0),
        }),
      'NOT_FOUND',
      'clientId',
    );
    await expectRefused(
      backend,
      () => rpc(backend, 'holdings:recordValue', { id: 'ho_nobody', on: '2026-01-01', value: usd(1) }),
      'NOT_FOUND',
    );
    expect(backend.store.byIndex('holdings', 'clientId', client.id)).toHaveLength(1);
  });

  it('counts only open holdings in the household totals', async () => {
    const { backend, client, holding } = await withHolding();
    expect(await rpc(backend, 'clients:get', { id: client.id })).toMatchObject({ assets: usd(100_000), annualRevenue: usd(900) });
    await rpc(backend, 'holdings:update', { id: holding.id, changes: { status: 'closed', closedOn: '2026-10-01' } });
    expect(await rpc(backend, 'clients:get', { id: client.id })).toMatchObject({ assets: usd(0), annualRevenue: usd(0) });
  });
});
