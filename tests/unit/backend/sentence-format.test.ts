import { describe, expect, it } from 'vitest';
import { sentenceFormat } from '../../../electron/backend/services/checks';
import type { ServiceContext } from '../../../electron/backend/services/context';
import { defaultSettings, type Settings } from '../../../shared/model';

const firmIn = (settings: Partial<Settings>) => ({ store: { settings: { ...defaultSettings, ...settings } } }) as unknown as ServiceContext;

describe('dates and times in the backend’s sentences', () => {
  it('follow the firm’s region and time zone, in English words', () => {
    const at = '2026-03-31T04:00:00.000Z';
    expect(sentenceFormat(firmIn({ locale: 'hi-IN', timeZone: 'Asia/Kolkata' })).dateTime(at)).toBe('31 Mar 2026, 9:30 am');
    expect(sentenceFormat(firmIn({ locale: 'en-US', timeZone: 'America/New_York' })).dateTime(at)).toBe('Mar 31, 2026, 12:00 AM');
    expect(sentenceFormat(firmIn({ locale: 'fr', timeZone: 'UTC' })).dateTime(at)).toBe('Mar 31, 2026, 4:00 AM');
  });
});
