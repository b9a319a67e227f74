import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enActivity from './en-activity.json';
import enCalendar from './en-calendar.json';
import enClientPage from './en-client-page.json';
import enHealth from './en-health.json';
import enImport from './en-import.json';
import enOffice from './en-office.json';
import enPacket from './en-packet.json';
import enRequests from './en-requests.json';
import enReviews from './en-reviews.json';
import enSatisfaction from './en-satisfaction.json';
import enSearch from './en-search.json';
import enTasks from './en-tasks.json';
import enWorkflows from './en-workflows.json';
import en from './en.json';
import { englishMessages } from '../../shared/messages-en';
import '../api/bridge';
import { fetchCatalogue, type InterfaceLanguage } from './languages';

/** English text. Large features keep their own file under their own key, so screens can grow without sharing one file. */
export const english = {
  ...en,
  clientPage: enClientPage,
  tasks: enTasks,
  requests: enRequests,
  workflows: enWorkflows,
  satisfaction: enSatisfaction,
  health: enHealth,
  reviews: enReviews,
  calendar: enCalendar,
  packet: enPacket,
  import: enImport,
  activity: enActivity,
  officeConnect: enOffice,
  search: enSearch,
  // The backend's messages, worded by key (describe-error.ts); the English is the backend's own.
  messages: englishMessages,
};

export const resources = { en: { translation: english } } as const;

// Resources are bundled, so initialisation is synchronous and the first render already has text.
void i18next.use(initReactI18next).init({
  lng: 'en',
  // A key a catalogue lacks, or left empty, is shown in English rather than as the key or nothing.
  fallbackLng: 'en',
  returnEmptyString: false,
  resources,
  initAsync: false,
  // React escapes what it renders; escaping here too would double-escape names like "O'Brien & Co".
  interpolation: { escapeValue: false },
});

const loading = new Map<InterfaceLanguage, Promise<void>>();

function loadCatalogue(language: InterfaceLanguage): Promise<void> {
  if (language === 'en') return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = fetchCatalogue(language).then((catalogue) => {
      i18next.addResourceBundle(language, 'translation', catalogue);
    });
    // A failed download is tried again at the next switch.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** The language asked for last: a slow download must not switch back over a later choice. */
let wanted: InterfaceLanguage = 'en';

/** Whether the pseudo-locale is shown: it then stays, whoever comes to the workstation. */
let pseudoShown = false;

/** Switches the interface to `language` once its catalogue is here. Rejects, leaving the language as it was, when the catalogue cannot be loaded. */
export async function setInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  if (pseudoShown) return;
  wanted = language;
  await loadCatalogue(language);
  if (wanted !== language) return;
  if (i18next.language !== language) await i18next.changeLanguage(language);
  // The desktop app's menus and dialogs follow (main started in the system's language).
  window.clientbook?.setLanguage?.(language);
}

/** Shows the pseudo-locale (pseudo.ts): English made strange, to find what escapes the catalogues or is cut off. */
export async function showPseudoLocale(): Promise<void> {
  const { pseudoCatalogue, pseudoLanguage } = await import('./pseudo');
  i18next.addResourceBundle(pseudoLanguage, 'translation', pseudoCatalogue(english));
  pseudoShown = true;
  await i18next.changeLanguage(pseudoLanguage);
}

/** The page says which language it is in, for screen readers, hyphenation and fonts; `dir` follows it. */
function markDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}
markDocument(i18next.language);
i18next.on('languageChanged', markDocument);

export { i18next };
