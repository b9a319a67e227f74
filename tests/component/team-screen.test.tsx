import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { TeamMember } from '../../shared/model';
import { TeamScreen } from '../../renderer/features/team/team-screen';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';

function renderTeam(members: TeamMember[] = [teamMember(), teamMember({ id: 'tm_2', name: 'Anna Berg', role: 'adviser', active: false })]) {
  const store = [...members];
  return renderWithApp(<TeamScreen />, {
    route: '/team',
    handlers: {
      'team:list': () => [...store],
      'team:create': (draft) => {
        if (store.some((m) => m.email === draft.email)) {
          throw new AppError('CONFLICT', 'Another team member already uses this email.', [
            { path: 'email', message: 'is already used by another team member' },
          ]);
        }
        const member = teamMember({ id: `tm_${store.length + 1}`, ...draft, active: true });
        store.push(member);
        return member;
      },
      'team:update': ({ id, changes }) => {
        const index = store.findIndex((m) => m.id === id);
        const updated = { ...store[index]!, ...changes };
        store[index] = updated;
        return updated;
      },
    },
  });
}

function memberRows() {
  return within(screen.getByRole('table', { name: 'Team members' }))
    .getAllByRole('row')
    .slice(1);
}

describe('Team screen', () => {
  it('lists members, active first, with role and status', async () => {
    renderTeam();
    await screen.findByText('Priya Shah');
    const [first, second] = memberRows();
    expect(first!.textContent).toContain('Account manager');
    expect(first!.textContent).toContain('Active');
    expect(second!.textContent).toContain('Anna Berg');
    expect(second!.textContent).toContain('Inactive');
  });

  it('checks the add form and shows messages next to the fields', async () => {
    const user = userEvent.setup();
    const { transport } = renderTeam();
    await screen.findByText('Priya Shah');
    const form = screen.getByRole('form', { name: 'Add team member' });
    await user.type(within(form).getByLabelText('Name'), 'Sam Lee');
    await user.type(within(form).getByLabelText('Email'), 'sam@');
    await user.click(within(form).getByRole('button', { name: 'Add team member' }));

    expect(within(form).getByText('Choose a value for Role from the list.')).toBeTruthy();
    expect(within(form).getByText('Email must be an email address like name@example.com.')).toBeTruthy();
    expect(transport.callsTo('team:create')).toHaveLength(0);
  });

  it('shows a conflict from the backend next to the email field', async () => {
    const user = userEvent.setup();
    renderTeam();
    await screen.findByText('Priya Shah');
    const form = screen.getByRole('form', { name: 'Add team member' });
    await user.type(within(form).getByLabelText('Name'), 'Priya Two');
    await user.selectOptions(within(form).getByLabelText('Role'), 'adviser');
    await user.type(within(form).getByLabelText('Email'), 'priya@harbour.example');
    await user.click(within(form).getByRole('button', { name: 'Add team member' }));
    expect(await within(form).findByText('Email is already used by another team member')).toBeTruthy();
  });

  it('adds a member and clears the form', async () => {
    const user = userEvent.setup();
    const { transport } = renderTeam();
    await screen.findByText('Priya Shah');
    const form = screen.getByRole('form', { name: 'Add team member' });
    await user.type(within(form).getByLabelText('Name'), 'Sam Lee');
    await user.selectOptions(within(form).getByLabelText('Role'), 'paraplanner');
    await user.type(within(form).getByLabelText('Email'), 'sam@harbour.example');
    await user.click(within(form).getByRole('button', { name: 'Add team member' }));

    await waitFor(() =>
      expect(memberRows().map((row) => row.querySelector('td')?.textContent)).toEqual(['Priya Shah', 'Sam Lee', 'Anna Berg']),
    );
    expect(transport.callsTo('team:create')).toEqual([{ name: 'Sam Lee', role: 'paraplanner', email: 'sam@harbour.example' }]);
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('');
  });

  it('deactivates and reactivates a member', async () => {
    const user = userEvent.setup();
    const { transport } = renderTeam();
    await user.click(await screen.findByRole('button', { name: 'Deactivate Priya Shah' }));
    expect(await screen.findByRole('button', { name: 'Activate Priya Shah' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Activate Anna Berg' }));
    expect(await screen.findByRole('button', { name: 'Deactivate Anna Berg' })).toBeTruthy();
    expect(transport.callsTo('team:update')).toEqual([
      { id: 'tm_1', changes: { active: false } },
      { id: 'tm_2', changes: { active: true } },
    ]);
  });

  it('says so when there is nobody yet', async () => {
    renderTeam([]);
    expect(await screen.findByRole('heading', { name: 'No team members yet' })).toBeTruthy();
  });
});
