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
};

export const resources = { en: { translation: english } } as const;

// Resources are bundled, so initialisation is synchronous and the first render already has text.
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources,
  initAsync: false,
  // React escapes what it renders; escaping here too would double-escape names like "O'Brien & Co".
  interpolation: { escapeValue: false },
});

export { i18next };
