import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import type { AppStatus } from '../../shared/model';
import { ErrorBoundary } from '../components/error-boundary';
import { lazyScreen } from '../components/lazy-screen';
import { StatusBar } from '../components/status-bar';
import { ClientsScreen } from '../features/clients/clients-screen';
import { DashboardScreen } from '../features/dashboard/dashboard-screen';
import { SearchLauncher } from '../features/search/search-box';
import { QuickAddProvider } from '../features/tasks/quick-add';
import { TasksNavBadge } from '../features/tasks/tasks-nav-badge';
import { BookOpeningIndicator } from './book-opening-indicator';
import { CurrentUserProvider } from './current-user';
import { CurrentUserPicker, CurrentUserPrompt } from './current-user-picker';
import { navItems } from './navigation';
import { NotFoundScreen } from './not-found-screen';
import { TierNamesProvider } from './tier-names';
import { useHeadingFocus } from './use-heading-focus';
import { useAppCommands } from './use-app-commands';
import { useWorkstation } from './workstation-gate';

// Screens the first one does not use are fetched when first opened, so the window opens on a smaller bundle.
const ActivityScreen = lazyScreen(() => import('../features/activity/activity-screen').then((screen) => screen.ActivityScreen));
const ClientPage = lazyScreen(() => import('../features/client-page/client-page').then((screen) => screen.ClientPage));
const ImportScreen = lazyScreen(() => import('../features/import/import-screen').then((screen) => screen.ImportScreen));
const NewClientScreen = lazyScreen(() => import('../features/clients/new-client-screen').then((screen) => screen.NewClientScreen));
const PrintMyDayScreen = lazyScreen(() => import('../features/tasks/print-my-day-screen').then((screen) => screen.PrintMyDayScreen));
const RequestsScreen = lazyScreen(() => import('../features/requests/requests-screen').then((screen) => screen.RequestsScreen));
const ReviewsScreen = lazyScreen(() => import('../features/reviews/reviews-screen').then((screen) => screen.ReviewsScreen));
const SatisfactionScreen = lazyScreen(() =>
  import('../features/satisfaction/satisfaction-screen').then((screen) => screen.SatisfactionScreen),
);
const SettingsScreen = lazyScreen(() => import('../features/settings/settings-screen').then((screen) => screen.SettingsScreen));
const TasksScreen = lazyScreen(() => import('../features/tasks/tasks-screen').then((screen) => screen.TasksScreen));
const TeamScreen = lazyScreen(() => import('../features/team/team-screen').then((screen) => screen.TeamScreen));
const TeamTasksScreen = lazyScreen(() => import('../features/tasks/team-tasks-screen').then((screen) => screen.TeamTasksScreen));
const WorkflowTemplatesScreen = lazyScreen(() =>
  import('../features/workflows/workflow-templates-screen').then((screen) => screen.WorkflowTemplatesScreen),
);

/** The app proper: navigation on the left, the screen, and the status line. */
export function Shell({ status }: { status: AppStatus }) {
  const workstation = useWorkstation();
  const signedInHere = workstation?.status.state === 'signed-in' ? (workstation.status.member?.id ?? null) : null;
  return (
    <CurrentUserProvider signedInMemberId={status.office?.memberId ?? signedInHere}>
      <TierNamesProvider>
        <QuickAddProvider>
          <ShellLayout status={status} />
        </QuickAddProvider>
      </TierNamesProvider>
    </CurrentUserProvider>
  );
}

function ShellLayout({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useAppCommands();
  useHeadingFocus(mainRef, pathname);

  return (
    <div className="shell">
      {/* The router owns the hash, so the skip link moves focus itself instead of following "#main". */}
      <a
        href="#main-content"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <nav className="shell__nav" aria-label={t('nav.label')}>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            {/* eslint-disable-next-line i18next/no-literal-string -- the logo's letter, a drawing hidden from screen readers, not a word */}
            {'C'}
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            {status.firmName && <span className="brand-firm">{status.firmName}</span>}
          </span>
        </div>
        <SearchLauncher />
        <ul className="nav-list">
          {navItems.map((item, index) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'} className="nav-link" aria-keyshortcuts={`Alt+${index + 1}`}>
                <span>
                  {t(`nav.${item.key}`)}
                  {item.key === 'tasks' && <TasksNavBadge />}
                </span>
                <kbd className="nav-link__key" aria-hidden="true">
                  {t('nav.shortcut', { key: index + 1 })}
                </kbd>
              </NavLink>
            </li>
          ))}
        </ul>
        <CurrentUserPicker />
        <BookOpeningIndicator />
      </nav>
      <div className="shell__body">
        <main id="main-content" ref={mainRef} tabIndex={-1} className="shell__main">
          {status.office?.reachable === false && (
            <p role="alert" className="alert alert--warning">
              {t('office.unreachable')}
            </p>
          )}
          <CurrentUserPrompt />
          <ErrorBoundary scope="screen" resetKey={pathname}>
            <Routes>
              <Route index element={<DashboardScreen />} />
              <Route path="clients" element={<ClientsScreen />} />
              <Route path="clients/new" element={<NewClientScreen />} />
              <Route path="clients/:id" element={<ClientPage />} />
              <Route path="tasks" element={<TasksScreen />} />
              <Route path="tasks/team" element={<TeamTasksScreen />} />
              <Route path="tasks/print" element={<PrintMyDayScreen />} />
              <Route path="requests" element={<RequestsScreen />} />
              <Route path="satisfaction" element={<SatisfactionScreen />} />
              <Route path="reviews" element={<ReviewsScreen />} />
              <Route path="team" element={<TeamScreen />} />
              <Route path="settings" element={<SettingsScreen />} />
              <Route path="settings/workflows" element={<WorkflowTemplatesScreen />} />
              <Route path="import" element={<ImportScreen />} />
              <Route path="activity" element={<ActivityScreen />} />
              <Route path="*" element={<NotFoundScreen />} />
            </Routes>
          </ErrorBoundary>
        </main>
        <StatusBar status={status} />
      </div>
    </div>
  );
}
