import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openWorkstation } from '../../electron/backend/workstation';
import { bookChannels, channels, contract, ContractBreachError, dispatch, type TransportHandlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { freshBackend } from '../fixtures/backend';

const ctx = { actor: 'tester' };

describe('contract', () => {
  it('has a handler for every channel and a channel for every handler', async () => {
    const { backend, dataDir } = await freshBackend();
    expect(Object.keys(backend.handlers).sort()).toEqual([...bookChannels].sort());
    // The workstation serves the book's channels and its own, which choose the book.
    await backend.close();
    const workstation = await openWorkstation({ dataDir });
    onTestFinished(() => workstation.close());
    expect(Object.keys(workstation.handlers).sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      expect(contract[channel].input, channel).toBeDefined();
      expect(contract[channel].output, channel).toBeDefined();
      expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    }
  });
});

describe('dispatch', () => {
  it('rejects an unknown channel, including names inherited from Object.prototype', async () => {
    const { backend } = await freshBackend();
    for (const name of ['clients:destroy', 'constructor', '__proto__', 'toString']) {
      const result = await dispatch(backend.handlers, name, {}, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('names each bad field and changes nothing', async () => {
    const { backend, dataDir } = await freshBackend();
    await dispatch(backend.handlers, 'setup:startEmpty', {}, ctx);
    const journal = path.join(dataDir, 'journal.jsonl');
    const before = await readFile(journal);
    const result = await dispatch(backend.handlers, 'team:create', { name: '', role: 'wizard', email: 'nope' }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['email', 'name', 'role']);
    expect(result.error.message).toMatch(/^Some of the details are not valid/);
    expect(await readFile(journal)).toEqual(before);
    expect(backend.store.count('teamMembers')).toBe(0);
  });

  it('refuses unknown keys instead of ignoring them', async () => {
    const { backend } = await freshBackend();
    const result = await dispatch(
      backend.handlers,
      'team:create',
      { name: 'Ann Lee', role: 'adviser', email: 'ann@example.com', admin: true },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(backend.store.count('teamMembers')).toBe(0);
  });

  it('passes AppErrors through as typed errors and hides unexpected ones', async () => {
    const failing = {
      'app:status': async () => {
        throw new AppError('NOT_FOUND', 'Gone.');
      },
      'team:list': async () => {
        throw new Error('secret detail: jane@example.com');
      },
    } as unknown as TransportHandlers;
    const logged: string[] = [];
    expect(await dispatch(failing, 'app:status', undefined, ctx)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Gone.' } });
    const hidden = await dispatch(failing, 'team:list', {}, ctx, { onInternalError: (channel) => logged.push(channel) });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(hidden)).not.toContain('jane@example.com');
    expect(logged).toEqual(['team:list']);
  });

  it('answers INTERNAL, and logs where, when a handler answers outside its contract (checked in every test run)', async () => {
    const breaking = {
      'views:delete': async () => ({ deleted: 'jane@example.com' }),
    } as unknown as TransportHandlers;
    const logged: unknown[] = [];
    const answer = await dispatch(breaking, 'views:delete', { id: 'sv_1' }, ctx, {
      onInternalError: (_channel, error) => logged.push(error),
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(answer)).not.toContain('jane@example.com');
    expect(logged).toEqual([expect.any(ContractBreachError)]);
    expect(logged[0]).toMatchObject({ channel: 'views:delete', paths: ['deleted'], code: 'CONTRACT_BREACH' });
    expect((logged[0] as Error).message).not.toContain('jane@example.com');
    // The app turns the check off: each answer as its handler gave it.
    expect(await dispatch(breaking, 'views:delete', { id: 'sv_1' }, ctx, { checkOutput: false })).toEqual({
      ok: true,
      value: { deleted: 'jane@example.com' },
    });
  });

  it('runs a valid call end to end', async () => {
    const { backend } = await freshBackend();
    await dispatch(backend.handlers, 'setup:startEmpty', undefined, ctx);
    const created = await dispatch(backend.handlers, 'team:create', { name: ' Ann Lee ', role: 'adviser', email: 'ann@example.com' }, ctx);
    expect(created).toMatchObject({ ok: true, value: { name: 'Ann Lee', active: true } });
    const listed = await dispatch(backend.handlers, 'team:list', undefined, ctx);
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Ann Lee' }] });
  });
});
