import { useEffect, useState, type RefObject } from 'react';
import { PRINT_STATE_ATTRIBUTE, type PrintState } from '../../../shared/print';

/** Puts the page's print state on `<html>` for whatever prints it, and takes it off when the route goes. */
export function usePrintState(state: PrintState): void {
  useEffect(() => {
    document.documentElement.setAttribute(PRINT_STATE_ATTRIBUTE, state);
  }, [state]);
  useEffect(() => () => document.documentElement.removeAttribute(PRINT_STATE_ATTRIBUTE), []);
}

/**
 * The next frame. A hidden window may not run animation frames at all, so a short timer stands
 * in for one: a packet must never wait forever for a frame that never comes.
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(done);
    const timer = setTimeout(done, 100);
  });
}

/**
 * Loads the web fonts the text under `root` needs, in the regular and bold weights it is set in.
 * A unicode-range face (the bundled Devanagari, styles/fonts.css) is fetched only once layout
 * meets a character it covers, which may come after `document.fonts.ready` has resolved, so that
 * wait alone can let a page print before the face arrives. Latin-only text asks for nothing. A
 * face that fails to load prints in the next font, as a logo that fails to decode is left out.
 */
async function loadFontsFor(root: HTMLElement): Promise<void> {
  const text = root.textContent;
  const family = getComputedStyle(root).fontFamily;
  await Promise.all(['normal', 'bold'].map((weight) => document.fonts.load(`${weight} 16px ${family}`, text).catch(() => undefined)));
}

/**
 * Resolves once what was just committed under `root` has been painted: fonts loaded, images
 * decoded (the logo), and two frames later, by which time the charts have drawn their final
 * frame (they lay themselves out in effects after the first commit, and never animate here).
 */
export async function whenPainted(root: HTMLElement | null): Promise<void> {
  await nextFrame();
  if ('fonts' in document && document.fonts) {
    if (root) await loadFontsFor(root);
    await document.fonts.ready;
  }
  const images = root ? Array.from(root.querySelectorAll('img')) : [];
  await Promise.all(images.map((image) => (image.complete ? undefined : image.decode().catch(() => undefined))));
  await nextFrame();
  await nextFrame();
}

/** Whether `content` (the data on screen) has been painted under `root`; false again for new content until it is. */
export function usePainted<T>(content: T | undefined, root: RefObject<HTMLElement | null>): boolean {
  const [painted, setPainted] = useState<{ content: T } | null>(null);
  useEffect(() => {
    if (content === undefined) return;
    let current = true;
    void whenPainted(root.current).then(() => {
      if (current) setPainted({ content });
    });
    return () => {
      current = false;
    };
  }, [content, root]);
  return content !== undefined && painted?.content === content;
}
