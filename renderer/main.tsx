import './styles/index.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { ApiProvider } from './api/api-context';
import { createDefaultApi } from './api';
import { bootApi } from './api/boot';
import { trackBookOpening } from './api/book-opening';
import { App } from './app/app';
import { BookOpeningContext } from './app/book-opening-indicator';
import { rememberedCurrentUser } from './app/current-user';
import { firstClientsQuery } from './app/first-screen';
import { ErrorBoundary } from './components/error-boundary';
import { NoticesProvider } from './components/notices';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The first screen's data in one call, asked before the first render; the screens' own calls are answered from it.
const { api, boot } = bootApi(createDefaultApi(), firstClientsQuery(window.location.hash, rememberedCurrentUser()));
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
          <NoticesProvider>
            <HashRouter>
              <App />
            </HashRouter>
          </NoticesProvider>
        </BookOpeningContext>
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
