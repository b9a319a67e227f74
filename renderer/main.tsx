import './styles/index.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { ApiProvider } from './api/api-context';
import { createDefaultApi } from './api';
import { App } from './app/app';
import { ErrorBoundary } from './components/error-boundary';
import { NoticesProvider } from './components/notices';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// Hash routing: the same build is served from app://clientbook/index.html and from the host at `/`.
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary scope="app">
      <ApiProvider api={createDefaultApi()}>
        <NoticesProvider>
          <HashRouter>
            <App />
          </HashRouter>
        </NoticesProvider>
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
