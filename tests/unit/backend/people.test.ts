import { describe, expect, it } from 'vitest';
import { expectRefused, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('people', () => {
  it('keeps one primary contact per household, switching it in one change', async () => {
    const { backend, client } = await smallFirm(fixedNow);
    const ann = await rpc(backend, 'people:create', {
      clientId: client.id,
      name: 'Ann Lee',
      relationship: 'primary',
      isPrimaryContact: true,
    });
    const seq = backend.store.seq;
    const bo = await rpc(backend, 'people:create', {
      clientId: client.id,
      name: 'Bo Lee',
      relationship: 'spouse_partner',
      isPrimaryContact: true,
    });
    expect(backend.store.seq).toBe(seq + 1);
    expect(backend.store.get('people', ann.id)!.isPrimaryContact).toBe(false);
    await rpc(backend, 'people:update', { id: ann.id, changes: { isPrimaryContact: true, phone: '+1 617-555-0100 ext. 12' } });
    expect(backend.store.get('people', bo.id)!.isPrimaryContact).toBe(false);
    expect(backend.store.get('people', ann.id)).toMatchObject({ isPrimaryContact: true, phone: '+1 617-555-0100 ext. 12' });
    expect((await rpc(backend, 'clients:get', { id: client.id })).people.map((p) => p.name)).toEqual(['Ann Lee', 'Bo Lee']);
  });

  it('refuses an unknown household or person and an invalid phone', async () => {
    const { backend, client } = await smallFirm(fixedNow);
    await expectRefused(
      backend,
      () => rpc(backend, 'people:create', { clientId: 'cl_nobody', name: 'Ann Lee', relationship: 'primary' }),
      'NOT_FOUND',
      'clientId',
    );
    await expectRefused(backend, () => rpc(backend, 'people:update', { id: 'pe_nobody', changes: { name: 'X' } }), 'NOT_FOUND');
    await expect(
      rpc(backend, 'people:create', { clientId: client.id, name: 'Ann', relationship: 'primary', phone: '555-12' }),
    ).rejects.toThrow(/7 to 15 digits/);
  });
});
