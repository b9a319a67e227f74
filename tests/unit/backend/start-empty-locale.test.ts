import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { freshBackend, rpc, testCtx } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('starting an empty book in the firm’s locale', () => {
  it('keeps the locale and currency the first-run screen chose', async () => {
    const { backend } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:startEmpty', { locale: 'en-IN', currency: 'INR' });
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({ locale: 'en-IN', currency: 'INR', dateOrder: 'locale' });
  });

  it('refuses a locale or currency this computer does not know, and starts nothing', async () => {
    const { backend } = await freshBackend(fixedNow);
    const refusal = async (input: object) => {
      const result = await dispatch(backend.handlers, 'setup:startEmpty', input, testCtx);
      return result.ok ? 'accepted' : { code: result.error.code, fields: result.error.issues?.map((issue) => issue.path) };
    };
    expect(await refusal({ locale: 'en_IN' })).toEqual({ code: 'INVALID_INPUT', fields: ['locale'] });
    expect(await refusal({ currency: 'XQQ' })).toEqual({ code: 'INVALID_INPUT', fields: ['currency'] });
    expect((await rpc(backend, 'app:status', {})).mode).toBe('needs-setup');
    await rpc(backend, 'setup:startEmpty', {});
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({ locale: 'en-US', currency: 'USD' });
  });
});
