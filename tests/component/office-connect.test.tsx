import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/app/app';
import { DataSection } from '../../renderer/features/settings/data-section';
import { AppError } from '../../shared/errors';
import type { AppStatus, OfficeConnection } from '../../shared/model';
import { appStatus, officeBook } from './support/data';
import { renderAppShell } from './support/app-shell';
import { renderWithApp } from './support/render';

const saved: OfficeConnection = { host: 'db.office.lan', port: 5432, database: 'clientbook', login: 'ann.lee', sslmode: 'verify-full' };

function officeStatus(overrides: Partial<AppStatus> = {}): AppStatus {
  return appStatus({ office: officeBook(), ...overrides });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Connect to the office database', () => {
  it('asks for the password when this workstation opens the office book, says why it was refused, and opens it', async () => {
    const user = userEvent.setup();
    let status: AppStatus = officeStatus({
      mode: 'office-sign-in',
      office: officeBook({ reachable: false, memberId: null }),
    });
    const { transport } = renderAppShell({
      'app:status': () => status,
      'office:connection': () => ({ saved, canRemember: true }),
      'office:connect': ({ password }) => {
        if (password !== 'correct horse battery') {
          throw new AppError('FORBIDDEN', 'The office database refused the sign-in: check your name and password.');
        }
        status = officeStatus();
        return status;
      },
    });
    expect(await screen.findByRole('heading', { name: 'Sign in to the office book' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    const form = await screen.findByRole('form', { name: 'Connect to the office database' });
    expect((within(form).getByLabelText('Server') as HTMLInputElement).value).toBe('db.office.lan');
    expect((within(form).getByLabelText('Your sign-in name') as HTMLInputElement).value).toBe('ann.lee');
    expect((within(form).getByLabelText('Encryption') as HTMLSelectElement).value).toBe('verify-full');

    await user.type(within(form).getByLabelText('Password'), 'not it');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'The office database refused the sign-in: check your name and password.',
    );

    await user.clear(within(form).getByLabelText('Password'));
    await user.type(within(form).getByLabelText('Password'), 'correct horse battery');
    await user.click(within(form).getByLabelText('Remember the password on this computer'));
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('office:connect').at(-1)).toEqual({ ...saved, password: 'correct horse battery', remember: true });
  });

  it('is one of the ways to begin, and offers no remembering where the system cannot keep a password', async () => {
    const user = userEvent.setup();
    const { transport } = renderWithApp(<App />, {
      handlers: {
        'app:status': () => appStatus({ mode: 'needs-setup', counts: { clients: 0, teamMembers: 0 }, firmName: '' }),
        'office:connection': () => ({ saved: null, canRemember: false }),
        'office:connect': () => officeStatus(),
        'dashboard:get': () => {
          throw new AppError('UNAVAILABLE', 'Not in this test.');
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Connect…' }));
    const form = await screen.findByRole('form', { name: 'Connect to the office database' });
    expect(within(form).queryByLabelText('Remember the password on this computer')).toBeNull();
    await user.type(within(form).getByLabelText('Server'), 'db.office.lan');
    await user.type(within(form).getByLabelText('Database'), 'clientbook');
    await user.type(within(form).getByLabelText('Your sign-in name'), 'ann.lee');
    await user.type(within(form).getByLabelText('Password'), 'secret words');
    await user.click(within(form).getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(transport.callsTo('office:connect')).toHaveLength(1));
    expect(transport.callsTo('office:connect')[0]).toEqual({
      host: 'db.office.lan',
      port: 5432,
      database: 'clientbook',
      login: 'ann.lee',
      password: 'secret words',
      sslmode: 'require',
      remember: false,
    });
  });

  it('goes back to the book on this computer from Settings → Data, after asking, and starts afresh', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    const { transport } = renderWithApp(<DataSection />, {
      status: officeStatus(),
      handlers: {
        'office:useLocalBook': () => appStatus(),
        'exports:defaultFolder': () => ({ folder: '/home/adviser/Documents' }),
        'imports:list': () => [],
      },
    });
    await user.click(
      within(screen.getByRole('region', { name: 'Office book' })).getByRole('button', { name: 'Use the book on this computer' }),
    );
    expect(transport.callsTo('office:useLocalBook')).toEqual([]);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Use the book on this computer' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(transport.callsTo('office:useLocalBook')).toHaveLength(1);
  });
});
