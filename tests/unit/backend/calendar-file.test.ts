import { describe, expect, it } from 'vitest';
import { calendarText, type CalendarEvent } from '../../../electron/backend/services/calendar-file';
import { expectWellFormedLines, parsedCalendar } from '../../fixtures/calendar';

const stamp = new Date('2026-03-15T12:00:00.000Z');
const meeting = (day: string, time: string, timeZone: string): CalendarEvent => ({
  uid: `${timeZone}-${day}-${time}@test`,
  when: { day, time, minutes: 45, timeZone },
  summary: `${timeZone} ${day} ${time}`,
});

describe('calendar files', () => {
  it('places wall times at the right instants in zones with and without daylight time, either hemisphere, and odd offsets', () => {
    // Each expected instant is the zone's published offset on that day, written out by hand.
    const cases: Array<[string, string, string, string]> = [
      ['America/New_York', '2026-01-15', '10:00', '2026-01-15T15:00:00.000Z'],
      ['America/New_York', '2026-07-01', '10:00', '2026-07-01T14:00:00.000Z'],
      ['America/New_York', '2026-11-01', '09:00', '2026-11-01T14:00:00.000Z'],
      ['Europe/Berlin', '2026-03-28', '12:00', '2026-03-28T11:00:00.000Z'],
      ['Europe/Berlin', '2026-03-29', '03:30', '2026-03-29T01:30:00.000Z'],
      ['Europe/London', '2026-06-10', '09:15', '2026-06-10T08:15:00.000Z'],
      ['Australia/Sydney', '2026-01-15', '10:00', '2026-01-14T23:00:00.000Z'],
      ['Australia/Sydney', '2026-07-01', '10:00', '2026-07-01T00:00:00.000Z'],
      ['Asia/Kolkata', '2026-09-09', '10:00', '2026-09-09T04:30:00.000Z'],
      ['Asia/Kathmandu', '2026-09-09', '10:00', '2026-09-09T04:15:00.000Z'],
      ['America/New_York', '2027-12-31', '23:30', '2028-01-01T04:30:00.000Z'],
    ];
    const text = calendarText(
      cases.map(([zone, day, time]) => meeting(day, time, zone)),
      stamp,
    );
    expectWellFormedLines(text);
    const { calendar, events } = parsedCalendar(text);
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
      'America/New_York',
      'Europe/Berlin',
      'Europe/London',
      'Australia/Sydney',
      'Asia/Kolkata',
      'Asia/Kathmandu',
    ]);
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(cases.map((item) => item[3]));
    expect(events.map((event) => event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime())).toEqual(
      cases.map(() => 45 * 60_000),
    );
    for (const event of events) expect(event.startDate.zone?.tzid).toBe(event.summary.split(' ')[0]);
  });

  it('writes DTSTAMP in UTC, all-day events as dates, and escapes and folds text without splitting a character', () => {
    const summary = `Review; Müller, "Ünal" & Søn ${'€'.repeat(40)} 👨‍👩‍👧`;
    const description = 'Agenda:\n1. Fees\\charges; review, then\r\n2. Next steps';
    const text = calendarText(
      [
        {
          uid: 'day@test',
          when: { day: '2026-12-31' },
          summary,
          description,
          location: 'Office, 1 Main St\nSpringfield',
          url: 'https://meet.example.com/abc?x=1&y=2',
          organizer: { name: 'Ann "the adviser" Lee', email: 'ann@example.com' },
          attendees: [{ name: 'Sam Lee', email: 'sam@example.com' }],
        },
      ],
      stamp,
    );
    expectWellFormedLines(text);
    expect(text).toContain('\r\nDTSTAMP:20260315T120000Z\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261231\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('Review\\; Müller\\, "Ünal"');
    expect(text).not.toContain('BEGIN:VTIMEZONE');

    const [event] = parsedCalendar(text).events;
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2026-12-31');
    expect(event!.summary).toBe(summary);
    expect(event!.description).toBe(description.replace('\r\n', '\n'));
    expect(event!.location).toBe('Office, 1 Main St\nSpringfield');
    expect(event!.component.getFirstPropertyValue('url')).toBe('https://meet.example.com/abc?x=1&y=2');
    expect(event!.organizer).toBe('mailto:ann@example.com');
    expect(event!.component.getFirstProperty('organizer')!.getParameter('cn')).toBe("Ann 'the adviser' Lee");
    expect(event!.attendees.map((attendee) => [attendee.getParameter('cn'), attendee.getFirstValue()])).toEqual([
      ['Sam Lee', 'mailto:sam@example.com'],
    ]);
  });
});
