import { describe, expect, it } from 'vitest';
import { freshBackend, rpc } from '../../fixtures/backend';

const now = () => new Date('2026-03-31T10:00:00Z');

/** Latin and Devanagari names: English order puts Latin first, Hindi order Devanagari first. */
const names = ['Zoe Adams', 'रमेश कुमार', 'Anil Mehta', 'अमित शर्मा'];
const inHindiOrder = ['अमित शर्मा', 'रमेश कुमार', 'Anil Mehta', 'Zoe Adams'];

describe('lists sorted by name', () => {
  it('follow the firm’s locale: a hi-IN firm’s team, books, clients and search results in Hindi order', async () => {
    const { backend } = await freshBackend(now);
    await rpc(backend, 'setup:startEmpty', { locale: 'hi-IN', currency: 'INR' });
    const members = [];
    for (const [index, name] of names.entries()) {
      members.push(await rpc(backend, 'team:create', { name, role: 'account_manager', email: `member${index}@example.com` }));
    }
    for (const [index, name] of names.entries()) {
      await rpc(backend, 'clients:create', { name: `${name} Household`, tier: 'A', primaryManagerId: members[index]!.id });
    }
    const households = inHindiOrder.map((name) => `${name} Household`);

    expect((await rpc(backend, 'team:list', {})).map((member) => member.name)).toEqual(inHindiOrder);
    expect((await rpc(backend, 'team:books', {})).map((book) => book.name)).toEqual(inHindiOrder);
    expect((await rpc(backend, 'tasks:teamLoad', {})).map((load) => load.name)).toEqual(inHindiOrder);
    expect((await rpc(backend, 'clients:list', {})).map((row) => row.name)).toEqual(households);
    const found = await rpc(backend, 'search:clients', { text: 'Household', limit: 10 });
    expect(found.hits.map((hit) => hit.clientName)).toEqual(households);
  });
});
