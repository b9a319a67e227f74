import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { TeamBook, TeamMember } from '../../shared/model';
import { TeamScreen } from '../../renderer/features/team/team-screen';
import { teamMember } from './support/data';
import { renderWithApp } from './support/render';

const usd = (dollars: number) => ({ amountMinor: dollars * 100, currency: 'USD' });

/** Each member's book: Priya's is nearly full, Anna's is over capacity, anyone else's is empty. */
function bookOf(member: TeamMember): TeamBook {
  const households = member.id === 'tm_1' ? 132 : member.id === 'tm_2' ? 64 : 0;
  return {
    memberId: member.id,
    name: member.name,
    role: member.role,
    active: member.active,
    capacity: member.capacity,
    households,
    byTier: {
      A: Math.floor(households / 4),
      B: Math.floor(households / 2),
      C: households - Math.floor(households / 4) - Math.floor(households / 2),
    },
    assets: usd(households * 400_000),
    annualRevenue: usd(households * 3_000),
  };
}

function renderTeam(
  members: TeamMember[] = [
    teamMember({ capacity: 150 }),
    teamMember({ id: 'tm_2', name: 'Anna Berg', role: 'adviser', active: false, capacity: 60 }),
  ],
) {
  const store = [...members];
  return renderWithApp(<TeamScreen />, {
    route: '/team',
    tierNames: { A: 'Platinum', B: 'Gold', C: 'Silver' },
    handlers: {
      'team:list': () => [...store],
      'team:books': () => store.map(bookOf),
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
  return [...screen.getByRole('table', { name: 'Team members' }).querySelectorAll<HTMLElement>('tbody tr')];
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
      expect(memberRows().map((row) => row.querySelector('.cell-primary')?.textContent)).toEqual(['Priya Shah', 'Sam Lee', 'Anna Berg']),
    );
    expect(transport.callsTo('team:create')).toEqual([
      { name: 'Sam Lee', role: 'paraplanner', email: 'sam@harbour.example', capacity: null, language: null },
    ]);
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

  it("shows each member's book: households against capacity, tiers by the firm's names, AUM and revenue", async () => {
    renderTeam([
      ...[teamMember({ capacity: 150 })],
      teamMember({ id: 'tm_2', name: 'Anna Berg', role: 'adviser', capacity: 60 }),
      teamMember({ id: 'tm_3', name: 'Sam Lee', email: 'sam@harbour.example' }),
    ]);
    const priya = await screen.findByRole('meter', { name: 'Priya Shah: 132 of 150 households' });
    expect(priya.getAttribute('aria-valuetext')).toBe('132 of 150');
    // Sorted by name: Anna, Priya, Sam.
    const [second, first, third] = memberRows();
    expect(first!.textContent).toContain('132 of 150');
    expect(first!.textContent).toContain('$52,800,000');
    expect(first!.textContent).toContain('$396,000');
    expect(within(first!).getByText('Platinum: 33')).toBeTruthy();
    expect(within(first!).getByText('Gold: 66')).toBeTruthy();
    expect(first!.querySelector('.capacity--over')).toBeNull();

    // Over capacity is a warning, said in words too.
    expect(second!.textContent).toContain('64 of 60');
    expect(second!.textContent).toContain('4 over capacity');
    expect(second!.querySelector('.capacity--over')).toBeTruthy();
    expect(within(second!).getByRole('meter').getAttribute('aria-valuetext')).toBe('64 of 60, 4 over capacity');

    expect(third!.textContent).toContain('No limit set');
    expect(within(third!).queryByRole('meter')).toBeNull();
  });

  it('changes and clears a capacity, and adds a member with one', async () => {
    const user = userEvent.setup();
    const { transport } = renderTeam();
    await user.click(await screen.findByRole('button', { name: 'Change capacity for Priya Shah' }));
    const input = screen.getByRole('spinbutton', { name: 'Change capacity for Priya Shah' });
    await user.clear(input);
    await user.type(input, '140{Enter}');
    expect(await screen.findByRole('meter', { name: 'Priya Shah: 132 of 140 households' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Change capacity for Anna Berg' }));
    await user.clear(screen.getByRole('spinbutton', { name: 'Change capacity for Anna Berg' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(memberRows()[1]!.textContent).toContain('No limit set'));
    expect(transport.callsTo('team:update')).toEqual([
      { id: 'tm_1', changes: { capacity: 140 } },
      { id: 'tm_2', changes: { capacity: null } },
    ]);

    const form = screen.getByRole('form', { name: 'Add team member' });
    await user.type(within(form).getByLabelText('Name'), 'Sam Lee');
    await user.selectOptions(within(form).getByLabelText('Role'), 'adviser');
    await user.type(within(form).getByLabelText('Email'), 'sam@harbour.example');
    await user.type(within(form).getByLabelText('Capacity (households)'), '0');
    await user.click(within(form).getByRole('button', { name: 'Add team member' }));
    expect(within(form).getByText(/Capacity \(households\) must be at least/)).toBeTruthy();
    await user.clear(within(form).getByLabelText('Capacity (households)'));
    await user.type(within(form).getByLabelText('Capacity (households)'), '120');
    await user.click(within(form).getByRole('button', { name: 'Add team member' }));
    await waitFor(() => expect(transport.callsTo('team:create').at(-1)).toMatchObject({ name: 'Sam Lee', capacity: 120 }));
  });

  it('says so when there is nobody yet', async () => {
    renderTeam([]);
    expect(await screen.findByRole('heading', { name: 'No team members yet' })).toBeTruthy();
  });
});
