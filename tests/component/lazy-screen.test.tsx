import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { Link, MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/components/error-boundary';
import { lazyScreen } from '../../renderer/components/lazy-screen';
import { renderAppShell } from './support/app-shell';

// The team screen's code cannot be fetched, as when Clientbook was updated under an open window.
vi.mock('../../renderer/features/team/team-screen', () => {
  throw new TypeError('Failed to fetch dynamically imported module: app://clientbook/assets/team-screen-old.js');
});

/** The shell's arrangement in small: a screen boundary that starts over when the route changes. */
function Screens({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary scope="screen" resetKey={pathname}>
      {children}
    </ErrorBoundary>
  );
}

describe('Screens loaded when opened', () => {
  beforeEach(() => {
    // React and the boundary report the failure to the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers to reload when a screen of the app shell cannot be loaded, and keeps the navigation', async () => {
    const user = userEvent.setup();
    renderAppShell();
    await screen.findByRole('heading', { name: 'Dashboard' });
    await user.click(screen.getByRole('link', { name: /^Team/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This screen could not be opened.');
    expect(alert.textContent).toContain('Your data is safe');
    expect(alert.textContent).not.toContain('Failed to fetch');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: /^Clients/ }));
    expect(await screen.findByRole('heading', { name: 'Clients' })).toBeTruthy();
  });

  it('shows the loading line while a screen loads, and fetches it again after a failed attempt', async () => {
    const user = userEvent.setup();
    const attempts: { resolve: (screen: () => ReactElement) => void; reject: (error: Error) => void }[] = [];
    const Reports = lazyScreen(() => new Promise<() => ReactElement>((resolve, reject) => attempts.push({ resolve, reject })));
    render(
      <MemoryRouter initialEntries={['/reports']}>
        <Link to="/">Home</Link>
        <Link to="/reports">Reports</Link>
        <Screens>
          <Routes>
            <Route index element={<p>Home screen</p>} />
            <Route path="reports" element={<Reports />} />
          </Routes>
        </Screens>
      </MemoryRouter>,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await act(async () => attempts[0]!.reject(new TypeError('Failed to fetch dynamically imported module')));
    expect((await screen.findByRole('alert')).textContent).toContain('This screen could not be opened.');

    await user.click(screen.getByRole('link', { name: 'Home' }));
    await user.click(screen.getByRole('link', { name: 'Reports' }));
    expect(attempts).toHaveLength(2);
    await act(async () => attempts[1]!.resolve(() => <h1>Reports</h1>));
    expect(await screen.findByRole('heading', { name: 'Reports' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
