import { describe, expect, it } from 'vitest';
import { defaultDateOrder } from '../../renderer/features/import/mapping';

describe('the import wizard’s date order when a file cannot tell', () => {
  it('follows the firm’s date order, its own choice first, rather than the interface language', () => {
    expect(defaultDateOrder({ locale: 'en-IN', dateOrder: 'locale' }, 'en-US')).toBe('dmy');
    expect(defaultDateOrder({ locale: 'en-US', dateOrder: 'locale' }, 'en-GB')).toBe('mdy');
    expect(defaultDateOrder({ locale: 'en-GB', dateOrder: 'MDY' }, 'en-GB')).toBe('mdy');
    expect(defaultDateOrder({ locale: 'ja-JP', dateOrder: 'locale' }, 'en-US')).toBe('dmy');
  });

  it('takes the interface language’s order while the settings are not read', () => {
    expect(defaultDateOrder(undefined, 'en-US')).toBe('mdy');
    expect(defaultDateOrder(undefined, 'en-GB')).toBe('dmy');
  });
});
