// The main process's own words (menus, dialogs) in the interface language. A typed lookup rather
// than i18next: main needs no plurals, namespaces or lazy loading, only about 70 fixed texts and
// `{{name}}` values, and what it loads at start delays the window.
import { interfaceLanguages, type InterfaceLanguage } from '../../../shared/model/language-values';
import en from './en.json';
import hi from './hi.json';

export type MainTextKey = keyof typeof en;
/** Every key English has; a catalogue that lacks one does not compile (and the parity test names it). */
export type MainCatalogue = Record<MainTextKey, string>;

const catalogues: Record<InterfaceLanguage, MainCatalogue> = { en, hi };

let current: InterfaceLanguage = 'en';

/** True for a language main has a catalogue for: the same list the renderer offers. */
export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return (interfaceLanguages as readonly unknown[]).includes(value);
}

/** The language for a system locale before the renderer says which one its reader chose: `hi-IN` → hi, anything else English. */
export function languageOfLocale(locale: string): InterfaceLanguage {
  const primary = locale.split(/[-_]/)[0]?.toLowerCase();
  return isInterfaceLanguage(primary) ? primary : 'en';
}

/** Sets the language `t` answers in; true when it changed (the menu is then built again). */
export function setMainLanguage(language: InterfaceLanguage): boolean {
  const changed = language !== current;
  current = language;
  return changed;
}

export function mainLanguage(): InterfaceLanguage {
  return current;
}

/** The text for `key` in the current language, each `{{name}}` replaced by `params[name]`. */
export function t(key: MainTextKey, params: Record<string, string> = {}): string {
  return catalogues[current][key].replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}
