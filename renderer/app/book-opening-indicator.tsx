import { createContext, useContext, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookOpening } from '../api/book-opening';
import './book-opening-indicator.css';

/** The book's reading as main.tsx follows it; absent (nothing shown) where no boot was made, as in isolated screens in tests. */
export const BookOpeningContext = createContext<BookOpening | null>(null);

const never: BookOpening = { done: () => null, subscribe: () => () => {} };

/**
 * A quiet line while the first screen is shown before the whole book is read: how far the reading
 * has come, gone once the book is whole. Polite, never in the way: the screen works meanwhile.
 */
export function BookOpeningIndicator() {
  const { t } = useTranslation();
  const opening = useContext(BookOpeningContext) ?? never;
  const done = useSyncExternalStore(opening.subscribe, opening.done);
  return (
    // The live region stays mounted so screen readers hear it appear and end.
    <div role="status" aria-live="polite" className="book-opening">
      {done !== null && (
        <>
          <span className="book-opening__text">{t('app.opening', { done })}</span>
          <progress className="book-opening__bar" max={1} value={done} aria-hidden="true" />
        </>
      )}
    </div>
  );
}
