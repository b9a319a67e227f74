import { createContext, useContext } from 'react';
import type { AppStatus } from '../../shared/model';

export interface AppStatusValue {
  status: AppStatus;
  /** Replaces the status with one a call returned (setup, restore) without asking again. */
  setStatus: (status: AppStatus) => void;
}

export const AppStatusContext = createContext<AppStatusValue | null>(null);

export function useAppStatus(): AppStatusValue {
  const value = useContext(AppStatusContext);
  if (!value) throw new Error('useAppStatus must be used inside the ready app.');
  return value;
}
