import { describe, expect, it } from 'vitest';
import { foldForSearch, phoneDigits, phoneFits, phoneSearch, searchWords, wordsFit } from '../../../shared/domain/matching';

const fits = (typed: string, stored: string) => {
  const search = phoneSearch(typed);
  return search !== null && phoneFits(search, phoneDigits(stored));
};

describe('search matching', () => {
  it('folds accents, case, apostrophes and punctuation between words', () => {
    expect(foldForSearch("  José O'Brien-Smith ")).toBe('jose obrien smith');
    expect(foldForSearch('Straße Ærø Zoë')).toBe('strasse ærø zoe');
    expect(searchWords('  Ann.Lee@Example.com ')).toEqual(['ann', 'lee@example', 'com']);
    expect(searchWords(' - ')).toEqual([]);
  });

  it('keeps the vowel signs of Devanagari names, which make other names, and folds only the nukta', () => {
    expect(searchWords('अमित शर्मा')).toEqual(['अमित', 'शर्मा']);
    expect(foldForSearch('अमित')).not.toBe(foldForSearch('अमत'));
    expect(foldForSearch('किरण')).not.toBe(foldForSearch('करण'));
    expect(foldForSearch('ज़ोया ख़ान')).toBe(foldForSearch('जोया खान'));
    expect(wordsFit(searchWords('शर्मा'), foldForSearch('अमित शर्मा'))).toBeGreaterThan(0);
    expect(wordsFit(searchWords('शमा'), foldForSearch('अमित शर्मा'))).toBe(0);
  });

  it('fits words in any order, whole words above parts of words', () => {
    const field = foldForSearch('José Rodriguez');
    expect(wordsFit(['rodriguez', 'jose'], field)).toBe(wordsFit(['jose', 'rodriguez'], field));
    expect(wordsFit(['jose', 'rodriguez'], field)).toBeGreaterThan(wordsFit(['jose', 'rod'], field));
    expect(wordsFit(['jose', 'rod'], field)).toBeGreaterThan(wordsFit(['ose', 'rod'], field));
    expect(wordsFit(['jose', 'lee'], field)).toBe(0);
  });

  it('matches phone numbers whatever the punctuation or country code, and only phone-like text', () => {
    for (const typed of ['978-555-0151', '978.555.0151', '+1 978 555 0151', '1 978 555 0151', '+1 978', '555 01']) {
      expect(fits(typed, '(978) 555-0151'), typed).toBe(true);
    }
    expect(fits('978-555-0151', '+1 978 555 0151')).toBe(true);
    expect(fits('020 7946 0958', '+44 20 7946 0958')).toBe(true);
    expect(fits('0044 20 7946', '020 7946 0958')).toBe(true);
    expect(fits('978-555-0152', '(978) 555-0151')).toBe(false);
    expect(fits('+44 978 555', '(617) 978-5551')).toBe(false);
    expect(phoneSearch('lee 978')).toBeNull();
    expect(phoneSearch('97')).toBeNull();
  });
});
