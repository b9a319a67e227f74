import type { AppStatus } from '../../../shared/model';
import { useMutation } from '../../api/use-mutation';

/** Goes back to the book kept on this computer (office:useLocalBook), with its progress and failure for the screen. */
export function useSwitchToLocalBook(onDone: (status: AppStatus) => void) {
  const localBook = useMutation('office:useLocalBook');
  const switchToLocalBook = async () => {
    const result = await localBook.run();
    if (result.ok) onDone(result.value);
  };
  return { busy: localBook.busy, error: localBook.error, switchToLocalBook };
}
