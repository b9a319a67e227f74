import { describe, expect, it } from 'vitest';
import { freshBackend } from '../../fixtures/backend';

const ctx = { actor: 'tester' };
const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('setup', () => {
  it('starts in needs-setup and loads the demo firm once', async () => {
    const { backend } = await freshBackend(fixedNow);
    const h = backend.handlers;
    expect((await h['app:status']({}, ctx)).mode).toBe('needs-setup');
    const status = await h['setup:loadDemo']({}, ctx);
    expect(status).toMatchObject({ mode: 'ready', firmName: 'Harbor & Vine Advisory', counts: { teamMembers: 5 } });
    expect(status.counts.clients).toBeGreaterThanOrEqual(140);
    await expect(h['setup:loadDemo']({}, ctx)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(h['setup:startEmpty']({}, ctx)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps a loaded demo across a restart', async () => {
    const { backend, dataDir } = await freshBackend(fixedNow);
    await backend.handlers['setup:loadDemo']({}, ctx);
    const before = await backend.handlers['clients:list']({}, ctx);
    await backend.close();
    const { createBackend } = await import('../../../electron/backend');
    const again = await createBackend({ dataDir, now: fixedNow });
    expect(await again.handlers['clients:list']({}, ctx)).toEqual(before);
    await again.close();
  });
});

describe('clients', () => {
  it('lists with search over people, filters, assets and manager names', async () => {
    const { backend } = await freshBackend(fixedNow);
    const h = backend.handlers;
    await h['setup:loadDemo']({}, ctx);
    const all = await h['clients:list']({}, ctx);
    const withPeople = all.find((row) => row.peopleCount > 0)!;
    const person = backend.store.byIndex('people', 'clientId', withPeople.id)[0]!;
    const found = await h['clients:list']({ search: person.name.toUpperCase() }, ctx);
    expect(found.map((r) => r.id)).toContain(withPeople.id);
    const tierA = await h['clients:list']({ tier: 'A' }, ctx);
    expect(tierA.length).toBeGreaterThan(0);
    expect(tierA.every((r) => r.tier === 'A')).toBe(true);
    expect(all.every((r) => r.primaryManagerName.length > 0)).toBe(true);
    const holdings = backend.store.byIndex('holdings', 'clientId', withPeople.id).filter((x) => x.status === 'open');
    expect(withPeople.assets.amountMinor).toBe(holdings.reduce((sum, x) => sum + x.value.amountMinor, 0));
  });

  it('refuses a client whose manager is missing or inactive, naming the field', async () => {
    const { backend } = await freshBackend(fixedNow);
    const h = backend.handlers;
    await h['setup:startEmpty']({}, ctx);
    const member = await h['team:create']({ name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' }, ctx);
    await h['team:update']({ id: member.id, changes: { active: false } }, ctx);
    const draft = {
      name: 'The Lee Household',
      type: 'household',
      status: 'active',
      tier: 'B',
      primaryManagerId: member.id,
      clientSince: null,
      tags: [],
    } as const;
    await expect(h['clients:create']({ ...draft, tags: [] }, ctx)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'primaryManagerId' }],
    });
    expect(backend.store.count('clients')).toBe(0);
  });

  it('creates a client with defaults', async () => {
    const { backend } = await freshBackend(fixedNow);
    const h = backend.handlers;
    await h['setup:startEmpty']({}, ctx);
    const member = await h['team:create']({ name: 'Ann Lee', role: 'account_manager', email: 'ann@example.com' }, ctx);
    const client = await h['clients:create'](
      {
        name: 'The Lee Household',
        tier: 'B',
        primaryManagerId: member.id,
        type: 'household',
        status: 'active',
        clientSince: null,
        tags: [],
      },
      ctx,
    );
    expect(client).toMatchObject({ status: 'active', archived: false, lastContactAt: null, createdAt: '2026-11-27T10:00:00.000Z' });
    expect((await h['clients:list']({}, ctx)).map((r) => r.name)).toEqual(['The Lee Household']);
  });
});

describe('team', () => {
  it('refuses a second member with the same email, in any case', async () => {
    const { backend } = await freshBackend(fixedNow);
    const h = backend.handlers;
    await h['setup:startEmpty']({}, ctx);
    await h['team:create']({ name: 'Ann Lee', role: 'adviser', email: 'ann@example.com' }, ctx);
    await expect(h['team:create']({ name: 'Ann Two', role: 'adviser', email: 'ANN@example.com' }, ctx)).rejects.toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: 'email' }],
    });
  });
});
