import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  localDayOf,
  localDayStartMs,
  localToday,
  zonedDayOf,
  zonedDayStartMs,
  zonedDayTime,
  zonedToday,
} from '../../../shared/domain/local-day';

const zoneAtStart = process.env.TZ;

/** Runs with the workstation's clock in `zone`; Node reads TZ again when it changes. */
function inZone(zone: string): void {
  process.env.TZ = zone;
}

afterEach(() => {
  if (zoneAtStart === undefined) delete process.env.TZ;
  else process.env.TZ = zoneAtStart;
});

describe('local days', () => {
  it('counts today as the workstation’s calendar does, not as UTC does', () => {
    inZone('America/New_York');
    // 22:30 on 5 January in New York is already the 6th in UTC.
    expect(localToday(new Date('2026-01-06T03:30:00Z'))).toBe('2026-01-05');
    inZone('Australia/Sydney');
    // A 9 am meeting in Sydney is that day's meeting, though UTC is still on the day before.
    expect(localDayOf('2026-03-09T22:00:00Z')).toBe('2026-03-10');
  });

  it('pads months and days and starts a day at local midnight', () => {
    inZone('Asia/Kolkata');
    expect(localDayOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDayStartMs('2026-01-05')).toBe(new Date(2026, 0, 5).getTime());
    expect(localDayOf(new Date(localDayStartMs('2026-12-31')))).toBe('2026-12-31');
  });
});

/** Every TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('one way to say which day it is', () => {
  it('has no other local-day formatter, and nothing takes today from a UTC instant', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const own = path.join(root, 'shared/domain/local-day.ts');
    const files = ['renderer', 'shared', 'electron', 'tests/e2e', 'tests/component'].flatMap((dir) => sources(path.join(root, dir)));
    const found = files
      .filter((file) => file !== own)
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        // `${d.getFullYear()}-${…}`: a day built by hand from local parts; `now.toISOString().slice(0, 10)`: today in UTC.
        return /getFullYear\(\)\}-/.test(text) || /\b(now|new Date\(\))\.toISOString\(\)\.slice\(0, 10\)/.test(text);
      })
      .map((file) => path.relative(root, file));
    expect(found).toEqual([]);
  });
});

describe('days and times in the firm’s zone', () => {
  it('gives the firm’s wall-clock day and time, whatever this computer’s zone', () => {
    inZone('America/New_York');
    // 20:00 UTC on 31 March is 01:30 on 1 April in Kolkata, and 16:00 on the 31st in New York.
    expect(zonedDayTime('2026-03-31T20:00:00Z', 'Asia/Kolkata')).toEqual({ day: '2026-04-01', time: '01:30' });
    expect(zonedDayOf(new Date('2026-03-31T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-04-01');
    expect(zonedDayTime('2026-03-31T18:29:00Z', 'Asia/Kolkata')).toEqual({ day: '2026-03-31', time: '23:59' });
  });

  it('falls back to this computer’s zone for a zone its Intl does not know', () => {
    inZone('Asia/Kolkata');
    expect(zonedDayTime('2026-03-31T20:00:00Z', 'Mars/Olympus_Mons')).toEqual({ day: '2026-04-01', time: '01:30' });
  });

  it('starts the firm’s day at its midnight, on the days its clocks change too', () => {
    inZone('Pacific/Auckland');
    expect(new Date(zonedDayStartMs('2026-03-11', 'Asia/Kolkata')).toISOString()).toBe('2026-03-10T18:30:00.000Z');
    // Los Angeles moves its clocks on at 2 am on 8 March: that day begins in standard time, the next in summer time.
    expect(new Date(zonedDayStartMs('2026-03-08', 'America/Los_Angeles')).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(new Date(zonedDayStartMs('2026-03-09', 'America/Los_Angeles')).toISOString()).toBe('2026-03-09T07:00:00.000Z');
    // Chile moves its clocks on at midnight on 6 September: that day's first moment is 01:00.
    expect(new Date(zonedDayStartMs('2026-09-06', 'America/Santiago')).toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('counts today in the firm’s zone, across its midnight, in any zone asked', () => {
    inZone('America/Los_Angeles');
    const at = (iso: string) => new Date(iso);
    expect(zonedToday(at('2026-03-10T18:29:59.999Z'), 'Asia/Kolkata')).toBe('2026-03-10');
    expect(zonedToday(at('2026-03-10T18:30:00.000Z'), 'Asia/Kolkata')).toBe('2026-03-11');
    expect(zonedToday(at('2026-03-10T20:30:00.000Z'), 'America/Los_Angeles')).toBe('2026-03-10');
    expect(zonedToday(at('2026-03-10T20:30:00.000Z'), 'Asia/Kolkata')).toBe('2026-03-11');
    // Back in time, as a test's clock may go.
    expect(zonedToday(at('2026-03-10T18:29:59.999Z'), 'Asia/Kolkata')).toBe('2026-03-10');
    expect(zonedToday(at('2026-03-11T18:30:00.000Z'), 'Asia/Kolkata')).toBe('2026-03-12');
  });
});
