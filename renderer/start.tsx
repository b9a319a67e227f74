import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { ApiProvider } from './api/api-context';
import { ArrivingRowsContext } from './api/arriving-rows';
import { trackBookOpening } from './api/book-opening';
import type { BootedApi } from './api/boot';
import { App } from './app/app';
import { BookOpeningContext } from './app/book-opening-indicator';
import { ErrorBoundary } from './components/error-boundary';
import { NoticesProvider } from './components/notices';

// main.tsx sets the first screen's language before it calls start, from this chunk rather than one of its own.
export { setInterfaceLanguage, showPseudoLocale } from './i18n';

/** Renders the app into `root`, its first calls answered from the boot answer main.tsx asked for. */
export function start(root: HTMLElement, { api, boot, arriving }: BootedApi): void {
  const opening = trackBookOpening(
    api,
    boot.then((answer) => answer?.opening ?? null),
  );

  // Hash routing: the same build is served from app://clientbook/index.html and from the host at `/`.
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary scope="app">
        <ApiProvider api={api}>
          <BookOpeningContext value={opening}>
            <ArrivingRowsContext value={arriving}>
              <NoticesProvider>
                <HashRouter>
                  <App />
                </HashRouter>
              </NoticesProvider>
            </ArrivingRowsContext>
          </BookOpeningContext>
        </ApiProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
