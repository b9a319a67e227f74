import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, firstOccurrence, nextOccurrence, recurrenceProblem, withExplicitDay } from '../../../shared/domain/recurrence';
import { Recurrence, type RecurrenceInput } from '../../../shared/model';

const rule = (input: RecurrenceInput) => Recurrence.parse(input);

/** The due days of a series, first included, until it ends or `max` days are listed. */
function series(input: RecurrenceInput, first: string, max = 20): string[] {
  const recurrence = withExplicitDay(rule(input), first);
  const days = [first];
  while (days.length < max) {
    const day = nextOccurrence(recurrence, days.at(-1)!, days.length);
    if (day === null) break;
    days.push(day);
  }
  return days;
}

describe('nextOccurrence', () => {
  it('keeps month ends: Jan 31 → Feb 28 → Mar 31 → Apr 30', () => {
    expect(series({ frequency: 'monthly', interval: 1 }, '2026-01-31', 5)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
    ]);
  });

  it('falls back to the last day for the 29th and 30th in shorter months', () => {
    expect(series({ frequency: 'monthly', interval: 1, dayOfMonth: 30 }, '2026-01-30', 4)).toEqual([
      '2026-01-30',
      '2026-02-28',
      '2026-03-30',
      '2026-04-30',
    ]);
    expect(series({ frequency: 'monthly', interval: 1, dayOfMonth: 29 }, '2028-01-29', 3)).toEqual([
      '2028-01-29',
      '2028-02-29',
      '2028-03-29',
    ]);
  });

  it('repeats Feb 29 yearly on Feb 28 in common years and Feb 29 in leap years', () => {
    expect(series({ frequency: 'yearly', interval: 1 }, '2028-02-29', 6)).toEqual([
      '2028-02-29',
      '2029-02-28',
      '2030-02-28',
      '2031-02-28',
      '2032-02-29',
      '2033-02-28',
    ]);
  });

  it('repeats quarterly on the same day, and quarter ends stay quarter ends', () => {
    expect(series({ frequency: 'quarterly', interval: 1 }, '2026-01-15', 5)).toEqual([
      '2026-01-15',
      '2026-04-15',
      '2026-07-15',
      '2026-10-15',
      '2027-01-15',
    ]);
    expect(series({ frequency: 'quarterly', interval: 1, dayOfMonth: 31 }, '2026-03-31', 4)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });

  it('repeats weekly on a weekday, and every two weeks', () => {
    // 2026-03-04 is a Wednesday; the rule names Friday.
    const fridays = withExplicitDay(rule({ frequency: 'weekly', interval: 1, weekday: 5 }), '2026-03-04');
    expect(nextOccurrence(fridays, '2026-03-06', 1)).toBe('2026-03-13');
    expect(series({ frequency: 'weekly', interval: 2 }, '2026-03-02', 4)).toEqual(['2026-03-02', '2026-03-16', '2026-03-30', '2026-04-13']);
  });

  it('repeats every N days and every N months', () => {
    expect(series({ frequency: 'daily', interval: 10 }, '2026-02-25', 3)).toEqual(['2026-02-25', '2026-03-07', '2026-03-17']);
    expect(series({ frequency: 'monthly', interval: 2, dayOfMonth: 31 }, '2026-01-31', 4)).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
    ]);
  });

  it('stops after count occurrences and after until, which is inclusive', () => {
    expect(series({ frequency: 'monthly', interval: 1, count: 3 }, '2026-01-10')).toEqual(['2026-01-10', '2026-02-10', '2026-03-10']);
    expect(series({ frequency: 'weekly', interval: 1, until: '2026-03-16' }, '2026-03-02')).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(series({ frequency: 'weekly', interval: 1, until: '2026-03-15' }, '2026-03-02')).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('follows the rule from the due day given, so a skipped or late occurrence does not shift the series', () => {
    const monthly = withExplicitDay(rule({ frequency: 'monthly', interval: 1 }), '2026-01-31');
    // Whatever day the work was done, the next is computed from the due day of the current one.
    expect(nextOccurrence(monthly, '2026-02-28', 2)).toBe('2026-03-31');
  });
});

describe('daylight saving', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(['America/New_York', 'Europe/London', 'Australia/Sydney', 'UTC'])(
    'keeps a weekly Monday on Mondays across the US and EU changes (process zone %s)',
    (timeZone) => {
      process.env.TZ = timeZone;
      // US clocks change on 8 March 2026, EU clocks on 29 March; back on 25 October and 1 November.
      const spring = series({ frequency: 'weekly', interval: 1 }, '2026-03-02', 6);
      expect(spring).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']);
      const autumn = series({ frequency: 'weekly', interval: 1 }, '2026-10-19', 4);
      expect(autumn).toEqual(['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09']);
      expect(series({ frequency: 'daily', interval: 1 }, '2026-03-28', 3)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    },
  );
});

describe('firstOccurrence', () => {
  it('is the first day on or after the start that fits the rule', () => {
    expect(firstOccurrence(rule({ frequency: 'monthly', interval: 1, dayOfMonth: 31 }), '2026-02-10')).toBe('2026-02-28');
    expect(firstOccurrence(rule({ frequency: 'monthly', interval: 3, dayOfMonth: 5 }), '2026-01-10')).toBe('2026-02-05');
    expect(firstOccurrence(rule({ frequency: 'weekly', interval: 2, weekday: 1 }), '2026-03-02')).toBe('2026-03-02');
    expect(firstOccurrence(rule({ frequency: 'weekly', interval: 1, weekday: 1 }), '2026-03-03')).toBe('2026-03-09');
    expect(firstOccurrence(rule({ frequency: 'daily', interval: 3 }), '2026-03-03')).toBe('2026-03-03');
  });

  it('is null when the rule ends before any day fits', () => {
    expect(firstOccurrence(rule({ frequency: 'weekly', interval: 1, weekday: 1, until: '2026-03-08' }), '2026-03-03')).toBeNull();
  });
});

describe('recurrenceProblem', () => {
  it('names the field of a repeat that can never fire', () => {
    expect(recurrenceProblem(rule({ frequency: 'weekly', interval: 1 }), null)?.path).toBe('dueOn');
    expect(recurrenceProblem(rule({ frequency: 'weekly', interval: 1, until: '2026-03-01' }), '2026-03-02')?.path).toBe('recurrence.until');
    expect(recurrenceProblem(rule({ frequency: 'weekly', interval: 1, weekday: 1, until: '2026-03-08' }), '2026-03-03')?.path).toBe(
      'recurrence.until',
    );
    expect(recurrenceProblem(rule({ frequency: 'monthly', interval: 1, weekday: 2 }), '2026-03-03')?.path).toBe('recurrence.weekday');
    expect(recurrenceProblem(rule({ frequency: 'weekly', interval: 1, dayOfMonth: 2 }), '2026-03-03')?.path).toBe('recurrence.dayOfMonth');
    expect(recurrenceProblem(rule({ frequency: 'weekly', interval: 1, until: '2026-03-02' }), '2026-03-02')).toBeNull();
  });
});

describe('addWorkingDays', () => {
  // The week of Monday 1 June 2026: from each day, one, two and five working days on.
  it.each([
    ['Monday', '2026-06-01', '2026-06-02', '2026-06-03', '2026-06-08'],
    ['Tuesday', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-09'],
    ['Wednesday', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-10'],
    ['Thursday', '2026-06-04', '2026-06-05', '2026-06-08', '2026-06-11'],
    ['Friday', '2026-06-05', '2026-06-08', '2026-06-09', '2026-06-12'],
    ['Saturday', '2026-06-06', '2026-06-08', '2026-06-09', '2026-06-12'],
    ['Sunday', '2026-06-07', '2026-06-08', '2026-06-09', '2026-06-12'],
  ])('counts from a %s (%s) past the weekend', (_weekday, day, oneOn, twoOn, fiveOn) => {
    expect(addWorkingDays(day, 0)).toBe(day);
    expect(addWorkingDays(day, 1)).toBe(oneOn);
    expect(addWorkingDays(day, 2)).toBe(twoOn);
    expect(addWorkingDays(day, 5)).toBe(fiveOn);
  });

  it('crosses month ends, a year end, a leap day and two weekends', () => {
    expect(addWorkingDays('2026-07-31', 1)).toBe('2026-08-03');
    expect(addWorkingDays('2026-01-30', 2)).toBe('2026-02-03');
    expect(addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
    expect(addWorkingDays('2028-02-25', 2)).toBe('2028-02-29');
    expect(addWorkingDays('2027-02-26', 1)).toBe('2027-03-01');
    expect(addWorkingDays('2026-06-01', 10)).toBe('2026-06-15');
  });
});
