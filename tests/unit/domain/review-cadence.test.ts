import { describe, expect, it } from 'vitest';
import {
  addMonths,
  becameClientOn,
  cadenceMonths,
  lastHeldReviewOn,
  lastMeetingOn,
  lastReviewOn,
  nextReviewOn,
  reviewDueBucket,
  type ReviewSubject,
} from '../../../shared/domain/review-cadence';

const byTier = { A: 3, B: 6, C: 12 };
const kolkata = 'Asia/Kolkata';
const rules = { reviewCadenceMonths: byTier, timeZone: kolkata };
const subject = (overrides: Partial<ReviewSubject> = {}): ReviewSubject => ({
  status: 'active',
  archived: false,
  tier: 'B',
  reviewCadenceMonths: null,
  clientSince: '2021-03-15',
  createdAt: '2024-01-10T16:00:00.000Z',
  ...overrides,
});
/** An instant at a wall-clock time in Kolkata (UTC+05:30 all year), the firm's zone in these tests. */
const kolkataAt = (day: string, hour: number, minute = 0) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+05:30`).toISOString();
/** 20:30 UTC on 10 March: already the 11th in Kolkata, still the 10th in Los Angeles. */
const eveningUtc = '2026-03-10T20:30:00.000Z';
const held = (heldOn: string) => ({ status: 'held' as const, heldOn });

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-05-31', 36, '2029-05-31'],
    ['2026-05-31', -12, '2025-05-31'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('the last review', () => {
  it('is the newest held review, whatever order they come in; scheduled and cancelled ones do not count', () => {
    const reviews = [
      held('2026-02-10'),
      { status: 'scheduled' as const, heldOn: null },
      held('2026-05-04'),
      { status: 'cancelled' as const, heldOn: null },
      held('2025-11-20'),
    ];
    expect(lastHeldReviewOn(reviews)).toBe('2026-05-04');
    expect(lastHeldReviewOn(reviews, '2026-05-03')).toBe('2026-02-10');
    expect(lastHeldReviewOn(reviews, '2026-05-04')).toBe('2026-05-04');
    expect(lastHeldReviewOn([{ status: 'scheduled', heldOn: null }])).toBeNull();
  });

  it("takes a meeting's day in the firm's time zone, whatever the offset it was written with", () => {
    const lateEvening = kolkataAt('2026-05-31', 23, 30);
    const meetings = [
      { kind: 'meeting' as const, at: kolkataAt('2026-02-10', 9) },
      { kind: 'call' as const, at: kolkataAt('2026-09-01', 9) },
      // The same instant, written with a UTC−2 offset.
      { kind: 'meeting' as const, at: new Date(Date.parse(lateEvening) - 2 * 3_600_000).toISOString().replace('Z', '-02:00') },
    ];
    expect(lastMeetingOn(meetings, kolkata)).toBe('2026-05-31');
    expect(lastMeetingOn(meetings, kolkata, '2026-05-30')).toBe('2026-02-10');
    expect(lastMeetingOn(meetings, kolkata, '2026-05-31')).toBe('2026-05-31');
    expect(lastMeetingOn([{ kind: 'email', at: kolkataAt('2026-02-10', 9) }], kolkata)).toBeNull();
  });

  it("is the firm's day of the meeting, not this computer's or UTC's: the 11th in Kolkata, the 10th in Los Angeles", () => {
    const meetings = [{ kind: 'meeting' as const, at: eveningUtc }];
    expect(lastMeetingOn(meetings, kolkata)).toBe('2026-03-11');
    expect(lastMeetingOn(meetings, 'America/Los_Angeles')).toBe('2026-03-10');
    // Until the end of the firm's 10th, the Kolkata firm had not met yet; the Los Angeles firm had.
    expect(lastMeetingOn(meetings, kolkata, '2026-03-10')).toBeNull();
    expect(lastMeetingOn(meetings, 'America/Los_Angeles', '2026-03-10')).toBe('2026-03-10');
    // A tier A client (every 3 months) met then is due on the 11th of June in Kolkata, the 10th in Los Angeles.
    const client = subject({ tier: 'A' });
    expect(nextReviewOn(client, lastReviewOn([], meetings, kolkata), rules)).toBe('2026-06-11');
    const losAngeles = { ...rules, timeZone: 'America/Los_Angeles' };
    expect(nextReviewOn(client, lastReviewOn([], meetings, losAngeles.timeZone), losAngeles)).toBe('2026-06-10');
  });

  it('falls back to the newest meeting only until a review has been held', () => {
    const meetings = [{ kind: 'meeting' as const, at: kolkataAt('2026-06-01', 10) }];
    expect(lastReviewOn([], meetings, kolkata)).toBe('2026-06-01');
    expect(lastReviewOn([held('2026-03-02')], meetings, kolkata)).toBe('2026-03-02');
    // Before the review was held, the meeting before it is what was known.
    expect(lastReviewOn([held('2026-07-02')], [{ kind: 'meeting', at: kolkataAt('2026-01-05', 10) }], kolkata, '2026-06-30')).toBe(
      '2026-01-05',
    );
  });
});

describe('nextReviewOn', () => {
  it('counts the cadence from the last review, rolling month ends back', () => {
    expect(nextReviewOn(subject(), '2026-06-01', rules)).toBe('2026-12-01');
    expect(nextReviewOn(subject(), '2026-08-31', rules)).toBe('2027-02-28');
    expect(nextReviewOn(subject({ tier: 'A' }), '2025-11-30', rules)).toBe('2026-02-28');
    expect(nextReviewOn(subject({ tier: 'A' }), '2023-11-30', rules)).toBe('2024-02-29');
  });

  it("falls back to the client-since date, then the firm's day the client was entered", () => {
    expect(nextReviewOn(subject(), null, rules)).toBe('2021-09-15');
    expect(nextReviewOn(subject({ clientSince: null, createdAt: kolkataAt('2024-01-10', 16) }), null, rules)).toBe('2024-07-10');
    // Entered at 20:30 UTC on 10 March: the 11th in Kolkata, the 10th in Los Angeles.
    const entered = subject({ clientSince: null, createdAt: eveningUtc });
    expect(becameClientOn(entered, kolkata)).toBe('2026-03-11');
    expect(nextReviewOn(entered, null, rules)).toBe('2026-09-11');
    expect(nextReviewOn(entered, null, { ...rules, timeZone: 'America/Los_Angeles' })).toBe('2026-09-10');
  });

  it("uses the client's own cadence over its tier's", () => {
    expect(cadenceMonths(subject({ tier: 'A' }), byTier)).toBe(3);
    expect(cadenceMonths(subject({ tier: 'A', reviewCadenceMonths: 12 }), byTier)).toBe(12);
    expect(nextReviewOn(subject({ tier: 'C', reviewCadenceMonths: 1 }), '2026-01-31', rules)).toBe('2026-02-28');
    expect(nextReviewOn(subject({ tier: 'C' }), '2026-01-31', rules)).toBe('2027-01-31');
  });

  it('gives no date for former or archived clients', () => {
    expect(nextReviewOn(subject({ status: 'former' }), '2026-01-31', rules)).toBeNull();
    expect(nextReviewOn(subject({ archived: true }), null, rules)).toBeNull();
    expect(nextReviewOn(subject({ status: 'prospect' }), null, rules)).toBe('2021-09-15');
  });
});

describe('reviewDueBucket', () => {
  it.each([
    ['2026-03-14', 'overdue'],
    ['2025-12-31', 'overdue'],
    ['2026-03-15', 'this_month'],
    ['2026-03-31', 'this_month'],
    ['2026-04-01', 'upcoming'],
    ['2026-06-13', 'upcoming'],
    ['2026-06-14', 'later'],
    ['2027-03-15', 'later'],
  ] as const)('due %s on 15 March 2026 is %s', (dueOn, bucket) => {
    expect(reviewDueBucket(dueOn, '2026-03-15')).toBe(bucket);
  });

  it("treats the month's last day as this month and the next day as upcoming", () => {
    expect(reviewDueBucket('2026-01-31', '2026-01-31')).toBe('this_month');
    expect(reviewDueBucket('2026-02-01', '2026-01-31')).toBe('upcoming');
    expect(reviewDueBucket('2026-01-30', '2026-01-31')).toBe('overdue');
  });
});
