// The main process's catalogues (electron/main/i18n): Hindi says everything English does, with the
// same values to fill in, and in Hindi rather than English left behind.
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../electron/main/i18n/en.json';
import hi from '../../../electron/main/i18n/hi.json';
import { languageOfLocale, mainLanguage, setMainLanguage, t } from '../../../electron/main/i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();

/** Texts that are the same in both languages on purpose: the file format's own name. */
const sameInBothLanguages = new Set(['fileDialog.pdf']);

afterEach(() => setMainLanguage('en'));

describe('main-process catalogues', () => {
  it('have the same keys in English and Hindi', () => {
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s fills in the same values in both languages and is not empty', (key) => {
    const english = en[key as keyof typeof en];
    const hindi = (hi as Record<string, string>)[key] ?? '';
    expect(english.trim()).not.toBe('');
    expect(hindi.trim()).not.toBe('');
    expect(placeholders(hindi)).toEqual(placeholders(english));
  });

  it('are translated: every Hindi text but the deliberate few is in Devanagari and differs from the English', () => {
    const untranslated = Object.entries(hi).filter(
      ([key, hindi]) => !sameInBothLanguages.has(key) && (hindi === en[key as keyof typeof en] || !/[\u0900-\u097F]/.test(hindi)),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('t', () => {
  it('answers in the language set, filling in values', () => {
    expect(t('updates.ready', { version: '2.1.0' })).toBe('Clientbook 2.1.0 is ready to install');
    expect(setMainLanguage('hi')).toBe(true);
    expect(t('updates.ready', { version: '2.1.0' })).toBe('Clientbook 2.1.0 इंस्टॉल होने के लिए तैयार है');
    expect(t('menu.screen.settings')).toBe('सेटिंग्स');
    expect(setMainLanguage('hi')).toBe(false);
    expect(mainLanguage()).toBe('hi');
  });

  it.each([
    ['hi', 'hi'],
    ['hi-IN', 'hi'],
    ['HI_in', 'hi'],
    ['en-IN', 'en'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ])('starts a system locale of %j in %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
