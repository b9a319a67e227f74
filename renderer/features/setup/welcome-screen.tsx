import { lazyScreen } from '../../components/lazy-screen';

// Shown only on the first run, in an empty data folder: fetched then, so the first screen of every
// later start does not load it (issue 17).
export const WelcomeScreen = lazyScreen(() => import('./welcome-page').then((page) => page.WelcomePage));
