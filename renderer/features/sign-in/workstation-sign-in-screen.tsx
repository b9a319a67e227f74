import { lazyScreen } from '../../components/lazy-screen';

// Shown only where this workstation requires sign-in: its forms and the schemas they check with are
// fetched then, so the first screen of a workstation without sign-in loads neither (issue 17).
export const WorkstationSignInScreen = lazyScreen(() => import('./workstation-sign-in-page').then((page) => page.WorkstationSignInPage));
