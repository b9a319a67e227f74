import { useState } from 'react';
import type { AppStatus } from '../../../shared/model';
import { useApi } from '../../api/api-context';

/** Goes back to the book kept on this computer (office:useLocalBook), with its progress and failure for the screen. */
export function useSwitchToLocalBook(onDone: (status: AppStatus) => void) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const switchToLocalBook = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.invoke('office:useLocalBook'));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return { busy, error, switchToLocalBook };
}
