import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { dispatch, type In } from '../../../shared/contract';
import { expectRefused, rpc, smallFirm, testCtx } from '../../fixtures/backend';

/** Noon UTC on the firm's day: the small firm's days are UTC's. */
let clock = new Date('2026-01-31T12:00:00.000Z');
const now = () => clock;

afterEach(() => {
  clock = new Date('2026-01-31T12:00:00.000Z');
});

type Draft = In<'tasks:create'>;

async function firm() {
  const firm = await smallFirm(now);
  const create = (draft: Partial<Draft>) =>
    rpc(firm.backend, 'tasks:create', { title: 'Task', assigneeId: firm.manager.id, byId: firm.manager.id, ...draft });
  const complete = (id: string) => rpc(firm.backend, 'tasks:complete', { id, byId: firm.manager.id });
  return { ...firm, create, complete };
}

function titles(rows: { task: { title: string } }[]): string[] {
  return rows.map((row) => row.task.title);
}

describe('creating and changing tasks', () => {
  it('creates a task with its defaults, checklist ids and names on the row', async () => {
    const { backend, create, manager, client, adviser } = await firm();
    const task = await create({
      title: 'Send the review pack',
      clientId: client.id,
      assigneeId: adviser.id,
      dueOn: '2026-02-03',
      dueTime: '14:30',
      checklist: [{ text: 'Valuation' }, { text: 'Fees', done: true }],
    });
    expect(task).toMatchObject({
      status: 'open',
      priority: 'normal',
      category: 'follow_up',
      createdById: manager.id,
      createdAt: clock.toISOString(),
      updatedAt: clock.toISOString(),
      recurrence: null,
      seriesId: null,
      skipped: false,
      completedAt: null,
    });
    expect(task.checklist.map((item) => [item.text, item.done])).toEqual([
      ['Valuation', false],
      ['Fees', true],
    ]);
    expect(new Set(task.checklist.map((item) => item.id)).size).toBe(2);
    const [row] = await rpc(backend, 'tasks:list', { clientId: client.id });
    expect(row).toMatchObject({ clientName: 'The Lee Household', assigneeName: 'Ben Ortiz', complaint: false });
  });

  it('refuses bad input in main and writes nothing', async () => {
    const { backend, create, gone, manager } = await firm();
    const seq = backend.store.seq;
    const badDay = await dispatch(
      backend.handlers,
      'tasks:create',
      { title: 'T', assigneeId: manager.id, byId: manager.id, dueOn: '2026-02-30' },
      testCtx,
    );
    expect(badDay).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'dueOn' }] } });
    const badTime = await dispatch(
      backend.handlers,
      'tasks:create',
      { title: 'T', assigneeId: manager.id, byId: manager.id, dueOn: '2026-02-03', dueTime: '25:00' },
      testCtx,
    );
    expect(badTime).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'dueTime' }] } });
    expect(backend.store.seq).toBe(seq);

    const monthly = { frequency: 'monthly', interval: 1 } as const;
    await expectRefused(backend, () => create({ recurrence: monthly }), 'INVALID_INPUT', 'dueOn');
    await expectRefused(
      backend,
      () => create({ dueOn: '2026-02-10', recurrence: { ...monthly, until: '2026-02-09' } }),
      'INVALID_INPUT',
      'recurrence.until',
    );
    await expectRefused(
      backend,
      () => create({ dueOn: '2026-02-10', recurrence: { ...monthly, dayOfMonth: 31, until: '2026-02-20' } }),
      'INVALID_INPUT',
      'recurrence.until',
    );
    await expectRefused(backend, () => create({ dueTime: '09:00' }), 'INVALID_INPUT', 'dueTime');
    await expectRefused(backend, () => create({ assigneeId: gone.id }), 'INVALID_INPUT', 'assigneeId');
    await expectRefused(backend, () => create({ clientId: 'cl_nobody' }), 'NOT_FOUND', 'clientId');
    await expectRefused(backend, () => create({ requestId: 'rq_nobody' }), 'INVALID_INPUT', 'requestId');
  });

  it('updates fields, refuses a never-firing repeat under changes, and starts a series when a repeat is added', async () => {
    const { backend, create, manager, gone } = await firm();
    const task = await create({ dueOn: '2026-02-10' });
    const update = (changes: In<'tasks:update'>['changes']) => rpc(backend, 'tasks:update', { id: task.id, byId: manager.id, changes });
    await expectRefused(backend, () => update({ assigneeId: gone.id }), 'INVALID_INPUT', 'changes.assigneeId');
    await expectRefused(
      backend,
      () => update({ recurrence: { frequency: 'weekly', interval: 1, until: '2026-02-01' } }),
      'INVALID_INPUT',
      'changes.recurrence.until',
    );
    const repeating = await update({ recurrence: { frequency: 'weekly', interval: 1 }, priority: 'high' });
    // 10 February 2026 is a Tuesday: the rule keeps it.
    expect(repeating).toMatchObject({ priority: 'high', seriesId: task.id, occurrence: 1, recurrence: { weekday: 2 } });
    const cancelled = await update({ status: 'cancelled' });
    expect(cancelled.status).toBe('cancelled');
    expect((await update({ status: 'open' })).status).toBe('open');
  });

  it('links a task to a service request and flags it when the request is a complaint', async () => {
    const { backend, create, client, manager } = await firm();
    const complaint = await rpc(backend, 'requests:create', {
      clientId: client.id,
      type: 'complaint',
      channel: 'letter',
      description: 'Fees were higher than agreed.',
      byId: manager.id,
    });
    const task = await create({ title: 'Answer the complaint', requestId: complaint.id, dueOn: '2026-02-02' });
    expect(task).toMatchObject({ requestId: complaint.id, clientId: client.id });
    const [row] = await rpc(backend, 'tasks:list', { assigneeId: manager.id });
    expect(row!.complaint).toBe(true);
    const other = await rpc(backend, 'clients:create', { name: 'The Kim Household', tier: 'C', primaryManagerId: manager.id });
    await expectRefused(backend, () => create({ requestId: complaint.id, clientId: other.id }), 'INVALID_INPUT', 'clientId');
  });
});

describe('repeating tasks', () => {
  it('completes a monthly task due Jan 31 into Feb 28, then Mar 31, keeping its time and resetting the checklist', async () => {
    const { backend, create, complete, manager } = await firm();
    const first = await create({
      title: 'Month-end check',
      dueOn: '2026-01-31',
      dueTime: '16:00',
      checklist: [{ text: 'Trade exceptions', done: true }],
      recurrence: { frequency: 'monthly', interval: 1 },
    });
    expect(first).toMatchObject({ seriesId: first.id, occurrence: 1, recurrence: { dayOfMonth: 31 } });
    // Done late, on 3 February: the next is still due by the rule from 31 January.
    clock = new Date('2026-02-03T12:00:00.000Z');
    const step = await complete(first.id);
    expect(step.task).toMatchObject({ status: 'done', completedById: manager.id, completedAt: clock.toISOString() });
    expect(step.next).toMatchObject({
      dueOn: '2026-02-28',
      dueTime: '16:00',
      status: 'open',
      seriesId: first.id,
      occurrence: 2,
      createdAt: clock.toISOString(),
    });
    expect(step.next!.checklist.map((item) => item.done)).toEqual([false]);
    const third = await complete(step.next!.id);
    expect(third.next!.dueOn).toBe('2026-03-31');
    expect(backend.store.get('tasks', third.next!.id)).toEqual(third.next);
  });

  it('stops a count=3 series after its third occurrence and an until series on its last day', async () => {
    const { create, complete } = await firm();
    let task = await create({ dueOn: '2026-02-02', recurrence: { frequency: 'weekly', interval: 1, count: 3 } });
    const due: string[] = [task.dueOn!];
    for (;;) {
      const { next } = await complete(task.id);
      if (!next) break;
      due.push(next.dueOn!);
      task = next;
    }
    expect(due).toEqual(['2026-02-02', '2026-02-09', '2026-02-16']);

    const until = await create({ dueOn: '2026-02-02', recurrence: { frequency: 'daily', interval: 7, until: '2026-02-09' } });
    const second = (await complete(until.id)).next!;
    expect(second.dueOn).toBe('2026-02-09');
    expect((await complete(second.id)).next).toBeNull();
  });

  it('starts on the first day that fits the rule', async () => {
    const { create } = await firm();
    // 4 February 2026 is a Wednesday; the task repeats on Fridays.
    const task = await create({ dueOn: '2026-02-04', recurrence: { frequency: 'weekly', interval: 2, weekday: 5 } });
    expect(task.dueOn).toBe('2026-02-06');
  });

  it('skips an occurrence: marked skipped and cancelled, and the next one is created', async () => {
    const { backend, create, manager } = await firm();
    const task = await create({ dueOn: '2026-02-02', recurrence: { frequency: 'quarterly', interval: 1 } });
    const { task: skipped, next } = await rpc(backend, 'tasks:skip', { id: task.id, byId: manager.id });
    expect(skipped).toMatchObject({ status: 'cancelled', skipped: true, completedAt: null });
    expect(next).toMatchObject({ dueOn: '2026-05-02', occurrence: 2, skipped: false, status: 'open' });
    const oneOff = await rpc(backend, 'tasks:create', { title: 'Once', assigneeId: manager.id, byId: manager.id });
    await expectRefused(backend, () => rpc(backend, 'tasks:skip', { id: oneOff.id, byId: manager.id }), 'INVALID_INPUT', 'id');
    await expectRefused(backend, () => rpc(backend, 'tasks:skip', { id: task.id, byId: manager.id }), 'CONFLICT', 'id');
  });

  it('reopens a completed task without deleting its next occurrence, and does not make the next twice', async () => {
    const { backend, create, complete, manager } = await firm();
    const task = await create({ dueOn: '2026-02-02', recurrence: { frequency: 'monthly', interval: 1 } });
    const { next } = await complete(task.id);
    const reopened = await rpc(backend, 'tasks:reopen', { id: task.id, byId: manager.id });
    expect(reopened).toMatchObject({ status: 'open', completedAt: null, completedById: null });
    expect(backend.store.get('tasks', next!.id)).toBeDefined();
    await expectRefused(backend, () => rpc(backend, 'tasks:reopen', { id: task.id, byId: manager.id }), 'CONFLICT', 'id');
    const again = await complete(task.id);
    expect(again.next!.id).toBe(next!.id);
    expect((await rpc(backend, 'tasks:list', {})).filter((row) => row.task.seriesId === task.id)).toHaveLength(2);
    await expectRefused(backend, () => complete(task.id), 'CONFLICT', 'id');
  });

  it.each(['America/New_York', 'Europe/Berlin'])(
    'keeps a weekly task on its weekday and its time across the daylight-saving change (%s)',
    async (timeZone) => {
      const zone = process.env.TZ;
      process.env.TZ = timeZone;
      try {
        const { create, complete } = await firm();
        // Mondays from 2 March 2026: the US changes on 8 March, the EU on 29 March.
        let task = await create({ dueOn: '2026-03-02', dueTime: '09:30', recurrence: { frequency: 'weekly', interval: 1 } });
        const seen: string[] = [];
        for (let i = 0; i < 6; i++) {
          seen.push(`${task.dueOn} ${task.dueTime}`);
          task = (await complete(task.id)).next!;
        }
        expect(seen).toEqual([
          '2026-03-02 09:30',
          '2026-03-09 09:30',
          '2026-03-16 09:30',
          '2026-03-23 09:30',
          '2026-03-30 09:30',
          '2026-04-06 09:30',
        ]);
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
    },
  );
});

describe('bulk actions', () => {
  async function threeTasks() {
    const setup = await firm();
    const a = await setup.create({ title: 'A', dueOn: '2026-02-02' });
    const b = await setup.create({ title: 'B', dueOn: '2026-02-03', recurrence: { frequency: 'monthly', interval: 1 } });
    const c = await setup.create({ title: 'C', dueOn: '2026-02-04' });
    return { ...setup, ids: [a.id, b.id, c.id] };
  }
  const bulk = (backend: Backend, input: In<'tasks:bulk'>) => rpc(backend, 'tasks:bulk', input);

  it('refuses the whole change when one part is bad, and changes nothing', async () => {
    const { backend, ids, manager, gone } = await threeTasks();
    const before = await rpc(backend, 'tasks:list', {});
    await expectRefused(
      backend,
      () => bulk(backend, { ids, action: { kind: 'reassign', assigneeId: gone.id }, byId: manager.id }),
      'INVALID_INPUT',
      'action.assigneeId',
    );
    await expectRefused(
      backend,
      () => bulk(backend, { ids: [...ids, 'ta_nobody'], action: { kind: 'complete' }, byId: manager.id }),
      'NOT_FOUND',
      'ids.3',
    );
    expect(await rpc(backend, 'tasks:list', {})).toEqual(before);
  });

  it('completes (creating next occurrences), reassigns and reschedules, counting what changed', async () => {
    const { backend, ids, manager, adviser } = await threeTasks();
    expect(await bulk(backend, { ids, action: { kind: 'reassign', assigneeId: adviser.id }, byId: manager.id })).toEqual({ changed: 3 });
    expect(await bulk(backend, { ids, action: { kind: 'reassign', assigneeId: adviser.id }, byId: manager.id })).toEqual({ changed: 0 });
    expect(await bulk(backend, { ids: ids.slice(0, 2), action: { kind: 'reschedule', dueOn: '2026-02-20' }, byId: manager.id })).toEqual({
      changed: 2,
    });
    expect(ids.map((id) => backend.store.get('tasks', id)!.dueOn)).toEqual(['2026-02-20', '2026-02-20', '2026-02-04']);
    expect(await bulk(backend, { ids, action: { kind: 'complete' }, byId: manager.id })).toEqual({ changed: 3 });
    const open = await rpc(backend, 'tasks:list', { status: 'open_any' });
    // Task B repeats monthly on the 3rd (its first due day), from its moved due day of 20 February.
    expect(open.map((row) => [row.task.title, row.task.dueOn, row.task.occurrence])).toEqual([['B', '2026-03-03', 2]]);
  });
});

describe('my day, counts and team load', () => {
  it('groups one person’s open work by the firm’s day, sorted by due date, time and priority', async () => {
    const { backend, create, manager, adviser, client } = await firm();
    // Today is 31 January 2026.
    await create({ title: 'overdue', dueOn: '2026-01-20', clientId: client.id });
    await create({ title: 'today untimed low', dueOn: '2026-01-31', priority: 'low' });
    await create({ title: 'today untimed high', dueOn: '2026-01-31', priority: 'high' });
    await create({ title: 'today 09:00', dueOn: '2026-01-31', dueTime: '09:00' });
    await create({ title: 'in a week', dueOn: '2026-02-07' });
    await create({ title: 'tomorrow', dueOn: '2026-02-01' });
    await create({ title: 'later', dueOn: '2026-02-08' });
    await create({ title: 'undated' });
    await create({ title: 'waiting and overdue', dueOn: '2026-01-10', status: 'waiting_client' });
    await create({ title: 'waiting undated', status: 'waiting_colleague' });
    await create({ title: 'done', dueOn: '2026-01-20', status: 'done' });
    await create({ title: 'someone else', dueOn: '2026-01-20', assigneeId: adviser.id });

    const day = await rpc(backend, 'tasks:myDay', { assigneeId: manager.id });
    expect(day.today).toBe('2026-01-31');
    expect(titles(day.overdue)).toEqual(['overdue']);
    expect(day.overdue[0]!.clientName).toBe('The Lee Household');
    expect(titles(day.dueToday)).toEqual(['today 09:00', 'today untimed high', 'today untimed low']);
    expect(titles(day.upcoming)).toEqual(['tomorrow', 'in a week']);
    expect(titles(day.waiting)).toEqual(['waiting and overdue', 'waiting undated']);

    expect(await rpc(backend, 'tasks:counts', { memberId: manager.id })).toEqual({
      overdue: 1,
      dueToday: 3,
      openRequests: 0,
      overdueRequests: 0,
    });
    expect(titles(await rpc(backend, 'tasks:list', { overdue: true }))).toEqual(['overdue', 'someone else']);
    expect(titles(await rpc(backend, 'tasks:list', { assigneeId: manager.id, status: 'done' }))).toEqual(['done']);

    const load = await rpc(backend, 'tasks:teamLoad', {});
    expect(load.map((row) => row.name)).toEqual(['Ann Lee', 'Ben Ortiz', 'Cara Diaz', 'Dev Rao', 'Eve Gone']);
    expect(load[0]).toMatchObject({ open: 10, overdue: 1, dueToday: 3, waiting: 2, openRequests: 0, active: true });
    expect(load[1]).toMatchObject({ open: 1, overdue: 1 });
    await expectRefused(backend, () => rpc(backend, 'tasks:myDay', { assigneeId: 'tm_nobody' }), 'NOT_FOUND', 'assigneeId');
  });

  it('counts a member’s open and overdue service requests', async () => {
    const { backend, manager, client } = await firm();
    const request = (receivedAt: string) =>
      rpc(backend, 'requests:create', {
        clientId: client.id,
        type: 'money_movement',
        channel: 'phone',
        description: 'Move cash.',
        receivedAt,
        byId: manager.id,
      });
    await request('2026-01-29T09:00:00.000Z');
    await request('2026-01-31T09:00:00.000Z');
    expect(await rpc(backend, 'tasks:counts', { memberId: manager.id })).toMatchObject({ openRequests: 2, overdueRequests: 1 });
  });
});
