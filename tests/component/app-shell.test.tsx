import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ApiError } from '../../renderer/api/api-error';
import { App } from '../../renderer/app/app';
import { renderAppShell } from './support/app-shell';
import { appStatus, backup, officeBook, teamMember } from './support/data';
import { renderWithApp } from './support/render';

function renderApp() {
  return renderAppShell({
    'backups:create': () =>
      backup({ file: 'clientbook-2025-11-27T10-00-00-000Z-manual.json', reason: 'manual', createdAt: '2025-11-27T10:00:00.000Z' }),
  });
}

describe('App shell', () => {
  it('shows the navigation, the dashboard counts and where the data lives', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'DashboardAlt 1',
      'ClientsAlt 2',
      'TasksAlt 3',
      'RequestsAlt 4',
      'SatisfactionAlt 5',
      'ReviewsAlt 6',
      'TeamAlt 7',
      'SettingsAlt 8',
      'ActivityAlt 9',
    ]);
    expect((await screen.findByText('client households')).previousElementSibling?.textContent).toBe('3');
    const status = screen.getByRole('contentinfo', { name: 'Status' });
    expect(status.textContent).toContain('/home/adviser/Clientbook/data');
    expect(status.textContent).toContain('Ready');
  });

  it('names the office book it works on and says when the database is out of reach, keeping the book on screen', async () => {
    let reachable = true;
    const { transport } = renderAppShell({ 'app:status': () => appStatus({ office: officeBook({ reachable }) }) });
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    const status = screen.getByRole('contentinfo', { name: 'Status' });
    expect(status.textContent).toContain('Office book');
    expect(status.textContent).toContain('clientbook on db.office.lan:5432, signed in as ann.lee');
    expect(status.textContent).not.toContain('/home/adviser');
    expect(screen.queryByRole('alert')).toBeNull();

    reachable = false;
    act(() => transport.emit('data:changed', { collections: [] }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The office database cannot be reached\. You are seeing the book/);
    expect(status.textContent).toContain('Read-only until reconnected');
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeTruthy();

    reachable = true;
    act(() => transport.emit('data:changed', { collections: [] }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(status.textContent).toContain('Ready');
  });

  it('goes to a section with Alt+number', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { name: 'Dashboard' });
    await user.keyboard('{Alt>}2{/Alt}');
    expect(await screen.findByRole('heading', { name: 'Clients' })).toBeTruthy();
    await user.keyboard('{Alt>}7{/Alt}');
    expect(await screen.findByRole('heading', { name: 'Team' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Team/ }).getAttribute('aria-current')).toBe('page');
  });

  it('moves focus to the new page’s heading on each route change, not on the first page', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(document.activeElement).toBe(document.body);
    await user.click(screen.getByRole('link', { name: /Clients/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Clients' })));
    // A screen fetched when first opened: its heading comes later, and still gets focus.
    await user.keyboard('{Alt>}7{/Alt}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Team' })));
  });

  it('follows menu commands: navigate, new client, back up now', async () => {
    const { transport } = renderApp();
    await screen.findByRole('heading', { name: 'Dashboard' });
    act(() => transport.emit('menu:command', { command: 'navigate', to: '/settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    act(() => transport.emit('menu:command', { command: 'newClient' }));
    expect(await screen.findByRole('heading', { name: 'New client' })).toBeTruthy();
    act(() => transport.emit('menu:command', { command: 'backupNow' }));
    expect(await screen.findByText(/^Backup saved/)).toBeTruthy();
    expect(transport.callsTo('backups:create')).toHaveLength(1);
  });

  it('opens Restore with the backup file Clientbook was opened with selected, again for the same file', async () => {
    const { transport } = renderApp();
    await screen.findByRole('heading', { name: 'Dashboard' });
    const file = '/Users/priya/Downloads/clientbook-2026-03-01T09-00-00-000Z-manual.clientbook-backup';
    act(() => transport.emit('menu:command', { command: 'restoreFile', file }));
    const form = await screen.findByRole('form', { name: 'Restore from a backup file…' });
    await waitFor(() => expect(within(form).getByLabelText('Backup file')).toHaveProperty('value', file));
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Restore from this file…' }));
    expect(transport.callsTo('backups:restoreFile')).toEqual([]);

    await userEvent.setup().clear(within(form).getByLabelText('Backup file'));
    act(() => transport.emit('menu:command', { command: 'restoreFile', file }));
    await waitFor(() => expect(within(form).getByLabelText('Backup file')).toHaveProperty('value', file));
  });

  it('follows Find and Print: the search box opens anywhere; Print on My day opens its printout, and prints it there', async () => {
    const { transport } = renderApp();
    await screen.findByRole('heading', { name: 'Dashboard' });
    act(() => transport.emit('menu:command', { command: 'search' }));
    expect(await screen.findByRole('dialog', { name: /search/i })).toBeTruthy();
    await userEvent.setup().keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /search/i })).toBeNull());

    // Nothing to print on the dashboard.
    act(() => transport.emit('menu:command', { command: 'print' }));
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    act(() => transport.emit('menu:command', { command: 'navigate', to: '/tasks' }));
    await screen.findByRole('heading', { name: 'My day' });
    act(() => transport.emit('menu:command', { command: 'print' }));
    expect(await screen.findByRole('heading', { name: 'Print my day' })).toBeTruthy();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    onTestFinished(() => void vi.unstubAllGlobals());
    act(() => transport.emit('menu:command', { command: 'print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('shows a plain message when the host refuses the page', async () => {
    renderWithApp(<App />, {
      handlers: {
        // What the HTTP transport throws on a 401/403 from the host.
        'app:status': () => {
          throw new ApiError('ACCESS_DENIED', 'The host refused "app:status" (HTTP 401).');
        },
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Clientbook did not accept this page's access key.");
    expect(alert.textContent).not.toContain('HTTP 401');
  });

  it('tells main who is at the workstation, so their changes carry their name, and nobody once the choice is cleared', async () => {
    const user = userEvent.setup();
    const members = [teamMember(), teamMember({ id: 'tm_2', name: 'Tom Hale' })];
    const { transport } = renderAppShell({
      'team:list': () => members,
      'session:member': ({ memberId }) => ({
        member: memberId ? { id: memberId, name: members.find((m) => m.id === memberId)!.name } : null,
      }),
    });
    await screen.findAllByRole('option', { name: 'Tom Hale' });
    const [chooser] = screen.getAllByLabelText('You are');
    await user.selectOptions(chooser!, 'Tom Hale');
    await waitFor(() => expect(transport.callsTo('session:member')).toEqual([{ memberId: 'tm_2' }]));
    await user.selectOptions(chooser!, '');
    await waitFor(() => expect(transport.callsTo('session:member')).toEqual([{ memberId: 'tm_2' }, { memberId: null }]));
  });
});
