import * as rruleModule from 'rrule';
import type { Options } from 'rrule';
import { message, type Message } from '../messages';
import type { Recurrence } from '../model/work';

/**
 * rrule ships CommonJS for Node and ES modules for bundlers. Under Node's own ES module loader
 * (tsx: the browser host, benchmarks) its exports sit on `default`; bundlers give them directly.
 */
const { RRule, Frequency } = (Reflect.get(rruleModule, 'default') as typeof rruleModule | undefined) ?? rruleModule;

/**
 * Recurring tasks work in calendar days only: every day is midnight UTC, so neither the
 * workstation's time zone nor a daylight-saving change can move an occurrence to another day.
 * The time of day is kept apart on the task (`dueTime`), as a wall-clock time.
 */
const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** ISO weekday of a day: Monday = 1 … Sunday = 7. */
function weekdayOf(day: string): number {
  return ((toDate(day).getUTCDay() + 6) % 7) + 1;
}

/** `days` working days after `day`, Saturdays and Sundays not counted. */
export function addWorkingDays(day: string, days: number): string {
  let result = day;
  for (let left = days; left > 0;) {
    result = addDays(result, 1);
    if (weekdayOf(result) <= 5) left -= 1;
  }
  return result;
}

/**
 * The rule with its day made explicit from the first due date when it names none: weekly repeats
 * keep that weekday, the others that day of the month. Stored this way, a series that started on
 * the 31st stays on month ends after passing through a 28th.
 */
export function withExplicitDay(rule: Recurrence, firstDay: string): Recurrence {
  if (rule.frequency === 'weekly' && rule.weekday === null) return { ...rule, weekday: weekdayOf(firstDay) };
  if ((rule.frequency === 'monthly' || rule.frequency === 'quarterly' || rule.frequency === 'yearly') && rule.dayOfMonth === null) {
    return { ...rule, dayOfMonth: toDate(firstDay).getUTCDate() };
  }
  return rule;
}

/** rrule options for `rule` counted from `from`; `interval` is overridden to find a first matching day. */
function ruleOptions(rule: Recurrence, from: string, interval = rule.interval): Partial<Options> {
  const dtstart = toDate(from);
  const options: Partial<Options> = { dtstart, interval, wkst: 0 };
  switch (rule.frequency) {
    case 'daily':
      options.freq = Frequency.DAILY;
      break;
    case 'weekly':
      options.freq = Frequency.WEEKLY;
      // rrule counts weekdays from Monday = 0.
      options.byweekday = [(rule.weekday ?? weekdayOf(from)) - 1];
      break;
    case 'monthly':
    case 'quarterly':
    case 'yearly': {
      options.freq = rule.frequency === 'yearly' ? Frequency.YEARLY : Frequency.MONTHLY;
      if (rule.frequency === 'quarterly') options.interval = interval * 3;
      if (rule.frequency === 'yearly') options.bymonth = [dtstart.getUTCMonth() + 1];
      const day = rule.dayOfMonth ?? dtstart.getUTCDate();
      if (day <= 28) {
        options.bymonthday = [day];
      } else {
        // The 29th–31st, or the month's last day when it is shorter: the last of 28…day that exists.
        options.bymonthday = Array.from({ length: day - 27 }, (_, i) => 28 + i);
        options.bysetpos = [-1];
      }
      break;
    }
  }
  return options;
}

/** The first day on or after `startDay` that fits the rule's weekday or day of the month; null when that is past `until`. */
export function firstOccurrence(rule: Recurrence, startDay: string): string | null {
  const found = new RRule(ruleOptions(rule, startDay, 1)).after(toDate(startDay), true);
  if (!found) return null;
  const day = toDay(found);
  return rule.until !== null && day > rule.until ? null : day;
}

/**
 * The due day of the occurrence after the one due `fromDay`, which is occurrence number
 * `occurrenceNumber` (1-based) of its series. The next follows the rule from that due day, not
 * from when the work was done. Null when the series has ended: `count` reached, or past `until`
 * (inclusive).
 */
export function nextOccurrence(rule: Recurrence, fromDay: string, occurrenceNumber: number): string | null {
  if (rule.count !== null && occurrenceNumber >= rule.count) return null;
  const found = new RRule(ruleOptions(rule, fromDay)).after(toDate(fromDay), false);
  if (!found) return null;
  const day = toDay(found);
  return rule.until !== null && day > rule.until ? null : day;
}

/** Why a rule cannot fire, as the field at fault, what is wrong with it and the whole sentence (message keys); null when it can. */
export function recurrenceProblem(rule: Recurrence, firstDay: string | null): { path: string; issue: Message; sentence: Message } | null {
  if (firstDay === null) {
    return { path: 'dueOn', issue: message('issues.requiredToRepeat'), sentence: message('refused.repeatNeedsDueDate') };
  }
  if (rule.weekday !== null && rule.frequency !== 'weekly') {
    return { path: 'recurrence.weekday', issue: message('issues.onlyWeekly'), sentence: message('refused.weekdayOnlyWeekly') };
  }
  if (rule.dayOfMonth !== null && (rule.frequency === 'daily' || rule.frequency === 'weekly')) {
    return {
      path: 'recurrence.dayOfMonth',
      issue: message('issues.onlyMonthlyOrLonger'),
      sentence: message('refused.dayOfMonthOnlyMonthly'),
    };
  }
  if (rule.until !== null && rule.until < firstDay) {
    return { path: 'recurrence.until', issue: message('issues.notBeforeFirstDue'), sentence: message('refused.repeatEndsBeforeFirstDue') };
  }
  if (firstOccurrence(rule, firstDay) === null) {
    return { path: 'recurrence.until', issue: message('issues.endsBeforeRuleFits'), sentence: message('refused.repeatEndsBeforeRuleFits') };
  }
  return null;
}
