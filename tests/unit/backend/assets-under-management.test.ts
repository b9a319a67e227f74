import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { putOp } from '../../../electron/backend/store';
import type { Holding, Valuation } from '../../../shared/model';
import { rpc, smallFirm } from '../../fixtures/backend';

const start = new Date('2026-11-27T12:00:00.000Z');
let clock = start;
const now = () => clock;

afterEach(() => {
  clock = start;
});

const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' });

async function withHolding() {
  const firm = await smallFirm(now);
  const holding = await rpc(firm.backend, 'holdings:create', {
    clientId: firm.client.id,
    kind: 'investment_account',
    name: 'Joint Brokerage Account',
    openedOn: '2024-01-15',
    value: usd(100_000),
    valuedOn: '2026-06-30',
    annualFee: usd(900),
  });
  return { ...firm, holding };
}

/** Writes a valuation as an older version could, after the day it is for, making it the stored current value. */
async function oldBookValuation(backend: Backend, holding: Holding, valuation: Valuation): Promise<void> {
  const stored = { ...holding, value: valuation.value, valuedOn: valuation.on, valueHistory: [...holding.valueHistory, valuation] };
  await backend.store.mutate('tester', () => ({ ops: [putOp('holdings', stored)], result: null }));
}

/** The assets each screen shows for the household today: its page, the dashboard, the manager's book and a packet. */
async function assetsShown(backend: Backend, clientId: string, managerId: string, day: string) {
  const books = await rpc(backend, 'team:books', {});
  return {
    clientPage: (await rpc(backend, 'clients:get', { id: clientId })).assets,
    dashboard: (await rpc(backend, 'dashboard:get', { managerId })).book.assets,
    teamBook: books.find((book) => book.memberId === managerId)?.assets,
    packet: (await rpc(backend, 'packets:data', { clientId, asOf: day })).totals.value,
  };
}

describe('assets under management', () => {
  it('are the same on the client page, the dashboard, the team book and the packet when a valuation is dated in the future', async () => {
    const { backend, client, manager, holding } = await withHolding();
    await oldBookValuation(backend, holding, { on: '2099-12-31', value: usd(5) });

    const today = usd(100_000);
    expect(await assetsShown(backend, client.id, manager.id, '2026-11-27')).toEqual({
      clientPage: today,
      dashboard: today,
      teamBook: today,
      packet: today,
    });
  });

  it('follow the day by the backend clock, not only changes to the book', async () => {
    const { backend, client, holding } = await withHolding();
    await oldBookValuation(backend, holding, { on: '2026-11-28', value: usd(150_000) });
    const pageAssets = async () => (await rpc(backend, 'clients:get', { id: client.id })).assets;

    expect(await pageAssets()).toEqual(usd(100_000));
    clock = new Date('2026-11-28T12:00:00.000Z');
    expect(await pageAssets()).toEqual(usd(150_000));
  });
});
