import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDay } from '../../../shared/domain/import/values';

describe('parseDay', () => {
  it('reads ISO days and slash, dash and dot days in either order', () => {
    expect(parseDay('2026-03-04', 'dmy')).toBe('2026-03-04');
    expect(parseDay('03/04/2026', 'mdy')).toBe('2026-03-04');
    expect(parseDay('03/04/2026', 'dmy')).toBe('2026-04-03');
    expect(parseDay('3-4-2026', 'mdy')).toBe('2026-03-04');
    expect(parseDay('31.12.2025', 'dmy')).toBe('2025-12-31');
    expect(parseDay('  ', 'mdy')).toBeNull();
  });

  it('refuses impossible days, two-digit years and mixed separators', () => {
    expect(parseDay('2026-02-30', 'mdy')).toBeUndefined();
    expect(parseDay('13/01/2026', 'mdy')).toBeUndefined();
    expect(parseDay('1/2/26', 'mdy')).toBeUndefined();
    expect(parseDay('1/2-2026', 'mdy')).toBeUndefined();
    expect(parseDay('next week', 'mdy')).toBeUndefined();
  });
});

describe('detectDateOrder', () => {
  it('tells the order from a part above 12', () => {
    expect(detectDateOrder(['01/02/2026', '03/25/2026'])).toBe('mdy');
    expect(detectDateOrder(['25/03/2026', ''])).toBe('dmy');
    expect(detectDateOrder(['01/02/2026'])).toBe('ambiguous');
    expect(detectDateOrder(['25/03/2026', '03/25/2026'])).toBe('ambiguous');
    expect(detectDateOrder(['2026-03-25', 'x'])).toBeNull();
  });
});
