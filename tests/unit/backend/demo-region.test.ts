import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { freshBackend, rpc, testCtx } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('loading the demo firm of a region', () => {
  it('loads the Indian firm, with its settings, rupees and +91 numbers', async () => {
    const { backend } = await freshBackend(fixedNow);
    const status = await rpc(backend, 'setup:loadDemo', { region: 'in' });
    expect(status).toMatchObject({ mode: 'ready', firmName: 'Sahyadri Wealth Advisors', counts: { teamMembers: 5 } });
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({
      locale: 'en-IN',
      currency: 'INR',
      dateOrder: 'DMY',
      timeZone: 'Asia/Kolkata',
    });
    const [row] = await rpc(backend, 'clients:list', {});
    const { people, holdings, assets } = await rpc(backend, 'clients:get', { id: row!.id });
    expect(people.flatMap((p) => (p.phone === null ? [] : [p.phone])).every((phone) => phone.startsWith('+91 '))).toBe(true);
    expect(assets.currency).toBe('INR');
    expect(holdings.length).toBeGreaterThan(0);
    for (const h of holdings) expect(h.value.currency).toBe('INR');
  });

  it('runs the Indian firm’s history up to its own yesterday in Kolkata, whatever zone the empty book held', async () => {
    // 20:00 UTC on 27 November is already 01:30 on the 28th in Kolkata.
    const { backend } = await freshBackend(() => new Date('2026-11-27T20:00:00.000Z'));
    await rpc(backend, 'settings:update', { timeZone: 'America/Los_Angeles' });
    await rpc(backend, 'setup:loadDemo', { region: 'in' });
    // Its answers run up to the day before its today: the 27th, where the book's old zone would have stopped on the 26th.
    const answered = [...backend.store.all('surveys')].map((survey) => survey.on).sort();
    expect(answered.at(-1)).toBe('2026-11-27');
    expect((await rpc(backend, 'dashboard:get', { managerId: null })).today).toBe('2026-11-28');
  });

  it('loads the US firm without a region, and refuses a region it does not have', async () => {
    const { backend } = await freshBackend(fixedNow);
    const refused = await dispatch(backend.handlers, 'setup:loadDemo', { region: 'fr' }, testCtx);
    expect(refused.ok ? 'accepted' : { code: refused.error.code, fields: refused.error.issues?.map((issue) => issue.path) }).toEqual({
      code: 'INVALID_INPUT',
      fields: ['region'],
    });
    expect((await rpc(backend, 'app:status', {})).mode).toBe('needs-setup');
    expect(await rpc(backend, 'setup:loadDemo', {})).toMatchObject({ firmName: 'Harbor & Vine Advisory' });
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({ locale: 'en-US', currency: 'USD' });
  });
});
