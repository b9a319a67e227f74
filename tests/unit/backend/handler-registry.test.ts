import { describe, expect, it } from 'vitest';
import { combineHandlers } from '../../../electron/backend/services/handler-registry';
import { bookChannels, type Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { freshBackend } from '../../fixtures/backend';

const answer = (async () => ({ ok: true })) as unknown as Handlers['views:list'];

describe('combineHandlers', () => {
  it('refuses two services answering one channel, naming the channel and both services', () => {
    const combining = () => combineHandlers({ views: { 'views:list': answer }, reports: { 'views:list': answer } });
    expect(combining).toThrow(AppError);
    expect(combining).toThrow('Two services answer the channel "views:list": views and reports.');
  });

  it('keeps every handler of services that answer different channels', () => {
    const remove = answer as unknown as Handlers['views:delete'];
    expect(combineHandlers({ a: { 'views:list': answer }, b: { 'views:delete': remove } })).toEqual({
      'views:list': answer,
      'views:delete': remove,
    });
  });

  it("registers each of a book's contract channels in the real backend, and no other", async () => {
    const { backend } = await freshBackend();
    expect(Object.keys(backend.handlers).sort()).toEqual([...bookChannels].sort());
  });
});
