// "Today" is the firm's day in the time zone its settings name (issue 19), not this computer's:
// every desk of an office, and a laptop abroad, agree on what is overdue.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract';
import { expectRefused, rpc, smallFirm } from '../../fixtures/backend';

/** 20:30 UTC on 10 March: already 02:00 on the 11th in Kolkata, still 13:30 on the 10th in Los Angeles. */
const now = () => new Date('2026-03-10T20:30:00.000Z');

async function firmIn(timeZone: string) {
  const firm = await smallFirm(now);
  await rpc(firm.backend, 'settings:update', { timeZone });
  const task = (title: string, dueOn: string) =>
    rpc(firm.backend, 'tasks:create', { title, clientId: null, assigneeId: firm.manager.id, byId: firm.manager.id, dueOn });
  await task('Due on the 10th', '2026-03-10');
  await task('Due on the 11th', '2026-03-11');
  return firm;
}

const titles = (rows: { task: { title: string } }[]) => rows.map((row) => row.task.title);

describe('today is the firm’s day, in its time zone', () => {
  it.each([
    { timeZone: 'Asia/Kolkata', today: '2026-03-11', overdue: ['Due on the 10th'], dueToday: ['Due on the 11th'], upcoming: [] },
    { timeZone: 'America/Los_Angeles', today: '2026-03-10', overdue: [], dueToday: ['Due on the 10th'], upcoming: ['Due on the 11th'] },
  ])('a firm in $timeZone counts tasks from $today', async ({ timeZone, today, overdue, dueToday, upcoming }) => {
    const { backend, manager } = await firmIn(timeZone);
    const day = await rpc(backend, 'tasks:myDay', { assigneeId: manager.id });
    expect(day.today).toBe(today);
    expect({ overdue: titles(day.overdue), dueToday: titles(day.dueToday), upcoming: titles(day.upcoming) }).toEqual({
      overdue,
      dueToday,
      upcoming,
    });
    expect(titles(await rpc(backend, 'tasks:list', { overdue: true }))).toEqual(overdue);
    const dashboard = await rpc(backend, 'dashboard:get', { managerId: null });
    expect(dashboard.today).toBe(today);
  });

  it('follows the firm to a new time zone at once', async () => {
    const { backend, manager } = await firmIn('America/Los_Angeles');
    expect((await rpc(backend, 'tasks:myDay', { assigneeId: manager.id })).today).toBe('2026-03-10');
    await rpc(backend, 'settings:update', { timeZone: 'Asia/Kolkata' });
    const day = await rpc(backend, 'tasks:myDay', { assigneeId: manager.id });
    expect([day.today, titles(day.overdue)]).toEqual(['2026-03-11', ['Due on the 10th']]);
    expect((await rpc(backend, 'dashboard:get', { managerId: null })).today).toBe('2026-03-11');
  });

  it.each([
    { timeZone: 'Asia/Kolkata', refused: true },
    { timeZone: 'America/Los_Angeles', refused: false },
  ])(
    'a call at 20:00 UTC on 10 March is on the firm’s day in $timeZone: a follow-up on the 10th refused is $refused',
    async ({ timeZone, refused }) => {
      const { backend, client, manager } = await firmIn(timeZone);
      const log = () =>
        rpc(backend, 'interactions:log', {
          clientId: client.id,
          kind: 'call',
          at: '2026-03-10T20:00:00.000Z',
          staffId: manager.id,
          summary: 'Called.',
          followUpOn: '2026-03-10',
        });
      if (refused) await expectRefused(backend, log, 'INVALID_INPUT', 'followUpOn');
      else expect((await log()).followUpOn).toBe('2026-03-10');
    },
  );

  it.each([
    { timeZone: 'Asia/Kolkata', nextReviewOn: '2026-06-11' },
    { timeZone: 'America/Los_Angeles', nextReviewOn: '2026-06-10' },
  ])(
    'a meeting at 20:30 UTC on 10 March is on the firm’s day in $timeZone: the next review is due $nextReviewOn',
    async ({ timeZone, nextReviewOn }) => {
      const { backend, client, manager } = await firmIn(timeZone);
      await rpc(backend, 'interactions:log', {
        clientId: client.id,
        kind: 'meeting',
        at: now().toISOString(),
        staffId: manager.id,
        summary: 'Met.',
      });
      // A tier A client with no review held counts its quarterly review from its last meeting.
      expect((await rpc(backend, 'clients:get', { id: client.id })).nextReviewOn).toBe(nextReviewOn);
      expect((await rpc(backend, 'clients:list', {}))[0]!.nextReviewOn).toBe(nextReviewOn);
    },
  );

  it.each([
    { timeZone: 'Asia/Kolkata', issues: [] },
    { timeZone: 'America/Los_Angeles', issues: [{ path: 'clientSince', key: 'rules.pastDay' }] },
  ])(
    'at 20:30 UTC on 10 March, a client since the 11th is in the future for a firm in $timeZone: $issues',
    async ({ timeZone, issues }) => {
      const { backend, manager } = await firmIn(timeZone);
      const input = { name: 'New', tier: 'B', primaryManagerId: manager.id, clientSince: '2026-03-11' };
      const result = await dispatch(backend.handlers, 'clients:create', input, { actor: 'tester' });
      expect(result.ok ? [] : result.error.issues).toMatchObject(issues);
    },
  );
});
