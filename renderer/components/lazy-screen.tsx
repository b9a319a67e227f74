import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from './loading';

/** A screen's code could not be fetched (the app was updated underneath the window, or its files are damaged). */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super('A screen of Clientbook could not be loaded.', { cause });
    this.name = 'ScreenLoadError';
  }
}

/**
 * A screen whose code is fetched the first time it is shown, so the first screen does not wait for
 * it. While it loads, the quiet loading line shows. A failed fetch throws a `ScreenLoadError` for the
 * surrounding error boundary, and is not remembered: when the boundary tries again, so does the fetch.
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const fetchScreen = () =>
    load().then(
      (Screen) => ({ default: Screen }),
      (error: unknown) => {
        // React.lazy keeps a rejected load for good; a fresh one lets the next attempt fetch again.
        Screen = lazy(fetchScreen);
        throw new ScreenLoadError(error);
      },
    );
  let Screen = lazy(fetchScreen);
  return function LazyScreen(props: Props) {
    return (
      <Suspense fallback={<Loading />}>
        <Screen {...props} />
      </Suspense>
    );
  };
}
