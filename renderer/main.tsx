import './styles/index.css';
import { createDefaultApi } from './api';
import { bootApi } from './api/boot';
import { rememberedCurrentUser } from './app/current-user';
import { firstScreenQuery } from './app/first-screen';
import { fetchCatalogue, pseudoLocaleWanted, startLanguage } from './i18n/languages';
import { printLanguageOf } from '../shared/print';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The first screen's data in one call, asked as soon as this small script runs: the host answers it while the rest of
// the app is fetched and evaluated (about 80 ms on the M book), and the screens' own calls are answered from it.
const memberId = rememberedCurrentUser();
const booted = bootApi(createDefaultApi(), firstScreenQuery(window.location.hash, memberId));
// The first screen is drawn in the language its reader last had, so it never flashes English first;
// a print page in the language its route names.
// English comes with the app; another language's catalogue (its own chunk) is fetched beside the app
// and in place before the first render. One that cannot be fetched leaves the interface in English.
const language = printLanguageOf(window.location.hash) ?? startLanguage(memberId);
if (language !== 'en') fetchCatalogue(language).catch(() => {});
/** How long the first render waits for an answer still on its way: drawing "Starting…" first costs a render of its own. */
const bootAnswerDueMs = 100;
void import('./start').then(async ({ start, setInterfaceLanguage, showPseudoLocale }) => {
  await (pseudoLocaleWanted() ? showPseudoLocale() : setInterfaceLanguage(language)).catch(() => {});
  // A book with no first-screen file answers only once it is whole: that start shows "Starting…" at once.
  await Promise.race([booted.boot, new Promise((resolve) => setTimeout(resolve, bootAnswerDueMs))]);
  start(root, booted);
});
