import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TeamMember } from '../../shared/model';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-error';
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
  /** Signed in to the office book as a team member: that is who they are, not a choice. */
  signedIn: boolean;
}

/** Exported so tests (and previews) can provide a fixed value. */
export const CurrentUserContext = createContext<CurrentUserValue | null>(null);

const nobody: CurrentUserValue = { currentUser: null, setCurrentUserId: () => {}, members: [], loading: false, signedIn: false };

/** Who was last at this workstation (chosen, or signed in), if anyone. */
export function rememberedCurrentUser(): string | null {
  try {
    return window.localStorage.getItem(currentUserStorageKey);
  } catch {
    return null;
  }
}

/** Remembers who is at this workstation for the next start (also whoever signed in last, for when sign-in is turned off). */
export function rememberCurrentUser(id: string | null) {
  try {
    if (id) window.localStorage.setItem(currentUserStorageKey, id);
    else window.localStorage.removeItem(currentUserStorageKey);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this session only.
  }
}

/**
 * Who is at this workstation. With the book on this computer: no passwords, just a choice
 * remembered in localStorage and told to main, which records the member with every change made
 * from here. Signed in to the office book as a team member (`signedInMemberId`): that member, fixed.
 */
export function CurrentUserProvider({ signedInMemberId = null, children }: { signedInMemberId?: string | null; children: ReactNode }) {
  const api = useApi();
  const team = useQuery('team:list', { includeInactive: false });
  const [chosenId, setChosenId] = useState<string | null>(rememberedCurrentUser);
  const id = signedInMemberId ?? chosenId;
  const signedIn = signedInMemberId !== null;
  /** The member main was last told of: it starts with nobody. */
  const told = useRef<string | null>(null);

  const setCurrentUserId = useCallback((next: string | null) => {
    rememberCurrentUser(next);
    setChosenId(next);
  }, []);

  const value = useMemo<CurrentUserValue>(() => {
    const members = (team.data ?? []).filter((m) => m.active);
    const currentUser = members.find((m) => m.id === id) ?? null;
    return { currentUser, setCurrentUserId, members, loading: team.data === undefined, signedIn };
  }, [team.data, id, setCurrentUserId, signedIn]);

  const memberId = value.currentUser?.id ?? null;
  useEffect(() => {
    // Main knows who signed in; only a choice is told.
    if (signedIn || told.current === memberId) return;
    told.current = memberId;
    api.invoke('session:member', { memberId }).catch((error: unknown) => {
      // No longer an active member (changed at another desk): nobody is chosen, rather than a name main refuses.
      if (error instanceof ApiError && error.code === 'NOT_FOUND') setCurrentUserId(null);
    });
  }, [api, memberId, setCurrentUserId, signedIn]);

  const { currentUser, loading } = value;
  useEffect(() => {
    // Until the team has arrived, the language main.tsx started in stands. Imported when needed: main.tsx
    // reads this module for who was here last, and its small script must not carry i18next and the English text.
    if (!loading) void import('../i18n/follow-member').then(({ followMemberLanguage }) => followMemberLanguage(currentUser));
  }, [currentUser, loading]);

  return <CurrentUserContext value={value}>{children}</CurrentUserContext>;
}

/** Who is at this workstation. Outside the app shell (isolated screens in tests) nobody is chosen. */
export function useCurrentUser(): CurrentUserValue {
  return useContext(CurrentUserContext) ?? nobody;
}
