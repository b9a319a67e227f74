/**
 * iCalendar (RFC 5545) files: events written as calendar programs read them. Written here rather
 * than with a library: the one for Node 20 (ical-generator 10) writes DTSTAMP in local time once a
 * calendar names a zone and reads wall times through the host's own zone, and none writes
 * VTIMEZONE, which RFC 5545 requires for every TZID used.
 */

/** An event's time: all day, or from a wall-clock time in a time zone for some minutes. */
export type CalendarWhen = { day: string } | { day: string; time: string; minutes: number; timeZone: string };

export interface CalendarEvent {
  /** Stable for the thing it shows, so a calendar that gets the file again updates the event instead of adding one. */
  uid: string;
  when: CalendarWhen;
  summary: string;
  description?: string;
  location?: string;
  /** An http(s) link (already checked). */
  url?: string;
  organizer?: { name: string; email: string };
  attendees?: ReadonlyArray<{ name: string; email: string }>;
  /** When the thing it shows last changed, ISO. */
  lastModified?: string;
}

/** This computer's time zone: main runs on the workstation (Electron) or beside the browser it serves. */
export function hostTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const productId = '-//Clientbook//Clientbook Reviews//EN';
/** RFC 5545 3.1: a content line is at most 75 octets, not counting the line break. */
const lineOctets = 75;
const dayMs = 86_400_000;
const minuteMs = 60_000;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma escaped, line breaks as \n, other control characters dropped. */
function text(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what TEXT may not hold
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (character) => `\\${character}`)
      .replace(/\n/g, '\\n')
  );
}

/** A parameter value (CN): quoted, without the double quotes and control characters it may not hold. */
function parameter(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a parameter may not hold
  return `"${value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/** One content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
function folded(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > lineOctets) {
      parts.push(current);
      // A continuation line starts with a space, which counts toward its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDDTHHMMSS` of a UTC instant's fields, i.e. of a wall time held as UTC milliseconds. */
function wallStamp(ms: number): string {
  const at = new Date(ms);
  return `${at.getUTCFullYear()}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}T${two(at.getUTCHours())}${two(at.getUTCMinutes())}${two(at.getUTCSeconds())}`;
}

/** A wall time `day` `time` as UTC milliseconds of its fields (no zone applied). */
function wallMs(day: string, time = '00:00'): number {
  return Date.parse(`${day}T${time}:00Z`);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes, from this computer's time zone data. */
function offsetMinutes(timeZone: string, instantMs: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const field = Object.fromEntries(format.formatToParts(new Date(instantMs)).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(field.year!, field.month! - 1, field.day!, field.hour!, field.minute!, field.second!);
  return Math.round((wall - Math.floor(instantMs / 1000) * 1000) / minuteMs);
}

function utcOffset(minutes: number): string {
  const size = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(size / 60))}${two(size % 60)}`;
}

/**
 * The VTIMEZONE for `timeZone` over whole years `fromYear`..`toYear`: its offset at the start and
 * every change of offset after, found in this computer's time zone data, so the file says exactly
 * what the workstation's clock does. A change to a larger offset is daylight time.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1) - dayMs;
  const end = Date.UTC(toYear + 1, 0, 1) + dayMs;
  const changes: Array<{ at: number; from: number; to: number }> = [];
  let offset = offsetMinutes(timeZone, start);
  const first = offset;
  // Offsets change at most a few times a year and never twice in a day: test each day, then find the minute.
  for (let day = start; day < end; day += dayMs) {
    const next = offsetMinutes(timeZone, day + dayMs);
    if (next === offset) continue;
    let before = day;
    let after = day + dayMs;
    while (after - before > minuteMs) {
      const middle = before + Math.floor((after - before) / 2 / minuteMs) * minuteMs;
      if (offsetMinutes(timeZone, middle) === offset) before = middle;
      else after = middle;
    }
    changes.push({ at: after, from: offset, to: next });
    offset = next;
  }
  const standard = Math.min(first, ...changes.map((change) => change.to));
  const observance = (at: number, from: number, to: number) => {
    const kind = to > standard ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the wall time just before the change, by the offset in force until then.
    return [
      `BEGIN:${kind}`,
      `DTSTART:${wallStamp(at + from * minuteMs)}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to)}`,
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(start, first, first),
    ...changes.flatMap((change) => observance(change.at, change.from, change.to)),
    'END:VTIMEZONE',
  ];
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const { when } = event;
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`];
  if ('time' in when) {
    const start = wallMs(when.day, when.time);
    lines.push(
      `DTSTART;TZID=${when.timeZone}:${wallStamp(start)}`,
      `DTEND;TZID=${when.timeZone}:${wallStamp(start + when.minutes * minuteMs)}`,
    );
  } else {
    // An all-day event ends at the start of the next day.
    const start = wallMs(when.day);
    lines.push(`DTSTART;VALUE=DATE:${wallStamp(start).slice(0, 8)}`, `DTEND;VALUE=DATE:${wallStamp(start + dayMs).slice(0, 8)}`);
  }
  lines.push(`SUMMARY:${text(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${text(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${text(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.organizer) lines.push(`ORGANIZER;CN=${parameter(event.organizer.name)}:mailto:${event.organizer.email}`);
  for (const attendee of event.attendees ?? []) {
    lines.push(`ATTENDEE;CN=${parameter(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${attendee.email}`);
  }
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcStamp(new Date(event.lastModified))}`);
  lines.push('END:VEVENT');
  return lines;
}

/** An instant in UTC, `YYYYMMDDTHHMMSSZ`. */
function utcStamp(at: Date): string {
  return `${wallStamp(Math.floor(at.getTime() / 1000) * 1000)}Z`;
}

/**
 * A whole iCalendar file: CRLF line ends, lines folded at 75 octets, TEXT escaped, DTSTAMP `stamp`
 * in UTC, and one VTIMEZONE for each zone the events use, covering their years. At least one event:
 * a calendar without any is not a valid file.
 */
export function calendarText(events: readonly CalendarEvent[], stamp: Date): string {
  if (events.length === 0) throw new Error('A calendar file needs at least one event');
  const years = new Map<string, { from: number; to: number }>();
  for (const { when } of events) {
    if (!('time' in when)) continue;
    const year = Number(when.day.slice(0, 4));
    const seen = years.get(when.timeZone);
    years.set(when.timeZone, { from: Math.min(seen?.from ?? year, year), to: Math.max(seen?.to ?? year, year) });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    ...[...years].flatMap(([timeZone, { from, to }]) => vtimezone(timeZone, from, to)),
    ...events.flatMap((event) => eventLines(event, utcStamp(stamp))),
    'END:VCALENDAR',
  ];
  return `${lines.map(folded).join('\r\n')}\r\n`;
}
