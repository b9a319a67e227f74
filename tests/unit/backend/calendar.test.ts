import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { putOp } from '../../../electron/backend/store';
import { dispatch, type In } from '../../../shared/contract';
import type { Review } from '../../../shared/model';
import { bookState, expectRefused, reopened, rpc, smallFirm, testCtx, type Ports } from '../../fixtures/backend';
import { expectWellFormedLines, parsedCalendar } from '../../fixtures/calendar';
import { FakeDesktop } from '../../fixtures/ports';
import { tempDir } from '../../fixtures/temp-dir';

/** Noon UTC: the same calendar day in every workstation zone from UTC−11 to UTC+11. */
const now = () => new Date('2026-03-15T12:00:00.000Z');

async function firm(ports: Ports = {}) {
  const base = await smallFirm(now, ports);
  const { backend, client, manager } = base;
  const sam = await rpc(backend, 'people:create', {
    clientId: client.id,
    name: 'Sam Lee',
    relationship: 'primary',
    email: 'sam@example.com',
    isPrimaryContact: true,
  });
  const kim = await rpc(backend, 'people:create', { clientId: client.id, name: 'Kim Lee', relationship: 'spouse_partner' });
  const schedule = (on: string, more: Partial<In<'reviews:schedule'>> = {}, clientId = client.id) =>
    rpc(backend, 'reviews:schedule', { clientId, on, ...more });
  const calendar = (query: In<'calendar:file'>) => rpc(backend, 'calendar:file', query);
  const refused = async (attempt: () => Promise<unknown>, code: Parameters<typeof expectRefused>[2], field?: string) => {
    const before = bookState(backend);
    await expectRefused(backend, attempt, code, field);
    expect(bookState(backend)).toBe(before);
  };
  /** Sends raw input as a transport would; the answer is the refusal's code and the fields it names. */
  const refusal = async <C extends 'reviews:schedule' | 'calendar:file'>(channel: C, input: In<C>) => {
    const before = bookState(backend);
    const result = await dispatch(backend.handlers, channel, input, testCtx);
    expect(bookState(backend)).toBe(before);
    return result.ok ? 'accepted' : { code: result.error.code, fields: result.error.issues?.map((issue) => issue.path) };
  };
  const otherClient = (name: string, primaryManagerId = manager.id) =>
    rpc(backend, 'clients:create', { name, tier: 'B', primaryManagerId });
  return { ...base, sam, kim, schedule, calendar, refused, refusal, otherClient };
}

describe('scheduling a review meeting', () => {
  it('keeps its time, length, zone, place and invitees (with their emails), and keeps them when only the day moves', async () => {
    const { client, manager, adviser, sam, kim, schedule } = await firm();
    const review = await schedule('2026-04-10', {
      time: '14:30',
      durationMinutes: 90,
      timeZone: 'Europe/London',
      place: { kind: 'video', link: 'https://meet.example.com/lee-review' },
      personIds: [sam.id, kim.id, sam.id],
      memberIds: [adviser.id],
    });
    expect(review).toMatchObject({
      clientId: client.id,
      managerId: manager.id,
      scheduledOn: '2026-04-10',
      time: '14:30',
      durationMinutes: 90,
      timeZone: 'Europe/London',
      place: { kind: 'video', link: 'https://meet.example.com/lee-review' },
      invitees: [
        { kind: 'person', id: sam.id, name: 'Sam Lee', email: 'sam@example.com' },
        { kind: 'person', id: kim.id, name: 'Kim Lee', email: null },
        { kind: 'member', id: adviser.id, name: 'Ben Ortiz', email: 'ben@example.com' },
      ],
    });

    const moved = await schedule('2026-04-17', { reviewId: review.id });
    expect(moved).toMatchObject({
      scheduledOn: '2026-04-17',
      time: '14:30',
      durationMinutes: 90,
      place: review.place,
      invitees: review.invitees,
    });
    const allDay = await schedule('2026-04-17', { reviewId: review.id, time: null, place: null, personIds: [] });
    expect(allDay).toMatchObject({ time: null, place: null, invitees: [review.invitees![2]] });
  });

  it('plans an all-day meeting of an hour in main’s zone when nothing more is said', async () => {
    const { schedule } = await firm();
    expect(await schedule('2026-04-10')).toMatchObject({
      time: null,
      durationMinutes: 60,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      place: null,
      invitees: [],
    });
  });

  it('refuses a link that is not a web page, an unknown zone, another household’s person and an inactive member, changing nothing', async () => {
    const { backend, client, gone, schedule, refused, refusal, otherClient } = await firm();
    const other = await otherClient('Other Household');
    const stranger = await rpc(backend, 'people:create', { clientId: other.id, name: 'Pat Other', relationship: 'primary' });
    const planned = (more: Partial<In<'reviews:schedule'>>) =>
      refusal('reviews:schedule', { clientId: client.id, on: '2026-04-10', ...more });
    for (const link of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/x', 'meet.example.com']) {
      expect(await planned({ place: { kind: 'video', link } }), link).toEqual({ code: 'INVALID_INPUT', fields: ['place.link'] });
    }
    expect(await planned({ place: { kind: 'phone', phone: '555' } })).toEqual({ code: 'INVALID_INPUT', fields: ['place.phone'] });
    expect(await planned({ timeZone: 'Mars/Olympus_Mons' })).toEqual({ code: 'INVALID_INPUT', fields: ['timeZone'] });
    expect(await planned({ time: '25:00' })).toEqual({ code: 'INVALID_INPUT', fields: ['time'] });
    expect(await planned({ durationMinutes: 0 })).toEqual({ code: 'INVALID_INPUT', fields: ['durationMinutes'] });
    await refused(() => schedule('2026-04-10', { personIds: [stranger.id] }), 'INVALID_INPUT', 'personIds.0');
    await refused(() => schedule('2026-04-10', { memberIds: [gone.id] }), 'INVALID_INPUT', 'memberIds.0');
    expect(await rpc(backend, 'reviews:forClient', { clientId: client.id })).toEqual([]);
  });

  it('still opens a book whose scheduled review was planned before meetings had times, and offers it as an all-day event', async () => {
    const { backend, dataDir, client, manager } = await firm();
    const old = {
      id: 'rv_old',
      clientId: client.id,
      status: 'scheduled',
      managerId: manager.id,
      scheduledOn: '2026-04-02',
      heldOn: null,
      agenda: ['Fees'],
      attendees: [],
      notes: '',
      decisions: [],
      createdAt: '2026-01-01T09:00:00.000Z',
      updatedAt: '2026-01-01T09:00:00.000Z',
    } satisfies Review;
    await backend.store.mutate('tester', () => ({ ops: [putOp('reviews', old)], result: null }));
    await backend.close();
    const again = await reopened(backend, dataDir, now);

    expect(await rpc(again, 'reviews:forClient', { clientId: client.id })).toEqual([old]);
    const { events } = parsedCalendar((await rpc(again, 'calendar:file', { of: 'review', id: old.id })).text);
    expect(events.map((event) => [event.startDate.toString(), event.startDate.isDate])).toEqual([['2026-04-02', true]]);
    // Moving it gives it the details it lacked.
    expect(await rpc(again, 'reviews:schedule', { clientId: client.id, reviewId: old.id, on: '2026-04-03', time: '09:00' })).toMatchObject({
      time: '09:00',
      durationMinutes: 60,
      invitees: [],
    });
  });
});

describe('calendar files', () => {
  it('makes one review an RFC 5545 event at its time in its zone, with place, invitees with emails, and a stable UID', async () => {
    const { client, adviser, sam, kim, schedule, calendar } = await firm();
    const review = await schedule('2026-04-10', {
      time: '14:30',
      durationMinutes: 90,
      timeZone: 'America/New_York',
      place: { kind: 'office', address: '1 Main St, Springfield' },
      personIds: [sam.id, kim.id],
      memberIds: [adviser.id],
    });
    const file = await calendar({ of: 'review', id: review.id });
    expect(file).toMatchObject({ fileName: '2026-04-10 Review - The Lee Household.ics', events: 1 });
    expectWellFormedLines(file.text);
    expect(file.text).toContain('\r\nDTSTAMP:20260315T120000Z\r\n');
    expect(file.text).toContain('\r\nDTSTART;TZID=America/New_York:20260410T143000\r\n');

    const [event] = parsedCalendar(file.text).events;
    expect(event!.uid).toBe(`review-${review.id}@clientbook.app`);
    expect(event!.summary).toBe('Review with The Lee Household');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-04-10T18:30:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-04-10T20:00:00.000Z');
    expect(event!.location).toBe('1 Main St, Springfield');
    expect(event!.organizer).toBe('mailto:ann@example.com');
    // Kim has no email: she is named in the description, as calendars can only invite an address.
    expect(event!.attendees.map((attendee) => attendee.getFirstValue())).toEqual(['mailto:sam@example.com', 'mailto:ben@example.com']);
    expect(event!.description).toContain('Invited: Sam Lee, Kim Lee, Ben Ortiz.');
    expect(event!.description).toContain('1. Welcome and changes in your circumstances');

    const moved = await schedule('2026-04-11', { reviewId: review.id, place: { kind: 'phone', phone: '+1 555-0142' } });
    const [again] = parsedCalendar((await calendar({ of: 'review', id: moved.id })).text).events;
    expect(again!.uid).toBe(event!.uid);
    expect(again!.location).toBe('Phone call: +1 555-0142');
    expect(client.id).toBe(moved.clientId);
  });

  it('makes a whole month of scheduled reviews one file, for one manager when asked, and says when the month has none', async () => {
    const { backend, manager, adviser, schedule, calendar, refused, refusal, otherClient } = await firm();
    const first = await schedule('2026-04-20', {
      time: '10:00',
      timeZone: 'Europe/Berlin',
      place: { kind: 'video', link: 'https://v.example.com/a' },
    });
    const second = await otherClient('Alpha Trust');
    await schedule('2026-04-03', {}, second.id);
    const third = await otherClient('Beta Household', adviser.id);
    await schedule('2026-04-20', { managerId: adviser.id, time: '09:00', timeZone: 'Europe/Berlin' }, third.id);
    const cancelled = await otherClient('Gamma Family');
    await rpc(backend, 'reviews:cancel', { id: (await schedule('2026-04-21', {}, cancelled.id)).id });
    await schedule('2026-05-02', {}, (await otherClient('Delta Trust')).id);

    const april = await calendar({ of: 'month', month: '2026-04' });
    expect(april).toMatchObject({ fileName: '2026-04 Reviews.ics', events: 3 });
    expectWellFormedLines(april.text);
    const { calendar: parsed, events } = parsedCalendar(april.text);
    expect(parsed.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(events.map((event) => [event.summary, event.startDate.toString()])).toEqual([
      ['Review with Alpha Trust', '2026-04-03'],
      ['Review with Beta Household', '2026-04-20T09:00:00'],
      ['Review with The Lee Household', '2026-04-20T10:00:00'],
    ]);
    expect(events[2]!.uid).toBe(`review-${first.id}@clientbook.app`);
    expect(events[2]!.component.getFirstPropertyValue('url')).toBe('https://v.example.com/a');

    const mine = await calendar({ of: 'month', month: '2026-04', managerId: manager.id });
    expect(parsedCalendar(mine.text).events.map((event) => event.summary)).toEqual([
      'Review with Alpha Trust',
      'Review with The Lee Household',
    ]);
    await refused(() => calendar({ of: 'month', month: '2026-06' }), 'NOT_FOUND', 'month');
    expect(await refusal('calendar:file', { of: 'month', month: '2026-13' })).toEqual({ code: 'INVALID_INPUT', fields: ['month'] });
  });

  it('makes a task with a due date an all-day event, or half an hour from its due time, and refuses one without', async () => {
    const { backend, client, manager, calendar, refused } = await firm();
    const task = (more: Partial<In<'tasks:create'>>) =>
      rpc(backend, 'tasks:create', {
        title: 'Send the signed forms',
        clientId: client.id,
        assigneeId: manager.id,
        byId: manager.id,
        ...more,
      });
    const allDay = await task({ dueOn: '2026-03-20' });
    const file = await calendar({ of: 'task', id: allDay.id });
    expect(file.fileName).toBe('2026-03-20 Task - Send the signed forms.ics');
    expectWellFormedLines(file.text);
    const [event] = parsedCalendar(file.text).events;
    expect([event!.uid, event!.summary, event!.startDate.toString(), event!.startDate.isDate]).toEqual([
      `task-${allDay.id}@clientbook.app`,
      'Send the signed forms (The Lee Household)',
      '2026-03-20',
      true,
    ]);

    const timed = await task({ dueOn: '2026-03-20', dueTime: '16:00' });
    const [at] = parsedCalendar((await calendar({ of: 'task', id: timed.id })).text).events;
    expect([at!.startDate.toString(), at!.endDate.toString()]).toEqual(['2026-03-20T16:00:00', '2026-03-20T16:30:00']);

    const undated = await task({});
    await refused(() => calendar({ of: 'task', id: undated.id }), 'INVALID_INPUT', 'id');
    await refused(() => calendar({ of: 'task', id: 'tk_missing' }), 'NOT_FOUND', 'id');
    await refused(() => calendar({ of: 'review', id: 'rv_missing' }), 'NOT_FOUND', 'id');
  });

  it('puts a time with no zone of its own in the firm’s time zone, not this computer’s', async () => {
    const { backend, manager, schedule, calendar } = await firm();
    await rpc(backend, 'settings:update', { timeZone: 'Asia/Kolkata' });
    const task = await rpc(backend, 'tasks:create', {
      title: 'Call about the SIP',
      clientId: null,
      assigneeId: manager.id,
      byId: manager.id,
      dueOn: '2026-03-20',
      dueTime: '16:00',
    });
    const taskFile = (await calendar({ of: 'task', id: task.id })).text;
    expect(taskFile).toContain('\r\nDTSTART;TZID=Asia/Kolkata:20260320T160000\r\n');
    expect(taskFile).toContain('\r\nTZID:Asia/Kolkata\r\n');
    const [event] = parsedCalendar(taskFile).events;
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-03-20T10:30:00.000Z');

    const review = await schedule('2026-04-10', { time: '09:00', timeZone: 'Europe/London' });
    expect((await calendar({ of: 'review', id: review.id })).text).toContain('\r\nDTSTART;TZID=Europe/London:20260410T090000\r\n');
  });

  it('saves the file where the user chooses in the desktop app, and says the browser has no dialog', async () => {
    const desktop = new FakeDesktop();
    const { backend, schedule } = await firm({ desktop });
    const review = await schedule('2026-04-10', { time: '09:00' });
    const query = { of: 'review', id: review.id } as const;

    expect(await rpc(backend, 'calendar:save', query)).toEqual({ savedTo: null });
    desktop.savePath = path.join(await tempDir(), 'review.ics');
    expect(await rpc(backend, 'calendar:save', query)).toEqual({ savedTo: desktop.savePath });
    expect(desktop.saveNames).toEqual(['2026-04-10 Review - The Lee Household.ics', '2026-04-10 Review - The Lee Household.ics']);
    expect(await readFile(desktop.savePath, 'utf8')).toBe((await rpc(backend, 'calendar:file', query)).text);

    const browser = await firm();
    const planned = await browser.schedule('2026-04-10');
    await expectRefused(browser.backend, () => rpc(browser.backend, 'calendar:save', { of: 'review', id: planned.id }), 'UNAVAILABLE');
  });
});
