import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, WorkstationStatus } from '../../shared/model';
import { ApiError, type ApiClient } from '../api';
import { ApiProvider, useApi } from '../api/api-context';
import { useQuery } from '../api/use-query';
import { lazyScreen } from '../components/lazy-screen';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { rememberCurrentUser } from './current-user';
import { useIdleLock } from './use-idle-lock';

// Shown only where this workstation requires sign-in: loaded then (issue 17).
const WorkstationSignInScreen = lazyScreen(() =>
  import('../features/sign-in/workstation-sign-in-screen').then((screen) => screen.WorkstationSignInScreen),
);

export interface WorkstationValue {
  status: WorkstationStatus;
  /** Replaces the status with one a call returned (a password set, sign-in turned on or off). */
  setStatus: (status: WorkstationStatus) => void;
  /** Locks now: the book leaves the screen at once, and main refuses everything until someone signs in. */
  lock: () => void;
}

/** Exported so tests can provide a fixed value. */
export const WorkstationContext = createContext<WorkstationValue | null>(null);

/** Sign-in at this workstation; null where it does not apply (the office book, isolated screens in tests). */
export function useWorkstation(): WorkstationValue | null {
  return useContext(WorkstationContext);
}

function IdleLock({ idleMinutes, onIdle, onUse }: { idleMinutes: number; onIdle: () => void; onUse: () => void }) {
  useIdleLock({ idleMinutes, onIdle, onUse });
  return null;
}

/**
 * With the book on this computer: shows the book only to someone signed in, where this workstation
 * requires sign-in, and locks after the idle time. Locked, nothing of the book stays on the page:
 * the screens are unmounted, not hidden. Main refuses the book's channels on its own too; a refusal
 * reaching a screen makes the gate ask main again, so a lock main made shows here.
 */
export function WorkstationGate({ appStatus, children }: { appStatus: AppStatus; children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const query = useQuery('workstation:status');
  const { data: status, setData, reload } = query;
  /** Locked by this screen: held whatever main answers, until someone signs in. */
  const [lockedHere, setLockedHere] = useState(false);

  const lock = useCallback(() => {
    setLockedHere(true);
    // Main locks by itself too once reports of use stop, so a lost answer leaves nothing open.
    api.invoke('workstation:lock').then(setData, () => undefined);
  }, [api, setData]);

  const reportUse = useCallback(() => {
    api.invoke('workstation:activity').then(
      (next) => {
        if (next.state !== 'signed-in') setData(next);
      },
      () => undefined,
    );
  }, [api, setData]);

  const signedIn = useCallback(
    (next: WorkstationStatus) => {
      if (next.member) rememberCurrentUser(next.member.id);
      setLockedHere(false);
      setData(next);
    },
    [setData],
  );

  const guarded = useMemo<ApiClient>(
    () => ({
      invoke: (async (channel: Parameters<ApiClient['invoke']>[0], input?: unknown) => {
        try {
          return await (api.invoke as (channel: string, input?: unknown) => Promise<unknown>)(channel, input);
        } catch (error) {
          if (error instanceof ApiError && error.code === 'FORBIDDEN') reload();
          throw error;
        }
      }) as ApiClient['invoke'],
      // The boot answer is handed on as it is: the screens behind the gate are the first screen.
      answered: api.answered,
      onEvent: (name, cb) => api.onEvent(name, cb),
    }),
    [api, reload],
  );

  const value = useMemo(() => (status ? { status, setStatus: setData, lock } : null), [status, setData, lock]);

  if (!status || !value) {
    return (
      <div className="startup">
        {query.error ? <ErrorMessage error={query.error} onRetry={reload} /> : <Loading label={t('app.starting')} />}
      </div>
    );
  }
  if (lockedHere || status.state === 'locked' || status.state === 'signed-out') {
    return (
      <WorkstationSignInScreen
        appStatus={appStatus}
        members={status.members}
        lockedMember={status.state === 'signed-out' ? null : status.member}
        onSignedIn={signedIn}
      />
    );
  }
  return (
    <WorkstationContext value={value}>
      <ApiProvider api={guarded}>
        {status.state === 'signed-in' && <IdleLock idleMinutes={status.idleMinutes} onIdle={lock} onUse={reportUse} />}
        {children}
      </ApiProvider>
    </WorkstationContext>
  );
}
