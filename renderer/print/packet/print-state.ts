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
 * Resolves once what was just committed under `root` has been painted: fonts loaded, images
 * decoded (the logo), and two frames later, by which time the charts have drawn their final
 * frame (they lay themselves out in effects after the first commit, and never animate here).
 */
export async function whenPainted(root: HTMLElement | null): Promise<void> {
  await nextFrame();
  if ('fonts' in document && document.fonts) await document.fonts.ready;
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

/** Whether this document can load web fonts at all (a test DOM may not). */
const hasFontFaceSet = (): boolean => 'fonts' in document && Boolean(document.fonts);

/**
 * Whether every web font the app bundles (the Devanagari faces, styles/fonts.css) has loaded,
 * asking for all of them at once. Chromium keeps the shapes of text it laid out while a
 * unicode-range face was still on its way: a name drawn before its face arrived stays empty boxes
 * on screen and in the PDF after it has. So the packet is drawn only once they are all here (a few
 * local files, loaded once per page; a Latin-only packet still uses none of them). A face that
 * fails to load is not waited for; its text prints in the next font.
 */
export function useWebFontsLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => !hasFontFaceSet() || Array.from(document.fonts).every((face) => face.status === 'loaded'));
  useEffect(() => {
    if (loaded) return;
    let current = true;
    void Promise.all(Array.from(document.fonts, (face) => face.load().catch(() => undefined))).then(() => {
      if (current) setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [loaded]);
  return loaded;
}
