import { lazyScreen } from '../../components/lazy-screen';

// Shown only at a workstation that uses the office book, before it opens: fetched then, so the
// first screen of a book on this computer does not load it (issue 17).
export const OfficeSignInScreen = lazyScreen(() => import('./office-sign-in-page').then((page) => page.OfficeSignInPage));
