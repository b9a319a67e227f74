import { lazyScreen } from '../../components/lazy-screen';

// Shown only when the data could not be opened safely: fetched then, so the first screen of a book
// that opens does not load it or its backups panel (issue 17).
export const ReadOnlyScreen = lazyScreen(() => import('./read-only-page').then((page) => page.ReadOnlyPage));
