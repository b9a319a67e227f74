import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useQuery } from '../api/use-query';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { ReadOnlyScreen } from '../features/read-only/read-only-screen';
import { SetPasswordScreen } from '../features/sign-in/set-password-screen';
import { WelcomeScreen } from '../features/setup/welcome-screen';
import { PacketPrintRoute } from '../print/packet/packet-print-route';
import { AppStatusContext } from './app-status';
import { Shell } from './shell';

/** Picks what the window shows from the state of the data folder: first run, read-only, or the app. */
export function App() {
  const { t } = useTranslation();
  const query = useQuery('app:status');
  const status = query.data;
  const value = useMemo(() => (status ? { status, setStatus: query.setData } : null), [status, query.setData]);

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
    case 'read-only':
      return <ReadOnlyScreen status={status} onRestored={query.setData} />;
    case 'ready':
      return (
        <AppStatusContext value={value}>
          {/* Print routes are whole documents of their own: no navigation, nothing but the paper. */}
          <Routes>
            <Route path="print/packet/:clientId" element={<PacketPrintRoute />} />
            <Route path="*" element={<Shell status={status} />} />
          </Routes>
        </AppStatusContext>
      );
  }
}
