import { lazyScreen } from '../../components/lazy-screen';

// Shown only at a first office sign-in with a one-time password: its form and the schemas it checks
// with are fetched then, so the first screen of every other start loads neither (issue 17).
export const SetPasswordScreen = lazyScreen(() => import('./set-password-page').then((page) => page.SetPasswordPage));
