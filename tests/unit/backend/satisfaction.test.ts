import { describe, expect, it } from 'vitest';
import type { In } from '../../../shared/contract';
import { expectRefused, rpc, smallFirm } from '../../fixtures/backend';

// A Friday: two working days later is the Tuesday.
const fixedNow = () => new Date('2026-11-27T12:00:00.000Z');

async function firm() {
  const firm = await smallFirm(fixedNow);
  const { backend, client, manager } = firm;
  const person = await rpc(backend, 'people:create', {
    clientId: client.id,
    name: 'Ann Lee',
    relationship: 'primary',
    isPrimaryContact: true,
  });
  const record = (draft: Partial<In<'surveys:record'>> = {}) =>
    rpc(backend, 'surveys:record', {
      clientId: client.id,
      personId: person.id,
      on: '2026-11-20',
      nps: 9,
      channel: 'email',
      byId: manager.id,
      ...draft,
    });
  return { ...firm, person, record };
}

describe('surveys:record', () => {
  it('records a response and suggests a follow-up only for a detractor or unhappy CSAT', async () => {
    const { record, manager } = await firm();
    const happy = await record({ comment: 'Very helpful.' });
    expect(happy.followUpSuggested).toBe(false);
    expect(happy.survey).toMatchObject({ nps: 9, csat: null, recordedById: manager.id, followUpTaskId: null, comment: 'Very helpful.' });
    expect((await record({ nps: 6 })).followUpSuggested).toBe(true);
    expect((await record({ nps: null, csat: 2 })).followUpSuggested).toBe(true);
  });

  it('refuses a future day, an unknown household, someone else’s person or an inactive recorder, writing nothing', async () => {
    const { backend, record, gone, manager } = await firm();
    await expectRefused(backend, () => record({ on: '2026-11-28' }), 'INVALID_INPUT', 'on');
    await expectRefused(backend, () => record({ clientId: 'cl_missing' }), 'NOT_FOUND', 'clientId');
    const other = await rpc(backend, 'clients:create', { name: 'The Ortiz Family', tier: 'B', primaryManagerId: manager.id });
    const stranger = await rpc(backend, 'people:create', { clientId: other.id, name: 'Luis Ortiz', relationship: 'primary' });
    await expectRefused(backend, () => record({ personId: stranger.id }), 'INVALID_INPUT', 'personId');
    await expectRefused(backend, () => record({ byId: gone.id }), 'INVALID_INPUT', 'byId');
    await expectRefused(backend, () => record({ byId: 'tm_nobody' }), 'INVALID_INPUT', 'byId');
  });

  it('leaves out-of-range scores to the schema, naming the field', () => {
    const parsed = (draft: Record<string, unknown>) =>
      // The contract's input schema is what every transport applies first.
      import('../../../shared/contract').then(({ contract }) => contract['surveys:record'].input.safeParse(draft));
    return Promise.all([
      parsed({ clientId: 'cl_1', on: '2026-11-20', nps: 11, channel: 'email', byId: 'tm_1' }).then((result) =>
        expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['nps']),
      ),
      parsed({ clientId: 'cl_1', on: '2026-11-20', csat: 0, channel: 'email', byId: 'tm_1' }).then((result) =>
        expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['csat']),
      ),
    ]);
  });
});

describe('surveys:list', () => {
  it('lists newest first with names, filtered by day range, comment and tier', async () => {
    const { backend, record, client, person } = await firm();
    await record({ on: '2026-10-01', comment: 'Fine.' });
    await record({ on: '2026-11-02' });
    await record({ on: '2026-11-25', nps: 3, comment: 'Calls are not returned.' });
    const rows = await rpc(backend, 'surveys:list', {});
    expect(rows.map((row) => row.survey.on)).toEqual(['2026-11-25', '2026-11-02', '2026-10-01']);
    expect(rows[0]).toMatchObject({
      clientName: client.name,
      personName: person.name,
      managerName: 'Ann Lee',
      tier: 'A',
      followUpTaskId: null,
    });
    expect((await rpc(backend, 'surveys:list', { withComment: true })).map((row) => row.survey.on)).toEqual(['2026-11-25', '2026-10-01']);
    expect((await rpc(backend, 'surveys:list', { from: '2026-11-01', to: '2026-11-30' })).length).toBe(2);
    expect(await rpc(backend, 'surveys:list', { tier: 'B' })).toEqual([]);
  });
});

describe('surveys:followUp', () => {
  it('makes one high-priority task for the manager, due in two working days, and finds it again on a second call', async () => {
    const { backend, record, manager, adviser, client } = await firm();
    const { survey } = await record({ nps: 3, comment: 'Calls are not returned promptly.' });
    const task = await rpc(backend, 'surveys:followUp', { surveyId: survey.id, byId: adviser.id });
    expect(task).toMatchObject({
      title: `Follow up on NPS 3 from ${client.name}`,
      clientId: client.id,
      assigneeId: manager.id,
      category: 'follow_up',
      priority: 'high',
      status: 'open',
      dueOn: '2026-12-01',
      createdById: adviser.id,
    });
    expect(task.notes).toContain('“Calls are not returned promptly.”');
    const seq = backend.store.seq;
    expect(await rpc(backend, 'surveys:followUp', { surveyId: survey.id, byId: adviser.id })).toEqual(task);
    expect(backend.store.seq).toBe(seq);
    const [row] = await rpc(backend, 'surveys:list', {});
    expect(row!.followUpTaskId).toBe(task.id);
  });

  it('names the unhappy CSAT when the NPS is fine, and refuses an unknown response', async () => {
    const { backend, record, manager, client } = await firm();
    const { survey } = await record({ nps: 8, csat: 1 });
    expect((await rpc(backend, 'surveys:followUp', { surveyId: survey.id, byId: manager.id })).title).toBe(
      `Follow up on CSAT 1 from ${client.name}`,
    );
    await expectRefused(
      backend,
      () => rpc(backend, 'surveys:followUp', { surveyId: 'su_missing', byId: manager.id }),
      'NOT_FOUND',
      'surveyId',
    );
  });
});

describe('surveys:requestSent and satisfaction:trends', () => {
  it('gives monthly points back to the current month with response rates, empty months included', async () => {
    const { backend, record, manager, client } = await firm();
    for (const sentOn of ['2026-10-01', '2026-10-02', '2026-11-01', '2026-11-03']) {
      await rpc(backend, 'surveys:requestSent', { clientId: client.id, sentOn, channel: 'email', byId: manager.id });
    }
    await expectRefused(
      backend,
      () => rpc(backend, 'surveys:requestSent', { clientId: client.id, sentOn: '2026-12-01', channel: 'email', byId: manager.id }),
      'INVALID_INPUT',
      'sentOn',
    );
    await record({ on: '2026-10-05', nps: 10 });
    await record({ on: '2026-11-05', nps: 2 });
    await record({ on: '2026-11-06', nps: 8, csat: 4 });
    const [firmSeries] = await rpc(backend, 'satisfaction:trends', { months: 3 });
    expect(firmSeries!.points.map((p) => [p.key, p.nps, p.npsResponses, p.csatResponses, p.requests, p.responseRate])).toEqual([
      ['2026-09', null, 0, 0, 0, null],
      ['2026-10', 100, 1, 0, 2, 50],
      ['2026-11', -50, 2, 1, 2, 100],
    ]);
    expect(firmSeries!.rolling90).toMatchObject({ key: 'rolling-90', to: '2026-11-27', npsResponses: 3, csat: 100 });
    const byTier = await rpc(backend, 'satisfaction:trends', { months: 3, groupBy: 'tier' });
    expect(byTier.map((series) => [series.key, series.label, series.rolling90.npsResponses])).toEqual([
      ['A', 'Tier A', 3],
      ['B', 'Tier B', 0],
      ['C', 'Tier C', 0],
    ]);
    const byManager = await rpc(backend, 'satisfaction:trends', { months: 3, groupBy: 'manager' });
    expect(byManager.map((series) => series.label)).toEqual(['Ann Lee']);
  });
});

describe('health and the dashboard', () => {
  it('scores a client, recomputes when an input changes, and lists the worst first', async () => {
    const { backend, record, client, manager } = await firm();
    const before = await rpc(backend, 'health:client', { clientId: client.id });
    expect(before.parts.find((part) => part.key === 'contact')!.fact).toEqual({
      code: 'contact.never',
      values: { expected: 30, tier: 'A' },
    });
    await rpc(backend, 'interactions:log', {
      clientId: client.id,
      kind: 'call',
      at: '2026-11-26T15:00:00.000Z',
      staffId: manager.id,
      summary: 'Checked in.',
    });
    await record({ on: '2026-11-26', nps: 10 });
    const after = await rpc(backend, 'health:client', { clientId: client.id });
    expect(after.parts.find((part) => part.key === 'contact')!.fact.code).toBe('contact.recent');
    expect(after.score).toBeGreaterThan(before.score);
    const other = await rpc(backend, 'clients:create', {
      name: 'Brand New LLC',
      tier: 'C',
      primaryManagerId: manager.id,
      clientSince: '2026-11-20',
    });
    const rows = await rpc(backend, 'health:list', {});
    expect(rows.map((row) => row.clientName)).toEqual([other.name, client.name]);
    expect(rows[0]!.report.previousScore).toBeNull();
    await expectRefused(backend, () => rpc(backend, 'health:client', { clientId: 'cl_missing' }), 'NOT_FOUND', 'clientId');
  });

  it('gathers the firm’s dashboard in one call: book, risk, NPS, work, reviews, losses and retention', async () => {
    const { backend, record, client, manager } = await firm();
    await record({ on: '2026-11-20', nps: 2 });
    const leaving = await rpc(backend, 'clients:create', {
      name: 'The Gone Trust',
      tier: 'B',
      primaryManagerId: manager.id,
      clientSince: '2019-02-01',
    });
    await rpc(backend, 'clients:markFormer', {
      id: leaving.id,
      departure: {
        on: '2026-03-10',
        reason: 'fees',
        detail: 'Moved to a robo-adviser.',
        assetsLeft: { amountMinor: 250_000_00, currency: 'USD' },
      },
      staffId: manager.id,
    });
    const dashboard = await rpc(backend, 'dashboard:get', { managerId: null });
    expect(dashboard.today).toBe('2026-11-27');
    expect(dashboard.book.households).toBe(1);
    expect(dashboard.satisfaction).toHaveLength(12);
    expect(dashboard.satisfaction.at(-1)).toMatchObject({ key: '2026-11', nps: -100 });
    expect(dashboard.bands.green + dashboard.bands.amber + dashboard.bands.red).toBe(1);
    expect(dashboard.atRiskCount).toBe(dashboard.atRisk.length);
    // Never contacted, never reviewed since 2020, and a detractor: red.
    expect(dashboard.atRisk.map((row) => row.report.clientId)).toEqual([client.id]);
    expect(dashboard.reviewsOverdue).toBe(1);
    expect(dashboard.lost).toEqual([
      {
        clientId: leaving.id,
        clientName: 'The Gone Trust',
        managerName: 'Ann Lee',
        on: '2026-03-10',
        reason: 'fees',
        detail: 'Moved to a robo-adviser.',
        assetsLeft: { amountMinor: 250_000_00, currency: 'USD' },
      },
    ]);
    expect(dashboard.assetsLost).toEqual({ amountMinor: 250_000_00, currency: 'USD' });
    expect(dashboard.retention.map((year) => [year.year, year.atStart, year.lost, year.rate])).toEqual([
      [2022, 2, 0, 100],
      [2023, 2, 0, 100],
      [2024, 2, 0, 100],
      [2025, 2, 0, 100],
      [2026, 2, 1, 50],
    ]);
    // A finished dashboard is reused until the next change.
    await record({ on: '2026-11-21', nps: 10 });
    expect((await rpc(backend, 'dashboard:get', { managerId: null })).satisfaction.at(-1)!.nps).toBe(0);
    const mine = await rpc(backend, 'dashboard:get', { managerId: manager.id });
    expect(mine.book).toEqual(dashboard.book);
    await expectRefused(backend, () => rpc(backend, 'dashboard:get', { managerId: 'tm_nobody' }), 'NOT_FOUND', 'managerId');
  });
});
