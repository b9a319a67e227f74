import { describe, expect, it } from 'vitest';
import type { In } from '../../../shared/contract';
import { expectRefused, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T12:00:00.000Z');

async function firm() {
  const firm = await smallFirm(fixedNow);
  const create = (draft: Partial<In<'requests:create'>>) =>
    rpc(firm.backend, 'requests:create', {
      clientId: firm.client.id,
      type: 'money_movement',
      channel: 'phone',
      description: 'Withdraw $5,000 to checking.',
      byId: firm.manager.id,
      ...draft,
    });
  return { ...firm, create };
}

describe('service requests', () => {
  it('logs a request owned by the client’s manager, due by the target for its type', async () => {
    const { backend, create, manager, client } = await firm();
    const request = await create({ receivedAt: '2026-11-27T06:30:00-05:00' });
    expect(request).toMatchObject({
      status: 'received',
      ownerId: manager.id,
      receivedAt: '2026-11-27T11:30:00.000Z',
      // money_movement: 24 hours.
      dueBy: '2026-11-28T11:30:00.000Z',
      resolution: '',
      createdById: manager.id,
    });
    expect(request.history).toEqual([
      { at: '2026-11-27T11:30:00.000Z', byId: manager.id, kind: 'received', status: 'received', fromId: null, toId: manager.id, note: '' },
    ]);
    const row = await rpc(backend, 'requests:get', { id: request.id });
    expect(row).toMatchObject({ clientName: client.name, ownerName: 'Ann Lee', overdue: false });
  });

  it('takes the response target from Settings at the time it is received', async () => {
    const { backend, create } = await firm();
    const settings = await rpc(backend, 'settings:get', {});
    await rpc(backend, 'settings:update', { requestTargetHours: { ...settings.requestTargetHours, complaint: 8 } });
    const complaint = await create({ type: 'complaint', receivedAt: '2026-11-27T01:00:00.000Z' });
    expect(complaint.dueBy).toBe('2026-11-27T09:00:00.000Z');
    expect((await rpc(backend, 'requests:get', { id: complaint.id })).overdue).toBe(true);
  });

  it('refuses a future receipt time, an unknown household and an inactive owner, writing nothing', async () => {
    const { backend, create, gone } = await firm();
    await expectRefused(backend, () => create({ receivedAt: '2026-11-27T12:01:00.000Z' }), 'INVALID_INPUT', 'receivedAt');
    await expectRefused(backend, () => create({ clientId: 'cl_nobody' }), 'NOT_FOUND', 'clientId');
    await expectRefused(backend, () => create({ ownerId: gone.id }), 'INVALID_INPUT', 'ownerId');
    expect(await rpc(backend, 'requests:list', {})).toEqual([]);
  });

  it('keeps every status change and hand-off in the history, and refuses a hand-off to an inactive member', async () => {
    const { backend, create, manager, adviser, gone } = await firm();
    const request = await create({});
    await rpc(backend, 'requests:setStatus', { id: request.id, status: 'in_progress', note: 'Called the custodian.', byId: manager.id });
    await expectRefused(
      backend,
      () => rpc(backend, 'requests:handOff', { id: request.id, toId: gone.id, note: 'Please finish.', byId: manager.id }),
      'INVALID_INPUT',
      'toId',
    );
    await expectRefused(
      backend,
      () => rpc(backend, 'requests:handOff', { id: request.id, toId: manager.id, note: 'Mine.', byId: manager.id }),
      'INVALID_INPUT',
      'toId',
    );
    const handed = await rpc(backend, 'requests:handOff', { id: request.id, toId: adviser.id, note: 'Please sign off.', byId: manager.id });
    expect(handed.ownerId).toBe(adviser.id);
    await rpc(backend, 'requests:setStatus', { id: request.id, status: 'resolved', byId: adviser.id });
    const closed = await rpc(backend, 'requests:setStatus', {
      id: request.id,
      status: 'closed',
      note: 'Confirmed with client.',
      byId: adviser.id,
    });
    expect(closed).toMatchObject({ status: 'closed', resolvedAt: fixedNow().toISOString(), closedAt: fixedNow().toISOString() });
    expect(closed.history.map((event) => [event.kind, event.status, event.fromId, event.toId, event.note])).toEqual([
      ['received', 'received', null, manager.id, ''],
      ['status', 'in_progress', null, null, 'Called the custodian.'],
      ['handoff', null, manager.id, adviser.id, 'Please sign off.'],
      ['status', 'resolved', null, null, ''],
      ['status', 'closed', null, null, 'Confirmed with client.'],
    ]);
    await expectRefused(
      backend,
      () => rpc(backend, 'requests:handOff', { id: request.id, toId: manager.id, note: 'Back to you.', byId: adviser.id }),
      'CONFLICT',
      'id',
    );
    const reopened = await rpc(backend, 'requests:setStatus', { id: request.id, status: 'in_progress', byId: adviser.id });
    expect(reopened).toMatchObject({ resolvedAt: null, closedAt: null });
    expect(reopened.history).toHaveLength(6);
  });

  it('refuses to resolve or close a complaint without a resolution', async () => {
    const { backend, create, manager } = await firm();
    const complaint = await create({ type: 'complaint', description: 'Fees were higher than agreed.' });
    for (const status of ['resolved', 'closed'] as const) {
      await expectRefused(
        backend,
        () => rpc(backend, 'requests:setStatus', { id: complaint.id, status, byId: manager.id }),
        'INVALID_INPUT',
        'resolution',
      );
      await expectRefused(
        backend,
        () => rpc(backend, 'requests:setStatus', { id: complaint.id, status, resolution: '   ', byId: manager.id }),
        'INVALID_INPUT',
        'resolution',
      );
    }
    expect(backend.store.get('requests', complaint.id)).toEqual(complaint);
    const resolved = await rpc(backend, 'requests:setStatus', {
      id: complaint.id,
      status: 'resolved',
      resolution: 'Billing error corrected and the difference refunded.',
      byId: manager.id,
    });
    expect(resolved.resolution).toBe('Billing error corrected and the difference refunded.');
    // The resolution already given stands when it is closed later.
    expect((await rpc(backend, 'requests:setStatus', { id: complaint.id, status: 'closed', byId: manager.id })).status).toBe('closed');
  });

  it('lists by owner, client, type, status and overdue, most urgent first', async () => {
    const { backend, create, manager, adviser } = await firm();
    const old = await create({ receivedAt: '2026-11-20T09:00:00.000Z' });
    const fresh = await create({ receivedAt: '2026-11-27T09:00:00.000Z', type: 'document_request' });
    const theirs = await create({ receivedAt: '2026-11-26T09:00:00.000Z', ownerId: adviser.id });
    await rpc(backend, 'requests:setStatus', { id: theirs.id, status: 'resolved', byId: adviser.id });
    const ids = async (query: In<'requests:list'>) => (await rpc(backend, 'requests:list', query)).map((row) => row.request.id);
    expect(await ids({})).toEqual([old.id, fresh.id, theirs.id]);
    expect(await ids({ ownerId: manager.id })).toEqual([old.id, fresh.id]);
    expect(await ids({ status: 'open_any' })).toEqual([old.id, fresh.id]);
    expect(await ids({ overdue: true })).toEqual([old.id]);
    expect(await ids({ type: 'document_request' })).toEqual([fresh.id]);
    expect(await ids({ status: 'resolved', ownerId: adviser.id })).toEqual([theirs.id]);
    await expectRefused(backend, () => rpc(backend, 'requests:get', { id: 'rq_nobody' }), 'NOT_FOUND', 'id');
  });
});
