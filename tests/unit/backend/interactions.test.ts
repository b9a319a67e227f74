import { describe, expect, it } from 'vitest';
import { expectRefused, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('interactions', () => {
  it('logs contact, moves lastContactAt only forward, and lists newest first by kind', async () => {
    const { backend, client, manager } = await smallFirm(fixedNow);
    const person = await rpc(backend, 'people:create', { clientId: client.id, name: 'Ann Lee', relationship: 'primary' });
    const log = (kind: 'call' | 'meeting' | 'email', at: string) =>
      rpc(backend, 'interactions:log', {
        clientId: client.id,
        kind,
        at,
        staffId: manager.id,
        personIds: [person.id],
        summary: `${kind} at ${at}`,
      });
    await log('call', '2026-11-20T10:00:00+02:00');
    expect(backend.store.get('clients', client.id)!.lastContactAt).toBe('2026-11-20T08:00:00.000Z');
    await log('meeting', '2026-10-01T09:00:00.000Z');
    expect(backend.store.get('clients', client.id)!.lastContactAt).toBe('2026-11-20T08:00:00.000Z');
    await log('email', '2026-11-25T09:00:00.000Z');
    expect(backend.store.get('clients', client.id)!.lastContactAt).toBe('2026-11-25T09:00:00.000Z');

    const all = await rpc(backend, 'interactions:list', { clientId: client.id });
    expect(all.map((i) => i.kind)).toEqual(['email', 'call', 'meeting']);
    expect(
      (await rpc(backend, 'interactions:list', { clientId: client.id, kinds: ['meeting', 'call'], limit: 1 })).map((i) => i.kind),
    ).toEqual(['call']);
  });

  it('refuses staff who are not active members and people of another household', async () => {
    const { backend, client, manager, gone } = await smallFirm(fixedNow);
    const other = await rpc(backend, 'clients:create', { name: 'The Kim Household', tier: 'C', primaryManagerId: manager.id });
    const stranger = await rpc(backend, 'people:create', { clientId: other.id, name: 'Jo Kim', relationship: 'primary' });
    const draft = { clientId: client.id, kind: 'call', at: '2026-11-20T10:00:00.000Z', staffId: manager.id, summary: 'Called.' } as const;
    await expectRefused(backend, () => rpc(backend, 'interactions:log', { ...draft, staffId: gone.id }), 'INVALID_INPUT', 'staffId');
    await expectRefused(
      backend,
      () => rpc(backend, 'interactions:log', { ...draft, personIds: [stranger.id] }),
      'INVALID_INPUT',
      'personIds.0',
    );
    await expectRefused(backend, () => rpc(backend, 'interactions:log', { ...draft, clientId: 'cl_nobody' }), 'NOT_FOUND', 'clientId');
    await expectRefused(backend, () => rpc(backend, 'interactions:list', { clientId: 'cl_nobody' }), 'NOT_FOUND', 'clientId');
    expect(backend.store.get('clients', client.id)!.lastContactAt).toBeNull();
  });
});
