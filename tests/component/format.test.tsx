import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/model';
import { FirmLocaleProvider } from '../../renderer/i18n/firm-locale';
import { createFormatters, useFormatters } from '../../renderer/i18n/format';

const originals = { RelativeTimeFormat: Intl.RelativeTimeFormat, DateTimeFormat: Intl.DateTimeFormat };
afterEach(() => Object.assign(Intl, originals));

/** Counts the formatters of one Intl kind made from now on. */
function countMade(kind: keyof typeof originals): { count: number } {
  const made = { count: 0 };
  const Original = originals[kind] as new (...args: unknown[]) => object;
  Object.assign(Intl, {
    [kind]: class extends Original {
      constructor(...args: unknown[]) {
        super(...args);
        made.count++;
      }
    },
  });
  return made;
}

// The first Intl formatter of each kind loads its locale data: the first screen pays only for what it shows (issue 17).
describe('formatters', () => {
  it('make each Intl formatter on first use, once', () => {
    const relativeTimes = countMade('RelativeTimeFormat');
    const dateTimes = countMade('DateTimeFormat');
    const format = createFormatters('en-US');
    expect(format.money({ amountMinor: 123_400, currency: 'USD' })).toBe('$1,234');
    expect(relativeTimes.count).toBe(0);
    expect(dateTimes.count).toBe(0);

    const now = new Date(2026, 11, 7, 12);
    expect(format.relativeDay(new Date(2026, 11, 6, 9).toISOString(), now)).toBe('yesterday');
    expect(format.relativeDay(new Date(2026, 11, 1, 9).toISOString(), now)).toBe('6 days ago');
    expect(format.day('2026-03-31')).toBe('Mar 31, 2026');
    expect(format.day('2026-04-01')).toBe('Apr 1, 2026');
    expect(relativeTimes.count).toBe(1);
    expect(dateTimes.count).toBe(1);
  });
});

describe('useFormatters', () => {
  const aum = { amountMinor: 13_328_653_900, currency: 'INR' };

  it('writes by the firm’s locale and time zone, whatever the interface language', () => {
    const settings = { ...defaultSettings, locale: 'en-IN', currency: 'INR', timeZone: 'Asia/Kolkata' };
    const { result } = renderHook(() => useFormatters(), {
      wrapper: ({ children }: { children: ReactNode }) => <FirmLocaleProvider settings={settings}>{children}</FirmLocaleProvider>,
    });
    expect(result.current.exactMoney(aum)).toBe('₹13,32,86,539');
    expect(result.current.dateTime('2026-03-31T20:00:00.000Z')).toBe('1 Apr 2026, 1:30 am');
  });

  it('writes in the interface language until the settings are read', () => {
    const { result } = renderHook(() => useFormatters(), {
      wrapper: ({ children }: { children: ReactNode }) => <FirmLocaleProvider settings={undefined}>{children}</FirmLocaleProvider>,
    });
    expect(result.current.exactMoney(aum)).toBe('₹133,286,539');
  });
});
