import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { useQuery } from '../api/use-query';
import { ErrorMessage } from '../components/error-message';
import { lazyScreen } from '../components/lazy-screen';
import { Loading } from '../components/loading';
import { AppStatusContext } from './app-status';
import { Shell } from './shell';
import { WorkstationGate } from './workstation-gate';

// Only a print window needs the packet and its charts.
const PacketPrintRoute = lazyScreen(() => import('../print/packet/packet-print-route').then((route) => route.PacketPrintRoute));
// Screens for a start that is not the usual one (first run, damaged or newer book, office sign-in): loaded when shown, so every
// other start does not load them (issue 17).
const WelcomeScreen = lazyScreen(() => import('../features/setup/welcome-screen').then((screen) => screen.WelcomeScreen));
const ReadOnlyScreen = lazyScreen(() => import('../features/read-only/read-only-screen').then((screen) => screen.ReadOnlyScreen));
const OfficeSignInScreen = lazyScreen(() => import('../features/office/office-sign-in-screen').then((screen) => screen.OfficeSignInScreen));
const SetPasswordScreen = lazyScreen(() => import('../features/sign-in/set-password-screen').then((screen) => screen.SetPasswordScreen));

/**
 * Picks what the window shows from the state of the data folder: first run, read-only, or the app;
 * with the book on this computer, behind the sign-in gate where this workstation requires it. A
 * window opened on a print route is a print page (Electron's hidden window, headless Chromium):
 * nobody signs in there and it never locks; main lets it read only the packet it is printing.
 */
export function App() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [printPage] = useState(() => pathname.startsWith('/print/'));
  const query = useQuery('app:status');
  const status = query.data;
  const value = useMemo(() => (status ? { status, setStatus: query.setData } : null), [status, query.setData]);
  const gated = (screen: ReactNode) =>
    status && status.office === null && !printPage ? <WorkstationGate appStatus={status}>{screen}</WorkstationGate> : screen;

  if (!status || !value) {
    return (
      <div className="startup">
        {query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : <Loading label={t('app.starting')} />}
      </div>
    );
  }
  // A one-time password is replaced before anything else is shown.
  if (status.office?.mustChangePassword) return <SetPasswordScreen status={status} onDone={query.setData} />;
  switch (status.mode) {
    case 'needs-setup':
      return <WelcomeScreen status={status} onReady={query.setData} />;
    case 'office-sign-in':
      return <OfficeSignInScreen status={status} onReady={query.setData} />;
    case 'read-only':
      return gated(<ReadOnlyScreen status={status} onRestored={query.setData} />);
    case 'ready':
      return gated(
        <AppStatusContext value={value}>
          {/* Print routes are whole documents of their own: no navigation, nothing but the paper. */}
          <Routes>
            <Route path="print/packet/:clientId" element={<PacketPrintRoute />} />
            <Route path="*" element={<Shell status={status} />} />
          </Routes>
        </AppStatusContext>,
      );
  }
}
