import { describe, expect, it } from 'vitest';
import { addMonths, cadenceMonths, lastMeetingOn, nextReviewOn, type ReviewSubject } from '../../../shared/domain/review-cadence';

const byTier = { A: 3, B: 6, C: 12 };
const subject = (overrides: Partial<ReviewSubject> = {}): ReviewSubject => ({
  status: 'active',
  archived: false,
  tier: 'B',
  reviewCadenceMonths: null,
  clientSince: '2021-03-15',
  createdAt: '2024-01-10T16:00:00.000Z',
  ...overrides,
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-05-31', 36, '2029-05-31'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('nextReviewOn', () => {
  it('counts from the newest meeting, in UTC, whatever the offset', () => {
    const last = lastMeetingOn([
      { kind: 'meeting', at: '2026-02-10T09:00:00.000Z' },
      { kind: 'call', at: '2026-09-01T09:00:00.000Z' },
      { kind: 'meeting', at: '2026-05-31T23:30:00-02:00' },
    ]);
    expect(last).toBe('2026-06-01');
    expect(nextReviewOn(subject(), last, byTier)).toBe('2026-12-01');
  });

  it('falls back to the client-since date, then the day the client was entered', () => {
    expect(lastMeetingOn([{ kind: 'email', at: '2026-02-10T09:00:00.000Z' }])).toBeNull();
    expect(nextReviewOn(subject(), null, byTier)).toBe('2021-09-15');
    expect(nextReviewOn(subject({ clientSince: null }), null, byTier)).toBe('2024-07-10');
  });

  it("uses the client's own cadence over its tier's", () => {
    expect(cadenceMonths(subject({ tier: 'A' }), byTier)).toBe(3);
    expect(cadenceMonths(subject({ tier: 'A', reviewCadenceMonths: 12 }), byTier)).toBe(12);
    expect(nextReviewOn(subject({ tier: 'C', reviewCadenceMonths: 1 }), '2026-01-31', byTier)).toBe('2026-02-28');
  });

  it('gives no date for former or archived clients', () => {
    expect(nextReviewOn(subject({ status: 'former' }), '2026-01-31', byTier)).toBeNull();
    expect(nextReviewOn(subject({ archived: true }), null, byTier)).toBeNull();
    expect(nextReviewOn(subject({ status: 'prospect' }), null, byTier)).toBe('2021-09-15');
  });
});
