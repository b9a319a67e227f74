import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppStatus, MemberAccess, TeamMember } from '../../shared/model';
import { TeamScreen } from '../../renderer/features/team/team-screen';
import { renderAppShell } from './support/app-shell';
import { appStatus, officeBook, teamMember } from './support/data';
import { renderWithApp } from './support/render';

const priya = teamMember();
const ben = teamMember({ id: 'tm_2', name: 'Ben Ortiz', role: 'adviser', email: 'ben@harbour.example' });

function officeStatus(office: Partial<NonNullable<AppStatus['office']>> = {}): AppStatus {
  return appStatus({ office: officeBook({ login: 'priya.shah', memberId: priya.id, admin: true, ...office }) });
}

function renderTeam(status: AppStatus, members: TeamMember[] = [priya, ben]) {
  let access: MemberAccess[] = [{ memberId: priya.id, login: 'priya.shah', admin: true, state: 'active', oneTimePasswordUntil: null }];
  return renderWithApp(<TeamScreen />, {
    route: '/team',
    status,
    handlers: {
      'team:list': () => members,
      'team:books': () => [],
      'access:list': () => access,
      'access:give': ({ memberId, admin }) => {
        const validUntil = '2026-12-13T10:00:00.000Z';
        access = [...access, { memberId, login: 'ben.ortiz', admin, state: 'one-time-password', oneTimePasswordUntil: validUntil }];
        return { login: 'ben.ortiz', password: 'Xq7-one-time-secret', validUntil };
      },
      'access:revoke': ({ memberId }) => {
        access = access.map((row) =>
          row.memberId === memberId ? { ...row, admin: false, state: 'revoked', oneTimePasswordUntil: null } : row,
        );
        return access;
      },
    },
  });
}

describe('sign-ins to the office book', () => {
  it('lets an admin give a team member access, shows the one-time password once, and revoke it again', async () => {
    const user = userEvent.setup();
    const { transport } = renderTeam(officeStatus());
    const section = await screen.findByRole('region', { name: 'Sign-ins to the office book' });
    const benRow = await within(section).findByRole('row', { name: /Ben Ortiz/ });
    expect(benRow.textContent).toContain('No access');

    await user.click(within(benRow).getByRole('button', { name: 'Give access to Ben Ortiz' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Give Ben Ortiz access to the office book?' });
    await user.click(within(confirm).getByLabelText('Admin'));
    await user.click(within(confirm).getByRole('button', { name: 'Give access' }));

    const shown = await within(section).findByRole('status');
    expect(shown.textContent).toContain('ben.ortiz');
    expect(shown.textContent).toContain('Xq7-one-time-secret');
    expect(shown.textContent).toMatch(/shown only now/);
    expect(transport.callsTo('access:give')).toEqual([{ memberId: ben.id, admin: true }]);
    await waitFor(() =>
      expect(within(section).getByRole('row', { name: /Ben Ortiz/ }).textContent).toMatch(/ben\.ortiz.*Admin.*One-time password/),
    );
    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText('Xq7-one-time-secret')).toBeNull();

    await user.click(within(section).getByRole('button', { name: 'Revoke Ben Ortiz’s access' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Revoke Ben Ortiz’s access?' })).getByRole('button', { name: 'Revoke access' }),
    );
    await waitFor(() => expect(within(section).getByRole('row', { name: /Ben Ortiz/ }).textContent).toContain('Access revoked'));
    expect(transport.callsTo('access:revoke')).toEqual([{ memberId: ben.id }]);
  });

  it('shows a member who has access and who has not, without the buttons only admins may use', async () => {
    renderTeam(officeStatus({ admin: false }));
    const section = await screen.findByRole('region', { name: 'Sign-ins to the office book' });
    await within(section).findByRole('row', { name: /Priya Shah/ });
    expect(within(section).queryAllByRole('button')).toEqual([]);
    expect(section.textContent).toContain('Admins give and take away access.');
  });

  it('has no sign-ins section for a book kept on this computer', async () => {
    renderTeam(appStatus());
    await screen.findByRole('table', { name: 'Team members' });
    expect(screen.queryByRole('region', { name: 'Sign-ins to the office book' })).toBeNull();
  });

  it('asks for a password of one’s own after a one-time password, before the app', async () => {
    const user = userEvent.setup();
    let status = officeStatus({ mustChangePassword: true });
    const { transport } = renderAppShell({
      'app:status': () => status,
      'session:setPassword': () => {
        status = officeStatus();
        return status;
      },
    });
    await screen.findByRole('heading', { name: 'Choose your own password' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();

    await user.type(screen.getByLabelText('New password'), 'correct horse battery');
    await user.type(screen.getByLabelText('New password again'), 'correct horse batterx');
    await user.click(screen.getByRole('button', { name: 'Save my password' }));
    expect(await screen.findByText('The two passwords are not the same; type the same new password twice.')).toBeTruthy();
    expect(transport.callsTo('session:setPassword')).toEqual([]);

    await user.clear(screen.getByLabelText('New password again'));
    await user.type(screen.getByLabelText('New password again'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Save my password' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('session:setPassword')).toEqual([{ password: 'correct horse battery' }]);
  });

  it('shows who signed in as who is at this workstation, and asks nobody to choose', async () => {
    const { transport } = renderAppShell({ 'app:status': () => officeStatus(), 'team:list': () => [priya, ben] });
    await screen.findByRole('heading', { name: 'Dashboard' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(nav.textContent).toContain('Priya Shah (signed in)'));
    expect(within(nav).queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Who is at this computer?' })).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(transport.callsTo('session:member')).toEqual([]);
  });
});
