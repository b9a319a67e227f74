import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { bookState, expectRefused, freshBackend, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('clients:list', () => {
  it('searches people, filters, and totals assets and revenue of open holdings', async () => {
    const { backend } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:loadDemo', {});
    const all = await rpc(backend, 'clients:list', {});
    const withPeople = all.find((row) => row.peopleCount > 1)!;
    const person = backend.store.byIndex('people', 'clientId', withPeople.id)[1]!;
    expect((await rpc(backend, 'clients:list', { search: `  ${person.name.toUpperCase()} ` })).map((r) => r.id)).toContain(withPeople.id);
    const tierA = await rpc(backend, 'clients:list', { tier: 'A' });
    expect(tierA.length).toBeGreaterThan(0);
    expect(tierA.every((r) => r.tier === 'A')).toBe(true);
    expect(all.every((r) => r.primaryManagerName.length > 0 && !r.archived)).toBe(true);
    const open = backend.store.byIndex('holdings', 'clientId', withPeople.id).filter((h) => h.status === 'open');
    expect(withPeople.assets.amountMinor).toBe(open.reduce((sum, h) => sum + h.value.amountMinor, 0));
    expect(withPeople.annualRevenue.amountMinor).toBe(open.reduce((sum, h) => sum + h.annualFee.amountMinor, 0));
    expect(all.map((r) => r.name)).toEqual(
      [...all.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
  });

  it('filters by tag, by no contact for N days (or never), and shows archived ones only when asked', async () => {
    const { backend } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:loadDemo', {});
    const retired = await rpc(backend, 'clients:list', { tag: 'Retired' });
    expect(retired.length).toBeGreaterThan(0);
    expect(retired.every((r) => r.tags.includes('retired'))).toBe(true);
    const quiet = await rpc(backend, 'clients:list', { noContactDays: 60 });
    const cutoff = fixedNow().getTime() - 60 * 86_400_000;
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.every((r) => r.lastContactAt === null || Date.parse(r.lastContactAt) < cutoff)).toBe(true);
    const everything = await rpc(backend, 'clients:list', { includeArchived: true });
    expect(everything.some((r) => r.archived)).toBe(true);
    expect(everything.filter((r) => r.archived && r.nextReviewOn !== null)).toEqual([]);
  });

  it('shows changes at once: the cached rows follow every change', async () => {
    const { backend, client, manager } = await smallFirm(fixedNow);
    await rpc(backend, 'holdings:create', {
      clientId: client.id,
      kind: 'managed_portfolio',
      name: 'Growth',
      value: { amountMinor: 500_000_00, currency: 'USD' },
      valuedOn: '2026-10-31',
      annualFee: { amountMinor: 4_000_00, currency: 'USD' },
    });
    expect(await rpc(backend, 'clients:list', { search: 'lee' })).toMatchObject([
      { id: client.id, assets: { amountMinor: 500_000_00 }, annualRevenue: { amountMinor: 4_000_00 }, nextReviewOn: '2020-08-31' },
    ]);
    await rpc(backend, 'interactions:log', {
      clientId: client.id,
      kind: 'meeting',
      at: '2026-11-02T12:00:00.000Z',
      staffId: manager.id,
      summary: 'Review meeting.',
    });
    expect((await rpc(backend, 'clients:list', {}))[0]).toMatchObject({
      nextReviewOn: '2027-02-02',
      lastContactAt: '2026-11-02T12:00:00.000Z',
    });
  });
});

describe('clients:match', () => {
  it('answers the ids clients:list would list for the same filters and search', async () => {
    const { backend } = await freshBackend(fixedNow);
    await rpc(backend, 'setup:loadDemo', {});
    const manager = (await rpc(backend, 'clients:list', {}))[0]!.primaryManagerId;
    for (const query of [
      { search: 'an' },
      { search: 'AN', tier: 'B' as const },
      { search: 'an', managerId: manager, includeArchived: true },
    ]) {
      const ids = await rpc(backend, 'clients:match', query);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual((await rpc(backend, 'clients:list', query)).map((row) => row.id));
    }
    expect(await rpc(backend, 'clients:match', { search: 'no household is called this' })).toEqual([]);
  });

  it('refuses a search without a term, naming the field', async () => {
    const { backend } = await freshBackend(fixedNow);
    for (const input of [{ search: '   ' }, {}]) {
      const result = await dispatch(backend.handlers, 'clients:match', input, { actor: 'tester' });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'search' }] } });
    }
  });
});

describe('clients:create and clients:update', () => {
  it('creates a client with defaults', async () => {
    const { backend, client } = await smallFirm(fixedNow);
    expect(client).toMatchObject({
      status: 'active',
      type: 'household',
      serviceTeamIds: [],
      departure: null,
      archived: false,
      lastContactAt: null,
      createdAt: '2026-11-27T10:00:00.000Z',
    });
    expect(backend.store.get('clients', client.id)).toEqual(client);
  });

  it('refuses an unknown or inactive manager and unknown service team members, naming the field', async () => {
    const { backend, manager, gone, client } = await smallFirm(fixedNow);
    const draft = { name: 'The Park Household', tier: 'B', primaryManagerId: manager.id } as const;
    await expectRefused(
      backend,
      () => rpc(backend, 'clients:create', { ...draft, primaryManagerId: gone.id }),
      'INVALID_INPUT',
      'primaryManagerId',
    );
    await expectRefused(
      backend,
      () => rpc(backend, 'clients:create', { ...draft, primaryManagerId: 'tm_nobody' }),
      'INVALID_INPUT',
      'primaryManagerId',
    );
    await expectRefused(
      backend,
      () => rpc(backend, 'clients:create', { ...draft, serviceTeamIds: [manager.id, 'tm_nobody'] }),
      'INVALID_INPUT',
      'serviceTeamIds.1',
    );
    await expectRefused(
      backend,
      () => rpc(backend, 'clients:update', { id: client.id, changes: { serviceTeamIds: ['tm_nobody'] } }),
      'INVALID_INPUT',
      'serviceTeamIds.0',
    );
    await expectRefused(backend, () => rpc(backend, 'clients:update', { id: 'cl_nobody', changes: { notes: 'x' } }), 'NOT_FOUND', 'id');
  });

  it('updates fields and keeps inactive colleagues already on the service team', async () => {
    const { backend, client, gone, paraplanner } = await smallFirm(fixedNow);
    const updated = await rpc(backend, 'clients:update', {
      id: client.id,
      changes: { serviceTeamIds: [paraplanner.id, gone.id, paraplanner.id], reviewCadenceMonths: 4, notes: 'Prefers mornings.' },
    });
    expect(updated).toMatchObject({ serviceTeamIds: [paraplanner.id, gone.id], reviewCadenceMonths: 4, notes: 'Prefers mornings.' });
    const detail = await rpc(backend, 'clients:get', { id: client.id });
    expect(detail).toMatchObject({ cadenceMonths: 4, nextReviewOn: '2020-09-30', primaryManagerName: 'Ann Lee' });
    expect(detail.serviceTeam.map((m) => m.name)).toEqual(['Dev Rao', 'Eve Gone']);
  });

  it('refuses to save over a change made since the form showed the household, naming who made it and when', async () => {
    const { backend, client, manager, adviser } = await smallFirm(fixedNow);
    const shown = await rpc(backend, 'clients:get', { id: client.id });
    const person = await rpc(backend, 'people:create', {
      clientId: client.id,
      name: 'Jin Lee',
      relationship: 'primary',
      isPrimaryContact: true,
    });

    // A colleague (Ben, chosen at the workstation) changes the household after it was shown.
    await rpc(backend, 'session:member', { memberId: adviser.id });
    await rpc(backend, 'clients:update', { id: client.id, expectedVersion: shown.versions[client.id], changes: { tier: 'B' } });
    await rpc(backend, 'session:member', { memberId: manager.id });
    const before = bookState(backend);

    const attempt = () =>
      rpc(backend, 'clients:update', { id: client.id, expectedVersion: shown.versions[client.id], changes: { source: 'Referral' } });
    await expectRefused(backend, attempt, 'CONFLICT', 'expectedVersion');
    await expect(attempt()).rejects.toThrow(
      /^Ben Ortiz changed this household at .+, after you opened it, so your changes were not saved\. Reload it/,
    );
    expect(bookState(backend)).toBe(before);

    // Shown again, the household saves; a person added meanwhile is not a change to the household.
    const reloaded = await rpc(backend, 'clients:get', { id: client.id });
    expect(reloaded.versions[person.id]).toBe(backend.store.versionOf('people', person.id));
    const saved = await rpc(backend, 'clients:update', {
      id: client.id,
      expectedVersion: reloaded.versions[client.id],
      changes: { source: 'Referral' },
    });
    expect(saved).toMatchObject({ tier: 'B', source: 'Referral' });
  });
});

describe('clients:archive and clients:markFormer', () => {
  it('archives and unarchives, writing nothing when nothing changes', async () => {
    const { backend, client } = await smallFirm(fixedNow);
    expect((await rpc(backend, 'clients:archive', { id: client.id, archived: true })).archived).toBe(true);
    const seq = backend.store.seq;
    await rpc(backend, 'clients:archive', { id: client.id, archived: true });
    expect(backend.store.seq).toBe(seq);
    expect(await rpc(backend, 'clients:list', {})).toEqual([]);
    await expectRefused(backend, () => rpc(backend, 'clients:archive', { id: 'cl_nobody', archived: true }), 'NOT_FOUND', 'id');
  });

  it('marks a client former with its departure and a timeline note, in one change', async () => {
    const { backend, client, manager } = await smallFirm(fixedNow);
    const departure = {
      on: '2026-11-01',
      reason: 'fees',
      detail: 'Moved to a robo-adviser.',
      assetsLeft: { amountMinor: 1_000_00, currency: 'USD' },
    } as const;
    const seq = backend.store.seq;
    const former = await rpc(backend, 'clients:markFormer', { id: client.id, departure, staffId: manager.id });
    expect(backend.store.seq).toBe(seq + 1);
    expect(former).toMatchObject({ status: 'former', departure });
    const [note] = await rpc(backend, 'interactions:list', { clientId: client.id });
    expect(note).toMatchObject({ kind: 'note', staffId: manager.id, at: '2026-11-27T10:00:00.000Z' });
    expect(note!.summary).toBe('Marked as a former client (left 2026-11-01, fees). Moved to a robo-adviser.');
    expect((await rpc(backend, 'clients:get', { id: client.id })).nextReviewOn).toBeNull();
    // Bringing them back clears the departure.
    expect(await rpc(backend, 'clients:update', { id: client.id, changes: { status: 'active' } })).toMatchObject({ departure: null });
  });

  it('refuses a departure before the client joined, or an unknown recorder', async () => {
    const { backend, client, manager, gone } = await smallFirm(fixedNow);
    const departure = { on: '2026-11-28', reason: 'moved', detail: '', assetsLeft: { amountMinor: 0, currency: 'USD' } } as const;
    const mark = (changes: object) => () =>
      rpc(backend, 'clients:markFormer', { id: client.id, departure, staffId: manager.id, ...changes });
    await expectRefused(backend, mark({ departure: { ...departure, on: '2019-01-01' } }), 'INVALID_INPUT', 'departure.on');
    await expectRefused(backend, mark({ departure: { ...departure, on: '2026-11-27' }, staffId: gone.id }), 'INVALID_INPUT', 'staffId');
    await expectRefused(backend, mark({ id: 'cl_nobody', departure: { ...departure, on: '2026-11-27' } }), 'NOT_FOUND', 'id');
  });
});

describe('clients:reassign', () => {
  it('moves many households in one change and notes each move', async () => {
    const { backend, client, manager, adviser } = await smallFirm(fixedNow);
    const second = await rpc(backend, 'clients:create', {
      name: 'The Kim Household',
      tier: 'C',
      primaryManagerId: manager.id,
      serviceTeamIds: [adviser.id],
    });
    const seq = backend.store.seq;
    const result = await rpc(backend, 'clients:reassign', {
      clientIds: [client.id, second.id, client.id],
      toManagerId: adviser.id,
      staffId: manager.id,
      note: 'Ann is retiring.',
    });
    expect(result).toEqual({ moved: 2 });
    expect(backend.store.seq).toBe(seq + 1);
    expect(
      backend.store
        .byIndex('clients', 'primaryManagerId', adviser.id)
        .map((c) => c.id)
        .sort(),
    ).toEqual([client.id, second.id].sort());
    expect(backend.store.get('clients', second.id)!.serviceTeamIds).toEqual([]);
    const [note] = await rpc(backend, 'interactions:list', { clientId: second.id });
    expect(note).toMatchObject({ kind: 'note', staffId: manager.id, summary: 'Reassigned from Ann Lee to Ben Ortiz. Ann is retiring.' });
  });

  it('changes nothing when the new manager is inactive or unknown, or any household is unknown', async () => {
    const { backend, client, manager, adviser, gone } = await smallFirm(fixedNow);
    const base = { clientIds: [client.id], toManagerId: adviser.id, staffId: manager.id };
    await expectRefused(backend, () => rpc(backend, 'clients:reassign', { ...base, toManagerId: gone.id }), 'INVALID_INPUT', 'toManagerId');
    await expectRefused(
      backend,
      () => rpc(backend, 'clients:reassign', { ...base, toManagerId: 'tm_nobody' }),
      'INVALID_INPUT',
      'toManagerId',
    );
    await expectRefused(
      backend,
      () => rpc(backend, 'clients:reassign', { ...base, clientIds: [client.id, 'cl_nobody'] }),
      'NOT_FOUND',
      'clientIds.1',
    );
    expect(backend.store.get('clients', client.id)!.primaryManagerId).toBe(manager.id);
  });
});

describe('clients:findDuplicates', () => {
  it('matches households and people by name, email or phone, and says on what', async () => {
    const { backend, client, manager } = await smallFirm(fixedNow);
    await rpc(backend, 'people:create', {
      clientId: client.id,
      name: 'Ann  Lee',
      relationship: 'primary',
      email: 'Ann.Lee@example.com',
      phone: '(617) 555-0142',
    });
    const other = await rpc(backend, 'clients:create', { name: 'Ann Lee', tier: 'C', primaryManagerId: manager.id });

    expect(await rpc(backend, 'clients:findDuplicates', { name: 'the LEE   household' })).toEqual([
      { clientId: client.id, clientName: 'The Lee Household', personName: null, matchedOn: ['name'] },
    ]);
    const found = await rpc(backend, 'clients:findDuplicates', { name: 'ann lee', email: 'ANN.LEE@example.com ', phone: '617.555.0142' });
    expect(found).toEqual([
      { clientId: client.id, clientName: 'The Lee Household', personName: 'Ann  Lee', matchedOn: ['name', 'email', 'phone'] },
      { clientId: other.id, clientName: 'Ann Lee', personName: null, matchedOn: ['name'] },
    ]);
    expect(await rpc(backend, 'clients:findDuplicates', { name: 'Someone Else', phone: '6175550142', excludeClientId: client.id })).toEqual(
      [],
    );
    expect(await rpc(backend, 'clients:findDuplicates', { name: 'Someone Else', phone: '555' })).toEqual([]);
  });
});
