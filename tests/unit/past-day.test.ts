// A day "in the future" in a shared schema: screens judge before they know the firm's time zone,
// so they refuse only a day that has come nowhere on Earth yet (issue 19).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ruleOf } from '../../shared/messages';
import { PastDay } from '../../shared/model';

describe('PastDay on a screen, which does not know the firm’s zone', () => {
  beforeEach(() => {
    // 20:30 UTC on 10 March: 02:00 on the 11th in Kolkata, 10:30 on the 11th at UTC+14.
    vi.useFakeTimers({ now: new Date('2026-03-10T20:30:00.000Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes a Kolkata firm’s today, whatever this computer’s zone', () => {
    expect(PastDay.safeParse('2026-03-11').success).toBe(true);
  });

  it('refuses a day that has come nowhere on Earth, with its rule’s key', () => {
    const result = PastDay.safeParse('2026-03-12');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => ruleOf(issue.message)?.key)).toEqual(['rules.pastDay']);
  });
});
