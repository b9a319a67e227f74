import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../shared/domain/collation';

const names = ['Zoe Adams', 'रमेश', 'Åsa Berg', 'अमित शर्मा', 'anil', 'Unit 10', 'Unit 2'];

describe('names in the firm’s order', () => {
  it('sorts by the firm’s locale: Devanagari first in hi-IN, Å after Z in sv-SE', () => {
    expect([...names].sort(compareNames('hi-IN'))).toEqual(['अमित शर्मा', 'रमेश', 'anil', 'Åsa Berg', 'Unit 2', 'Unit 10', 'Zoe Adams']);
    expect([...names].sort(compareNames('sv-SE'))).toEqual(['anil', 'Unit 2', 'Unit 10', 'Zoe Adams', 'Åsa Berg', 'अमित शर्मा', 'रमेश']);
  });

  it('ignores case and accents as search does, and is the same function for the same locale', () => {
    expect(compareNames('en-US')('José', 'jose')).toBe(0);
    expect(compareNames('en-IN')).toBe(compareNames('en-IN'));
  });

  it('falls back to this computer’s language for a tag Intl cannot take', () => {
    expect(['b', 'a'].sort(compareNames('not a tag!'))).toEqual(['a', 'b']);
  });
});
