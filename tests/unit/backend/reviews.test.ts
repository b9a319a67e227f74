import { describe, expect, it } from 'vitest';
import type { In } from '../../../shared/contract';
import { defaultPacketSettings } from '../../../shared/model';
import { bookState, expectRefused, rpc, smallFirm } from '../../fixtures/backend';

/** Noon UTC on the firm's day: the small firm's days are UTC's. */
const now = () => new Date('2026-03-15T12:00:00.000Z');

async function firm() {
  const firm = await smallFirm(now);
  const { backend, manager } = firm;
  const addClient = (draft: Partial<In<'clients:create'>> & { name: string }) =>
    rpc(backend, 'clients:create', { tier: 'B', primaryManagerId: manager.id, clientSince: '2019-01-10', ...draft });
  const record = (clientId: string, heldOn: string, more: Partial<In<'reviews:record'>> = {}) =>
    rpc(backend, 'reviews:record', { clientId, heldOn, byId: manager.id, ...more });
  const schedule = (clientId: string, on: string, more: Partial<In<'reviews:schedule'>> = {}) =>
    rpc(backend, 'reviews:schedule', { clientId, on, ...more });
  const due = (query: In<'reviews:due'> = {}) => rpc(backend, 'reviews:due', query);
  /** Expects a refusal that changes nothing at all, not even a record the sequence would not show. */
  const refused = async (attempt: () => Promise<unknown>, code: Parameters<typeof expectRefused>[2], path?: string) => {
    const before = bookState(backend);
    await expectRefused(backend, attempt, code, path);
    expect(bookState(backend)).toBe(before);
  };
  return { ...firm, addClient, record, schedule, due, refused };
}

describe('reviews due', () => {
  it('lists current clients by due day then name, with bucket, cadence, last review and manager', async () => {
    const { backend, client, adviser, addClient, record, due } = await firm();
    const thisMonth = await addClient({ name: 'Zeta Family' });
    await record(thisMonth.id, '2025-09-20');
    const upcoming = await addClient({ name: 'Alpha Trust', tier: 'A', primaryManagerId: adviser.id });
    await record(upcoming.id, '2026-01-10');
    const later = await addClient({ name: 'Beta Household', tier: 'C' });
    await record(later.id, '2026-03-01');
    const sameDay = await addClient({ name: 'Able Household', tier: 'C' });
    await record(sameDay.id, '2026-03-01');
    // Prospects, former and archived clients are not reviewed.
    await addClient({ name: 'A Prospect', status: 'prospect' });
    const archived = await addClient({ name: 'Archived Household' });
    await rpc(backend, 'clients:archive', { id: archived.id, archived: true });
    const former = await addClient({ name: 'Former Household' });
    await rpc(backend, 'clients:markFormer', {
      id: former.id,
      departure: { on: '2026-02-01', reason: 'moved', detail: '', assetsLeft: { amountMinor: 0, currency: 'USD' } },
      staffId: adviser.id,
    });

    const rows = await due();
    expect(rows.map((row) => [row.clientName, row.nextDueOn, row.bucket])).toEqual([
      ['The Lee Household', '2020-08-31', 'overdue'],
      ['Zeta Family', '2026-03-20', 'this_month'],
      ['Alpha Trust', '2026-04-10', 'upcoming'],
      ['Able Household', '2027-03-01', 'later'],
      ['Beta Household', '2027-03-01', 'later'],
    ]);
    expect(rows.find((row) => row.clientId === upcoming.id)).toEqual({
      clientId: upcoming.id,
      clientName: 'Alpha Trust',
      tier: 'A',
      managerId: adviser.id,
      managerName: 'Ben Ortiz',
      cadenceMonths: 3,
      lastReviewOn: '2026-01-10',
      nextDueOn: '2026-04-10',
      bucket: 'upcoming',
      scheduled: null,
    });
    expect(rows.find((row) => row.clientId === client.id)!.lastReviewOn).toBeNull();

    expect((await due({ buckets: ['overdue', 'this_month'] })).map((row) => row.clientName)).toEqual(['The Lee Household', 'Zeta Family']);
    expect((await due({ managerId: adviser.id })).map((row) => row.clientName)).toEqual(['Alpha Trust']);
  });

  it('keeps, for a period, clients due in it or with a review scheduled in it', async () => {
    const { client, addClient, record, schedule, due, refused } = await firm();
    const dueInApril = await addClient({ name: 'April Household', tier: 'A' });
    await record(dueInApril.id, '2026-01-05');
    const bookedInApril = await addClient({ name: 'Booked Household', tier: 'C' });
    await record(bookedInApril.id, '2025-12-01');
    const booked = await schedule(bookedInApril.id, '2026-04-20');
    const period = { from: '2026-04-01', to: '2026-04-30' };
    const rows = await due(period);
    expect(rows.map((row) => row.clientName)).toEqual(['April Household', 'Booked Household']);
    expect(rows[1]!.scheduled).toEqual({ reviewId: booked.id, on: '2026-04-20' });
    expect((await due({ to: '2026-01-01' })).map((row) => row.clientId)).toEqual([client.id]);
    await refused(() => due({ from: '2026-05-01', to: '2026-04-01' }), 'INVALID_INPUT', 'to');
  });

  it('moves the next due day and bucket once a review is recorded as held, everywhere it is shown', async () => {
    const { backend, client, manager, record, due } = await firm();
    // Before any review is held, the newest meeting counts as the last review.
    await rpc(backend, 'interactions:log', {
      clientId: client.id,
      kind: 'meeting',
      at: '2025-11-20T12:00:00.000Z',
      staffId: manager.id,
      summary: 'Met to talk about the house move.',
    });
    expect((await due())[0]).toMatchObject({ lastReviewOn: '2025-11-20', nextDueOn: '2026-02-20', bucket: 'overdue' });
    expect((await rpc(backend, 'health:client', { clientId: client.id })).parts.find((part) => part.key === 'review')!.fact.code).toBe(
      'review.overdue',
    );

    await record(client.id, '2026-03-10');
    expect((await due())[0]).toMatchObject({ lastReviewOn: '2026-03-10', nextDueOn: '2026-06-10', bucket: 'upcoming' });
    expect((await rpc(backend, 'clients:get', { id: client.id })).nextReviewOn).toBe('2026-06-10');
    expect((await rpc(backend, 'clients:list', {}))[0]!.nextReviewOn).toBe('2026-06-10');
    const review = (await rpc(backend, 'health:client', { clientId: client.id })).parts.find((part) => part.key === 'review')!;
    expect(review.fact).toEqual({ code: 'review.onTrack', values: { dueOn: '2026-06-10' } });
    const dashboard = await rpc(backend, 'dashboard:get', { managerId: null });
    expect(dashboard).toMatchObject({ reviewsOverdue: 0, reviewsDueThisMonth: 0 });
  });
});

describe('scheduling reviews', () => {
  it("plans a review with the firm's agenda and the client's manager, and moves it", async () => {
    const { client, manager, adviser, schedule, due } = await firm();
    const review = await schedule(client.id, '2026-03-15');
    expect(review).toMatchObject({
      clientId: client.id,
      status: 'scheduled',
      managerId: manager.id,
      scheduledOn: '2026-03-15',
      heldOn: null,
      agenda: defaultPacketSettings.agendaTemplate,
      attendees: [],
      decisions: [],
      createdAt: now().toISOString(),
    });
    expect((await due())[0]!.scheduled).toEqual({ reviewId: review.id, on: '2026-03-15' });

    const moved = await schedule(client.id, '2026-04-02', { reviewId: review.id, managerId: adviser.id, agenda: ['Fees', 'Goals'] });
    expect(moved).toMatchObject({ id: review.id, scheduledOn: '2026-04-02', managerId: adviser.id, agenda: ['Fees', 'Goals'] });
    const again = await schedule(client.id, '2026-04-03', { reviewId: review.id });
    expect(again).toMatchObject({ scheduledOn: '2026-04-03', managerId: adviser.id, agenda: ['Fees', 'Goals'] });
    expect((await due())[0]!.scheduled).toEqual({ reviewId: review.id, on: '2026-04-03' });
  });

  it('refuses a day gone by, a second plan, an inactive manager, a review that is not this one to move, and clients not reviewed', async () => {
    const { backend, client, gone, addClient, schedule, record, refused } = await firm();
    await refused(() => schedule(client.id, '2026-03-14'), 'INVALID_INPUT', 'on');
    await refused(() => schedule(client.id, '2026-04-01', { managerId: gone.id }), 'INVALID_INPUT', 'managerId');
    await refused(() => schedule('cl_nobody', '2026-04-01'), 'NOT_FOUND', 'clientId');
    const prospect = await addClient({ name: 'A Prospect', status: 'prospect' });
    await refused(() => schedule(prospect.id, '2026-04-01'), 'INVALID_INPUT', 'clientId');

    const planned = await schedule(client.id, '2026-04-01');
    await refused(() => schedule(client.id, '2026-04-08'), 'CONFLICT', 'clientId');
    const other = await addClient({ name: 'Other Household' });
    await refused(() => schedule(other.id, '2026-04-08', { reviewId: planned.id }), 'INVALID_INPUT', 'reviewId');
    await refused(() => schedule(client.id, '2026-04-08', { reviewId: 'rv_nothing' }), 'NOT_FOUND', 'reviewId');

    const held = await record(other.id, '2026-03-01');
    await refused(() => schedule(other.id, '2026-04-08', { reviewId: held.id }), 'CONFLICT', 'reviewId');
    await rpc(backend, 'reviews:cancel', { id: planned.id });
    await refused(() => schedule(client.id, '2026-04-08', { reviewId: planned.id }), 'CONFLICT', 'reviewId');
    // Once the plan is cancelled, a new one can be made.
    expect((await schedule(client.id, '2026-04-08')).id).not.toBe(planned.id);
  });

  it('changes the agenda and cancels only while the review is scheduled', async () => {
    const { backend, client, schedule, record, refused } = await firm();
    const planned = await schedule(client.id, '2026-04-01');
    const updated = await rpc(backend, 'reviews:setAgenda', { id: planned.id, agenda: ['Your new grandchild', 'College savings'] });
    expect(updated.agenda).toEqual(['Your new grandchild', 'College savings']);
    await refused(() => rpc(backend, 'reviews:setAgenda', { id: 'rv_nothing', agenda: [] }), 'NOT_FOUND', 'id');

    const held = await record(client.id, '2026-03-12', { reviewId: planned.id });
    await refused(() => rpc(backend, 'reviews:setAgenda', { id: held.id, agenda: ['Late'] }), 'CONFLICT', 'id');
    await refused(() => rpc(backend, 'reviews:cancel', { id: held.id }), 'CONFLICT', 'id');

    const next = await schedule(client.id, '2026-06-01');
    expect(await rpc(backend, 'reviews:cancel', { id: next.id })).toMatchObject({ status: 'cancelled', scheduledOn: '2026-06-01' });
    await refused(() => rpc(backend, 'reviews:cancel', { id: next.id }), 'CONFLICT', 'id');
  });
});

describe('recording reviews', () => {
  it('marks the scheduled review held and turns decisions into tasks in the same change', async () => {
    const { backend, client, manager, adviser, schedule, record } = await firm();
    const planned = await schedule(client.id, '2026-03-15', { managerId: adviser.id, agenda: ['Fees'] });
    const seq = backend.store.seq;
    const held = await record(client.id, '2026-03-15', {
      reviewId: planned.id,
      attendees: ['Ann Lee', 'Tom Lee'],
      notes: 'All well.',
      decisions: [
        { text: 'Send updated beneficiary forms', ownerId: adviser.id, dueOn: '2026-04-01', makeTask: true },
        { text: 'Think about the college fund', ownerId: null, dueOn: '2026-09-01' },
      ],
    });
    expect(backend.store.seq).toBe(seq + 1);
    expect(held).toMatchObject({
      id: planned.id,
      status: 'held',
      managerId: adviser.id,
      scheduledOn: '2026-03-15',
      heldOn: '2026-03-15',
      agenda: ['Fees'],
      attendees: ['Ann Lee', 'Tom Lee'],
      notes: 'All well.',
    });
    const [made, kept] = held.decisions;
    expect(made).toMatchObject({ text: 'Send updated beneficiary forms', ownerId: adviser.id, dueOn: '2026-04-01' });
    expect(kept).toMatchObject({ text: 'Think about the college fund', ownerId: null, taskId: null });

    const tasks = await rpc(backend, 'tasks:list', { clientId: client.id });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.task).toMatchObject({
      id: made!.taskId,
      clientId: client.id,
      title: 'Send updated beneficiary forms',
      assigneeId: adviser.id,
      dueOn: '2026-04-01',
      status: 'open',
      createdById: manager.id,
    });
    expect(tasks[0]!.task.notes).toBe('Decided at the review with The Lee Household held on 2026-03-15.');
    expect(await rpc(backend, 'reviews:forClient', { clientId: client.id })).toEqual([held]);
  });

  it('records a review nobody scheduled, run by whoever records it, keeping a long decision whole in the task notes', async () => {
    const { backend, client, manager, record } = await firm();
    const text = `Move the savings into the bond fund ${'and check the fees again '.repeat(10)}`.trim();
    const held = await record(client.id, '2026-03-02', { decisions: [{ text, ownerId: manager.id, dueOn: '2026-03-30', makeTask: true }] });
    expect(held).toMatchObject({ status: 'held', managerId: manager.id, scheduledOn: null, agenda: defaultPacketSettings.agendaTemplate });
    const [row] = await rpc(backend, 'tasks:list', { clientId: client.id });
    expect(Array.from(row!.task.title)).toHaveLength(200);
    expect(row!.task.title.endsWith('…')).toBe(true);
    expect(row!.task.notes).toContain(text);
  });

  it('refuses incomplete decisions, a day still to come, inactive people and a review already held, changing nothing', async () => {
    const { client, gone, record, schedule, refused } = await firm();
    const task = (fields: { ownerId?: string; dueOn?: string }) => ({ text: 'Rebalance', makeTask: true, ...fields });
    await refused(
      () => record(client.id, '2026-03-10', { decisions: [task({ dueOn: '2026-04-01' })] }),
      'INVALID_INPUT',
      'decisions.0.ownerId',
    );
    const ownerId = (await schedule(client.id, '2026-03-20')).managerId;
    await refused(
      () => record(client.id, '2026-03-10', { decisions: [{ text: 'Fine', ownerId, dueOn: null }, task({ ownerId })] }),
      'INVALID_INPUT',
      'decisions.1.dueOn',
    );
    await refused(
      () => record(client.id, '2026-03-10', { decisions: [task({ ownerId: gone.id, dueOn: '2026-04-01' })] }),
      'INVALID_INPUT',
      'decisions.0.ownerId',
    );
    await refused(() => record(client.id, '2026-03-10', { byId: gone.id }), 'INVALID_INPUT', 'byId');
    const held = await record(client.id, '2026-03-10');
    await refused(() => record(client.id, '2026-03-11', { reviewId: held.id }), 'CONFLICT', 'reviewId');
  });

  it('lists a client’s reviews newest first', async () => {
    const { backend, client, record, schedule } = await firm();
    const first = await record(client.id, '2025-06-01');
    const planned = await schedule(client.id, '2026-05-01');
    const second = await record(client.id, '2025-12-01');
    const ids = (await rpc(backend, 'reviews:forClient', { clientId: client.id })).map((review) => review.id);
    expect(ids).toEqual([planned.id, second.id, first.id]);
  });
});
