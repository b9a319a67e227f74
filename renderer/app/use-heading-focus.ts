import { useEffect, useRef, type RefObject } from 'react';

/** How long a new page's heading is waited for: a screen loaded on first use, or one whose data is still coming. */
const headingWaitMs = 5_000;

/**
 * On every route change after the first, focus moves to the new page's heading, so a screen
 * reader says where the user now is and Tab goes on from the top of the page (it fell to `<body>`).
 * The heading may come later than the route (a screen fetched when first opened, a client page
 * waiting for its client), so it is watched for, until it comes. A page that focuses a field of
 * its own (a form opened to be filled in) keeps that.
 */
export function useHeadingFocus(main: RefObject<HTMLElement | null>, pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    const container = main.current;
    if (first.current || !container) {
      first.current = false;
      return;
    }
    const focusHeading = (): boolean => {
      const heading = container.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      // A page that put focus where work begins (a new client's Name field) keeps it there.
      const active = document.activeElement;
      if (active !== null && active !== container && container.contains(active)) return true;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), headingWaitMs);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [main, pathname]);
}
