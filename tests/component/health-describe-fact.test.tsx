import { describe, expect, it } from 'vitest';
import { healthFactCodes, type HealthFact } from '../../shared/model';
import { describeHealthFact } from '../../renderer/features/health/describe-health-fact';
import { createFormatters } from '../../renderer/i18n/format';
import { i18next } from '../../renderer/i18n';

const tierNames = { A: 'Platinum', B: 'Gold', C: 'Silver' };
const say = (code: HealthFact['code'], values: HealthFact['values'] = {}) =>
  describeHealthFact({ code, values }, i18next.t, createFormatters('en-US'), tierNames);

describe('describeHealthFact', () => {
  it('says overdue and recent contact with the firm’s tier names', () => {
    expect(say('contact.overdue', { days: 143, expected: 30, tier: 'A' })).toBe('No contact for 143 days; Platinum expects 30');
    expect(say('contact.recent', { days: 1, expected: 60, tier: 'B' })).toBe('Last contact yesterday; Gold expects 60');
    expect(say('contact.recent', { days: 12, expected: 90, tier: 'C' })).toBe('Last contact 12 days ago; Silver expects 90');
    expect(say('contact.never', { expected: 30, tier: 'A' })).toBe('No contact recorded yet; Platinum expects 30');
  });

  it('says the latest satisfaction answer and how long ago', () => {
    expect(say('satisfaction.nps', { score: 4, daysAgo: 40 })).toBe('NPS answer of 4, 40 days ago');
    expect(say('satisfaction.csat', { score: 2, daysAgo: 0 })).toBe('CSAT answer of 2 out of 5 today');
    expect(say('satisfaction.none')).toBe('No satisfaction answers yet');
  });

  it('dates reviews and counts service problems with plurals', () => {
    expect(say('review.overdue', { days: 21, dueOn: '2026-03-02' })).toBe('Review overdue by 21 days (was due Mar 2, 2026)');
    expect(say('review.onTrack', { dueOn: '2026-06-30' })).toBe('Next review due Jun 30, 2026');
    expect(say('service.issues', { complaints: 1, overdueRequests: 0 })).toBe('1 open complaint');
    expect(say('service.issues', { complaints: 2, overdueRequests: 1 })).toBe('2 open complaints and 1 overdue request');
    expect(say('service.clear')).toBe('No open complaints or overdue requests');
    expect(say('service.resolved', { complaints: 1, days: 90 })).toBe('1 complaint in the last 90 days, resolved; no overdue requests');
    expect(say('service.resolved', { complaints: 2, days: 90 })).toBe(
      '2 complaints in the last 90 days, all resolved; no overdue requests',
    );
  });

  it('says asset change by its sign and tenure in months or years', () => {
    expect(say('assets.change', { percent: -12 })).toBe('Assets down 12% over the last 12 months');
    expect(say('assets.change', { percent: 8 })).toBe('Assets up 8% over the last 12 months');
    expect(say('assets.change', { percent: 0 })).toBe('Assets unchanged over the last 12 months');
    expect(say('tenure.new', { months: 1 })).toBe('Client for 1 month');
    expect(say('tenure.new', { months: 0 })).toBe('Client for less than a month');
    expect(say('tenure.years', { years: 7 })).toBe('Client for 7 years');
    expect(say('assets.none')).toBe('No assets to compare over the last 12 months');
    expect(say('review.none')).toBe('No review scheduled');
  });

  it('has a finished sentence for every code', () => {
    const values = {
      days: 3,
      expected: 30,
      tier: 'A',
      dueOn: '2026-01-01',
      score: 9,
      daysAgo: 2,
      complaints: 1,
      overdueRequests: 1,
      percent: 5,
      months: 4,
      years: 2,
    };
    for (const code of healthFactCodes) {
      const sentence = say(code, values);
      expect(sentence, code).not.toMatch(/\{\{|health\.|NaN|undefined/);
      expect(sentence.length, code).toBeGreaterThan(10);
    }
  });
});
