import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { bookState, freshBackend, rpc, smallFirm, testCtx } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

/** A firm with the households the issue names: an accented name, a phone written one way, an account number. */
async function firmToSearch() {
  const firm = await smallFirm(fixedNow);
  const { backend, manager } = firm;
  const rodriguez = await rpc(backend, 'clients:create', { name: 'Rodriguez Household', tier: 'B', primaryManagerId: manager.id });
  await rpc(backend, 'people:create', {
    clientId: rodriguez.id,
    name: 'José Rodriguez',
    relationship: 'primary',
    email: 'jose.r@example.com',
    phone: '(978) 555-0151',
  });
  await rpc(backend, 'holdings:create', {
    clientId: rodriguez.id,
    kind: 'investment_account',
    name: 'Brokerage',
    accountNumber: 'FID-7731-4821',
    value: { amountMinor: 250_000_00, currency: 'USD' },
    valuedOn: '2026-10-31',
    annualFee: { amountMinor: 2_000_00, currency: 'USD' },
  });
  const okafor = await rpc(backend, 'clients:create', { name: 'Okafor Household', tier: 'A', primaryManagerId: manager.id });
  await rpc(backend, 'people:create', { clientId: okafor.id, name: 'Chidi Okafor', relationship: 'primary', phone: '+44 20 7946 0958' });
  return { ...firm, rodriguez, okafor };
}

const search = (backend: Awaited<ReturnType<typeof firmToSearch>>['backend'], text: string) => rpc(backend, 'search:clients', { text });
const ids = (result: { hits: { clientId: string }[] }) => result.hits.map((hit) => hit.clientId);

describe('search:clients', () => {
  it('finds a phone number whatever its punctuation or country code', async () => {
    const { backend, rodriguez, okafor } = await firmToSearch();
    for (const typed of ['978-555-0151', '978.555.0151', '+1 978 555 0151', '1 978 555 0151', '(978) 555-0151', '9785550151', '555-01']) {
      const found = await search(backend, typed);
      expect(ids(found), typed).toContain(rodriguez.id);
      expect(
        found.hits.find((hit) => hit.clientId === rodriguez.id),
        typed,
      ).toMatchObject({ matchedOn: 'phone', detail: '(978) 555-0151' });
    }
    for (const typed of ['020 7946 0958', '+44 20 7946 0958', '0044 20 7946 0958', '7946-0958']) {
      expect(ids(await search(backend, typed)), typed).toEqual([okafor.id]);
    }
    // Another number does not match, even sharing a few digits.
    expect(ids(await search(backend, '978-555-0152'))).toEqual([]);
  });

  it('finds names without their accents and in any word order', async () => {
    const { backend, rodriguez } = await firmToSearch();
    for (const typed of ['jose rodriguez', 'rodriguez jose', 'José Rodríguez', '  JOSE   rod ', 'jos']) {
      const found = await search(backend, typed);
      expect(ids(found)[0], typed).toBe(rodriguez.id);
      expect(found.hits[0]).toMatchObject({ clientName: 'Rodriguez Household', matchedOn: 'person', detail: 'José Rodriguez' });
    }
    // Every word must be found: "jose lee" is nobody.
    expect(ids(await search(backend, 'jose lee'))).toEqual([]);
  });

  it("finds a household by its own name first, a person's email, and ranks whole words above parts", async () => {
    const { backend, client, rodriguez } = await firmToSearch();
    expect(await search(backend, 'lee')).toMatchObject({ hits: [{ clientId: client.id, matchedOn: 'name', detail: null }], total: 1 });
    expect((await search(backend, 'jose.r@example')).hits).toMatchObject([
      { clientId: rodriguez.id, matchedOn: 'email', detail: 'jose.r@example.com' },
    ]);
    // "household" is a whole word of three names, ordered by name; "ouse" only part of them.
    const households = await search(backend, 'household');
    expect(households.hits.map((hit) => hit.clientName)).toEqual(['Okafor Household', 'Rodriguez Household', 'The Lee Household']);
  });

  it('finds an account by its last four and never shows the whole number', async () => {
    const { backend, rodriguez } = await firmToSearch();
    const found = await search(backend, '4821');
    expect(found.hits).toEqual([expect.objectContaining({ clientId: rodriguez.id, matchedOn: 'account', detail: '4821' })]);
    expect(JSON.stringify(found)).not.toContain('7731');
    // The middle of an account number is not an ending.
    expect(ids(await search(backend, '7731'))).toEqual([]);
  });

  it('keeps current clients above archived and former ones, caps the hits and says how many matched', async () => {
    const { backend, client, manager } = await firmToSearch();
    const names = ['Lee Trust', 'Leeds Partners', 'Ashlee Family'];
    for (const name of names) await rpc(backend, 'clients:create', { name, tier: 'C', primaryManagerId: manager.id });
    await rpc(backend, 'clients:archive', { id: client.id, archived: true });
    const found = await rpc(backend, 'search:clients', { text: 'lee', limit: 3 });
    expect(found.total).toBe(4);
    expect(found.hits.map((hit) => hit.clientName)).toEqual(['Lee Trust', 'Leeds Partners', 'The Lee Household']);
    expect(found.hits[2]).toMatchObject({ archived: true });
  });

  it('follows changes to people at once', async () => {
    const { backend, client } = await firmToSearch();
    expect(ids(await search(backend, 'zoë'))).toEqual([]);
    await rpc(backend, 'people:create', { clientId: client.id, name: 'Zoë Lee', relationship: 'child' });
    expect(ids(await search(backend, 'zoe'))).toEqual([client.id]);
  });

  it("forgives the same way in the clients screen's own search", async () => {
    const { backend, rodriguez } = await firmToSearch();
    for (const search of ['jose rodriguez', 'RODRIGUEZ José', '978.555.0151', '+1 978 555 0151', 'jose.r@example.com']) {
      expect(await rpc(backend, 'clients:match', { search }), search).toEqual([rodriguez.id]);
      expect(
        (await rpc(backend, 'clients:list', { search })).map((row) => row.id),
        search,
      ).toEqual([rodriguez.id]);
    }
  });

  it('refuses empty, oversized or unknown input with a typed error and changes nothing', async () => {
    const { backend } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:loadDemo', {});
    const before = bookState(backend);
    for (const input of [{ text: '   ' }, { text: 'x'.repeat(201) }, { text: 'lee', limit: 0 }, { text: 'lee', everything: true }, {}]) {
      const result = await dispatch(backend.handlers, 'search:clients', input, testCtx);
      expect(result, JSON.stringify(input).slice(0, 40)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(bookState(backend)).toBe(before);
  });
});
