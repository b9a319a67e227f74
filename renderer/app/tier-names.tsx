import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Settings, Tier } from '../../shared/model';
import { defaultTierNames } from '../../shared/model/client-values';
import { useQuery } from '../api/use-query';
import { FirmLocaleProvider } from '../i18n/firm-locale';

export type TierNames = Settings['tierNames'];

/** Exported so tests can provide fixed names. */
export const TierNamesContext = createContext<TierNames>(defaultTierNames);

/** What the firm calls its tiers ("Platinum"), and its locale, read once from the settings for the whole app. */
export function TierNamesProvider({ children }: { children: ReactNode }) {
  const settings = useQuery('settings:get');
  const names = settings.data?.tierNames;
  const value = useMemo(() => names ?? defaultTierNames, [names]);
  return (
    <TierNamesContext value={value}>
      <FirmLocaleProvider settings={settings.data}>{children}</FirmLocaleProvider>
    </TierNamesContext>
  );
}

export function useTierNames(): TierNames {
  return useContext(TierNamesContext);
}

export function useTierName(): (tier: Tier) => string {
  const names = useTierNames();
  return (tier) => names[tier];
}
