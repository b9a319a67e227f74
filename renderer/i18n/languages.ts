// What the interface is read in, decided before i18next or the app loads: main.tsx asks it for the
// first render, so this module stays small (no i18next, no zod).
import { interfaceLanguages, type InterfaceLanguage } from '../../shared/model/language-values';

export type { InterfaceLanguage };

/** Where each member's language is remembered on this computer, so their first screen is already in it. */
export const memberLanguagesStorageKey = 'clientbook.memberLanguages';
/** This computer's own language when chosen here (the first-run screen); otherwise the system's. */
export const computerLanguageStorageKey = 'clientbook.language';
/** 'on' shows the pseudo-locale (i18n/pseudo.ts) instead, for translators and the e2e suite. */
export const pseudoLocaleStorageKey = 'clientbook.pseudoLocale';

/**
 * Each catalogue but English's (which comes with the app), its own chunk: fetched only for someone
 * who reads it. main.tsx asks for it early, beside the app, and i18n/index.ts registers it.
 */
export function fetchCatalogue(language: Exclude<InterfaceLanguage, 'en'>): Promise<object> {
  switch (language) {
    case 'hi':
      return import('./hindi').then(({ hindi }) => hindi);
  }
}

/** Each language's name in its own script, as a reader of it looks for it. */
export const languageNames: Record<InterfaceLanguage, string> = { en: 'English', hi: 'हिन्दी' };

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return (interfaceLanguages as readonly unknown[]).includes(value);
}

/** The interface language i18next is showing (`i18n.language`), as the app names it. */
export function shownLanguage(i18nLanguage: string): InterfaceLanguage {
  return isInterfaceLanguage(i18nLanguage) ? i18nLanguage : 'en';
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage may be unavailable (private mode); the language is then found again from the book.
  }
}

/** The first of the system's preferred languages that has a catalogue (`hi-IN` → hi), else English. */
export function systemLanguage(preferred: readonly string[] = navigator.languages): InterfaceLanguage {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isInterfaceLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language of a member who has not chosen one: this computer's, chosen here or the system's. */
export function computerLanguage(): InterfaceLanguage {
  const chosen = read(computerLanguageStorageKey);
  return isInterfaceLanguage(chosen) ? chosen : systemLanguage();
}

export function pseudoLocaleWanted(): boolean {
  return read(pseudoLocaleStorageKey) === 'on';
}

/** Sets this computer's own language (null: follow the system again). */
export function rememberComputerLanguage(language: InterfaceLanguage | null) {
  write(computerLanguageStorageKey, language);
}

function memberLanguages(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(read(memberLanguagesStorageKey) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Remembers the language a member chose (null: they follow the computer's) for their next start. */
export function rememberMemberLanguage(memberId: string, language: InterfaceLanguage | null) {
  const { [memberId]: _previous, ...others } = memberLanguages();
  write(memberLanguagesStorageKey, JSON.stringify(language === null ? others : { ...others, [memberId]: language }));
}

/** The language to start in: the remembered member's own, else this computer's. Reads only localStorage. */
export function startLanguage(memberId: string | null): InterfaceLanguage {
  const remembered = memberId === null ? undefined : memberLanguages()[memberId];
  return isInterfaceLanguage(remembered) ? remembered : computerLanguage();
}

/** The language a member reads: their own, else this computer's. */
export function memberLanguage(member: { language: InterfaceLanguage | null } | null): InterfaceLanguage {
  return member?.language ?? computerLanguage();
}
