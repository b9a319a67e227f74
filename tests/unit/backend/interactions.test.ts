import { describe, expect, it } from 'vitest';
import { bookState, expectRefused, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('interactions', () => {
  it('logs contact, moves lastContactAt only forward, and lists newest first by kind', async () => {
    const { backend, client, manager } = await smallFirm(fixedNow);
    const person = await rpc(backend, 'people:create', { clientId: client.id, name: 'Ann Lee', relationship: 'primary' });
    const log = (kind: 'call' | 'meeting' | 'email', at: string) =>
      rpc(backend, 'interactions:log', {
        clientId: client.id,
        kind,
        at,
        staffId: manager.id,
        personIds: [person.id],
        summary: `${kind} at ${at}`,
      });
    await log('call', '2026-11-20T10:00:00+02:00');
    expect(backend.store.get('clients', client.id)!.lastContactAt).toBe('2026-11-20T08:00:00.000Z');
    await log('meeting', '2026-10-01T09:00:00.000Z');
    expect(backend.store.get('clients', client.id)!.lastContactAt).toBe('2026-11-20T08:00:00.000Z');
    await log('email', '2026-11-25T09:00:00.000Z');
    expect(backend.store.get('clients', client.id)!.lastContactAt).toBe('2026-11-25T09:00:00.000Z');

    const all = await rpc(backend, 'interactions:list', { clientId: client.id });
    expect(all.map((i) => i.kind)).toEqual(['email', 'call', 'meeting']);
    expect(
      (await rpc(backend, 'interactions:list', { clientId: client.id, kinds: ['meeting', 'call'], limit: 1 })).map((i) => i.kind),
    ).toEqual(['call']);
  });

  it('refuses staff who are not active members and people of another household', async () => {
    const { backend, client, manager, gone } = await smallFirm(fixedNow);
    const other = await rpc(backend, 'clients:create', { name: 'The Kim Household', tier: 'C', primaryManagerId: manager.id });
    const stranger = await rpc(backend, 'people:create', { clientId: other.id, name: 'Jo Kim', relationship: 'primary' });
    const draft = { clientId: client.id, kind: 'call', at: '2026-11-20T10:00:00.000Z', staffId: manager.id, summary: 'Called.' } as const;
    await expectRefused(backend, () => rpc(backend, 'interactions:log', { ...draft, staffId: gone.id }), 'INVALID_INPUT', 'staffId');
    await expectRefused(
      backend,
      () => rpc(backend, 'interactions:log', { ...draft, personIds: [stranger.id] }),
      'INVALID_INPUT',
      'personIds.0',
    );
    await expectRefused(backend, () => rpc(backend, 'interactions:log', { ...draft, clientId: 'cl_nobody' }), 'NOT_FOUND', 'clientId');
    await expectRefused(backend, () => rpc(backend, 'interactions:list', { clientId: 'cl_nobody' }), 'NOT_FOUND', 'clientId');
    expect(backend.store.get('clients', client.id)!.lastContactAt).toBeNull();
  });

  it('makes a follow-up task for the person logging, due on the follow-up date, in My day, in one change with the contact', async () => {
    const { backend, client, manager, adviser } = await smallFirm(fixedNow);
    await rpc(backend, 'session:member', { memberId: adviser.id });
    const seq = backend.store.seq;
    const call = await rpc(backend, 'interactions:log', {
      clientId: client.id,
      kind: 'call',
      at: '2026-11-27T09:30:00.000Z',
      staffId: manager.id,
      summary: 'Asked about moving the ISA to the new platform.\nWants the fee comparison first.',
      followUpOn: '2026-11-30',
    });

    expect(backend.store.seq).toBe(seq + 1);
    const [task, ...others] = await rpc(backend, 'tasks:list', { clientId: client.id });
    expect(others).toEqual([]);
    expect(task).toMatchObject({
      clientName: 'The Lee Household',
      assigneeName: 'Ben Ortiz',
      task: {
        title: 'Follow up with The Lee Household: Asked about moving the ISA to the new platform.',
        clientId: client.id,
        interactionId: call.id,
        assigneeId: adviser.id,
        createdById: adviser.id,
        dueOn: '2026-11-30',
        category: 'follow_up',
        status: 'open',
        notes: 'Asked about moving the ISA to the new platform.\nWants the fee comparison first.',
      },
    });
    const myDay = await rpc(backend, 'tasks:myDay', { assigneeId: adviser.id });
    expect(myDay.upcoming.map((row) => row.task.id)).toEqual([task!.task.id]);

    const [entry] = (await rpc(backend, 'audit:list', { limit: 1 })).entries;
    expect(entry!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ op: 'create', c: 'interactions', id: call.id }),
        expect.objectContaining({ op: 'create', c: 'tasks', id: task!.task.id }),
      ]),
    );
  });

  it('gives the follow-up to whoever had the contact when nobody is chosen at the workstation, and cuts a long title', async () => {
    const { backend, client, manager } = await smallFirm(fixedNow);
    await rpc(backend, 'interactions:log', {
      clientId: client.id,
      kind: 'meeting',
      at: '2026-11-27T09:30:00.000Z',
      staffId: manager.id,
      summary: 'Went through the plan. '.repeat(20),
      followUpOn: '2026-11-27',
    });
    const [row] = (await rpc(backend, 'tasks:myDay', { assigneeId: manager.id })).dueToday;
    expect(row!.task.title).toHaveLength(200);
    expect(row!.task.title).toMatch(/^Follow up with The Lee Household: Went through the plan\. .*…$/);
  });

  it('makes no task without a follow-up date, and refuses one before the contact with nothing saved', async () => {
    const { backend, client, manager } = await smallFirm(fixedNow);
    const draft = { clientId: client.id, kind: 'call', at: '2026-11-20T10:00:00.000Z', staffId: manager.id, summary: 'Called.' } as const;
    await rpc(backend, 'interactions:log', draft);
    expect(await rpc(backend, 'tasks:list', { clientId: client.id })).toEqual([]);

    const before = bookState(backend);
    await expectRefused(
      backend,
      () => rpc(backend, 'interactions:log', { ...draft, followUpOn: '2026-11-19' }),
      'INVALID_INPUT',
      'followUpOn',
    );
    expect(bookState(backend)).toBe(before);
  });
});
