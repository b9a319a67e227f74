import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TeamMember } from '../../shared/model';
import { useQuery } from '../api/use-query';

/** Where the chosen team member is remembered on this workstation. */
export const currentUserStorageKey = 'clientbook.currentUser';

export interface CurrentUserValue {
  /** The active team member at this workstation, or null when none is chosen (or they left). */
  currentUser: TeamMember | null;
  setCurrentUserId: (id: string | null) => void;
  /** Active team members to choose from; empty while loading. */
  members: TeamMember[];
  /** True until the team list has arrived (so screens do not treat "not loaded" as "nobody"). */
  loading: boolean;
}

/** Exported so tests (and previews) can provide a fixed value. */
export const CurrentUserContext = createContext<CurrentUserValue | null>(null);

const nobody: CurrentUserValue = { currentUser: null, setCurrentUserId: () => {}, members: [], loading: false };

function readStored(): string | null {
  try {
    return window.localStorage.getItem(currentUserStorageKey);
  } catch {
    return null;
  }
}

function writeStored(id: string | null) {
  try {
    if (id) window.localStorage.setItem(currentUserStorageKey, id);
    else window.localStorage.removeItem(currentUserStorageKey);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this session only.
  }
}

/** Who is at this workstation: no passwords, just a choice remembered in localStorage. */
export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const team = useQuery('team:list', { includeInactive: false });
  const [id, setId] = useState<string | null>(readStored);

  const setCurrentUserId = useCallback((next: string | null) => {
    writeStored(next);
    setId(next);
  }, []);

  const value = useMemo<CurrentUserValue>(() => {
    const members = (team.data ?? []).filter((m) => m.active);
    const currentUser = members.find((m) => m.id === id) ?? null;
    return { currentUser, setCurrentUserId, members, loading: team.data === undefined };
  }, [team.data, id, setCurrentUserId]);

  return <CurrentUserContext value={value}>{children}</CurrentUserContext>;
}

/** Who is at this workstation. Outside the app shell (isolated screens in tests) nobody is chosen. */
export function useCurrentUser(): CurrentUserValue {
  return useContext(CurrentUserContext) ?? nobody;
}
