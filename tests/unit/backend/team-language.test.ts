import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { bookState, freshBackend, rpc, smallFirm, testCtx } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('a member’s interface language', () => {
  it('starts as the computer’s own, is set and cleared by team:update, and is kept in the book', async () => {
    const { backend } = await freshBackend(fixedNow);
    const member = await rpc(backend, 'team:create', { name: 'Asha Rao', role: 'adviser', email: 'asha@example.com' });
    expect(member.language).toBeNull();

    expect(await rpc(backend, 'team:update', { id: member.id, changes: { language: 'hi' } })).toMatchObject({
      language: 'hi',
      name: 'Asha Rao',
    });
    expect(backend.store.get('teamMembers', member.id)).toMatchObject({ language: 'hi' });

    await rpc(backend, 'team:update', { id: member.id, changes: { language: null } });
    expect((await rpc(backend, 'team:list', { includeInactive: false })).find((m) => m.id === member.id)).toMatchObject({ language: null });
  });

  it('refuses a language without a catalogue, or of the wrong type, in main and changes nothing', async () => {
    const { backend, manager } = await smallFirm(fixedNow);
    const before = bookState(backend);
    for (const language of ['fr', 'HI', 'hi-IN', '', 1, { code: 'hi' }]) {
      const result = await dispatch(backend.handlers, 'team:update', { id: manager.id, changes: { language } }, testCtx);
      expect(result, JSON.stringify(language)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'changes.language' }] },
      });
    }
    expect(bookState(backend)).toBe(before);
  });
});
