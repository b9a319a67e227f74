import { createContext, useContext, useEffect, useRef, useSyncExternalStore } from 'react';
import type { In } from '../../shared/contract';
import type { ArrivingRows } from './boot';

/** The rest of the first screen's clients list, as main.tsx's boot follows it; absent where no boot was made. */
export const ArrivingRowsContext = createContext<ArrivingRows | null>(null);

const none: ArrivingRows = { totalFor: () => null, subscribe: () => () => {} };

/**
 * For a screen showing `clients:list` for `input`: how many rows the list has while only its first
 * part has come (null otherwise), and `onArrived` is called once the rest is here, to ask again.
 */
export function useArrivingRows(input: In<'clients:list'>, onArrived: () => void): number | null {
  const arriving = useContext(ArrivingRowsContext) ?? none;
  const total = useSyncExternalStore(arriving.subscribe, () => arriving.totalFor(input));
  const shown = useRef(total);
  useEffect(() => {
    if (shown.current !== null && total === null) onArrived();
    shown.current = total;
  }, [total, onArrived]);
  return total;
}
