import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { packetWording } from '../../../shared/model';
import { freshBackend, rpc, testCtx } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('starting an empty book in the firm’s locale', () => {
  it('keeps the locale and currency the first-run screen chose', async () => {
    const { backend } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:startEmpty', { locale: 'en-IN', currency: 'INR' });
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({ locale: 'en-IN', currency: 'INR', dateOrder: 'locale' });
  });

  it('starts the packets’ agenda and disclosure in the language the book is set up in, English unless told', async () => {
    const hindi = await freshBackend(fixedNow);
    await rpc(hindi.backend, 'setup:startEmpty', { locale: 'hi-IN', currency: 'INR', language: 'hi' });
    const { packets } = await rpc(hindi.backend, 'settings:get', {});
    expect(packets).toMatchObject(packetWording.hi);
    expect(packets.disclosure).toMatch(/^\p{Script=Devanagari}/u);
    // A new review starts with the agenda the firm has.
    const member = await rpc(hindi.backend, 'team:create', { name: 'Priya Nair', role: 'adviser', email: 'priya@example.com' });
    const client = await rpc(hindi.backend, 'clients:create', { name: 'राजेश कुमार', tier: 'A', primaryManagerId: member.id });
    const review = await rpc(hindi.backend, 'reviews:schedule', { clientId: client.id, on: '2026-12-01' });
    expect(review.agenda).toEqual(packetWording.hi.agendaTemplate);

    const english = await freshBackend(fixedNow);
    await rpc(english.backend, 'setup:startEmpty', { locale: 'hi-IN', currency: 'INR' });
    expect((await rpc(english.backend, 'settings:get', {})).packets).toMatchObject(packetWording.en);
  });

  it('refuses a locale or currency this computer does not know, and starts nothing', async () => {
    const { backend } = await freshBackend(fixedNow);
    const refusal = async (input: object) => {
      const result = await dispatch(backend.handlers, 'setup:startEmpty', input, testCtx);
      return result.ok ? 'accepted' : { code: result.error.code, fields: result.error.issues?.map((issue) => issue.path) };
    };
    expect(await refusal({ locale: 'en_IN' })).toEqual({ code: 'INVALID_INPUT', fields: ['locale'] });
    expect(await refusal({ currency: 'XQQ' })).toEqual({ code: 'INVALID_INPUT', fields: ['currency'] });
    expect(await refusal({ language: 'fr' })).toEqual({ code: 'INVALID_INPUT', fields: ['language'] });
    expect((await rpc(backend, 'app:status', {})).mode).toBe('needs-setup');
    await rpc(backend, 'setup:startEmpty', {});
    expect(await rpc(backend, 'settings:get', {})).toMatchObject({ locale: 'en-US', currency: 'USD' });
  });
});
