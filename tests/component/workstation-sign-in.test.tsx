// Sign-in at a shared workstation with the book on this computer (issue 15): the sign-in screen
// before the app, the lock after the idle time, unlocking, and Settings → Sign-in at this computer.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkstationStatus } from '../../shared/model';
import { AppError } from '../../shared/errors';
import { currentUserStorageKey } from '../../renderer/app/current-user';
import { WorkstationContext } from '../../renderer/app/workstation-gate';
import { WorkstationSignInSection } from '../../renderer/features/settings/workstation-sign-in-section';
import { renderAppShell } from './support/app-shell';
import { clientRow, teamMember, workstationStatus } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';

const priya = { id: 'tm_1', name: 'Priya Shah', hasPassword: true };
const tom = { id: 'tm_2', name: 'Tom Hale', hasPassword: false };
const required = (overrides: Partial<WorkstationStatus> = {}) =>
  workstationStatus({ required: true, idleMinutes: 5, state: 'signed-out', members: [priya, tom], ...overrides });
const signedIn = (member = priya) => required({ state: 'signed-in', member: { id: member.id, name: member.name } });
const wrongPassword = new AppError('FORBIDDEN', "That is not Priya Shah's password. Check it (is Caps Lock on?) and try again.");

/** The whole app with a workstation that requires sign-in; `status` is what main says now. */
function renderRequiringSignIn(start: WorkstationStatus, handlers: FakeHandlers = {}) {
  let status = start;
  const rendered = renderAppShell({
    'team:list': () => [teamMember(), teamMember({ id: 'tm_2', name: 'Tom Hale' })],
    'workstation:status': () => status,
    'workstation:signIn': ({ memberId, password }) => {
      if (password !== 'correct horse battery staple') throw wrongPassword;
      status = signedIn([priya, tom].find((m) => m.id === memberId));
      return status;
    },
    'workstation:setFirstPassword': ({ memberId }) => {
      const member = { ...tom, hasPassword: true };
      status = required({ state: 'signed-in', member: { id: memberId, name: member.name }, members: [priya, member] });
      return status;
    },
    'workstation:lock': () => {
      if (status.member) status = { ...status, state: 'locked' };
      return status;
    },
    'workstation:activity': () => status,
    // As main does: the book only for someone signed in.
    'clients:list': () => {
      if (status.state !== 'signed-in') throw new AppError('FORBIDDEN', 'Clientbook is locked. Sign in to go on.');
      return [clientRow()];
    },
    ...handlers,
  });
  return { ...rendered, setStatus: (next: WorkstationStatus) => (status = next) };
}

/** Nothing of the book on the page: no navigation, no screen, no firm. */
function expectNoBook() {
  expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  expect(screen.queryByRole('heading', { name: 'Dashboard' })).toBeNull();
  expect(document.body.textContent).not.toContain('Harbour Wealth Partners');
}

describe('signing in at a workstation that requires it', () => {
  afterEach(() => window.localStorage.clear());

  it('shows the sign-in screen first, refuses a wrong password plainly, and opens the app on the right one with Enter', async () => {
    window.localStorage.setItem(currentUserStorageKey, priya.id);
    const user = userEvent.setup();
    const { transport } = renderRequiringSignIn(required());
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeTruthy();
    expectNoBook();
    // Nothing of the book was even asked for.
    expect(new Set(transport.calls.map((call) => call.channel))).toEqual(new Set(['app:status', 'workstation:status']));

    // The name remembered at this computer is chosen, and the cursor is in the password field.
    expect((screen.getByLabelText('Your name') as HTMLSelectElement).value).toBe(priya.id);
    const password = screen.getByLabelText('Password');
    expect(document.activeElement).toBe(password);

    await user.keyboard('a wrong guess{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(wrongPassword.message);
    expect((password as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(password);

    await user.keyboard('correct horse battery staple{Enter}');
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('workstation:signIn')).toEqual([
      { memberId: priya.id, password: 'a wrong guess' },
      { memberId: priya.id, password: 'correct horse battery staple' },
    ]);
    // Signed in, the navigation names her and cannot be switched to someone else.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByText('Priya Shah (signed in)')).toBeTruthy();
    expect(within(nav).queryByRole('combobox')).toBeNull();
    expect(transport.callsTo('session:member')).toEqual([]);
  });

  it('lets a member without a password choose one, saying anyone at this computer could until they do', async () => {
    const user = userEvent.setup();
    const { transport } = renderRequiringSignIn(required());
    await user.selectOptions(await screen.findByLabelText('Your name'), 'Tom Hale');
    const form = screen.getByRole('form', { name: 'Choose your password' });
    expect(form.textContent).toContain(
      'Tom Hale has no password yet. Choose one now and keep it to yourself: until you do, anyone at this computer could choose it in your place and sign in as you.',
    );
    await user.type(within(form).getByLabelText('New password'), 'a new password for tom');
    await user.type(within(form).getByLabelText('New password again'), 'a new password for tim{Enter}');
    expect(await within(form).findByText('The two passwords are not the same; type the same new password twice.')).toBeTruthy();
    expect(transport.callsTo('workstation:setFirstPassword')).toEqual([]);

    await user.clear(within(form).getByLabelText('New password again'));
    await user.type(within(form).getByLabelText('New password again'), 'a new password for tom{Enter}');
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('workstation:setFirstPassword')).toEqual([{ memberId: tom.id, password: 'a new password for tom' }]);
  });

  it('locks at once from the navigation, and shows the lock when main refuses a call because it locked by itself', async () => {
    const user = userEvent.setup();
    const { transport, setStatus } = renderRequiringSignIn(signedIn());
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: 'Clientbook is locked' })).toBeTruthy();
    expectNoBook();
    expect(transport.callsTo('workstation:lock')).toHaveLength(1);
    await user.keyboard('correct horse battery staple{Enter}');
    await screen.findByRole('heading', { name: 'Dashboard' });

    // Main locked without the screen knowing: the next refusal brings the lock up.
    setStatus(required({ state: 'locked', member: { id: priya.id, name: priya.name } }));
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: /Clients/ }));
    expect(await screen.findByRole('heading', { name: 'Clientbook is locked' })).toBeTruthy();
  });
});

describe('the lock after the idle time', () => {
  beforeEach(() => {
    // The fake clock still moves with real time, so Testing Library's waits keep working.
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    window.localStorage.clear();
  });

  it('locks after the idle time without use, not while someone works, and unlocks with the same password', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { transport } = renderRequiringSignIn(signedIn());
    await screen.findByRole('heading', { name: 'Dashboard' });
    // The idle time starts when the screen's effects have run, as they do at once outside a test.
    await act(async () => {});

    // Used now and then: never idle for five minutes, never locked; main hears of it once a minute at most.
    for (let step = 0; step < 4; step++) {
      act(() => vi.advanceTimersByTime(4 * 60_000));
      await user.keyboard('{Shift}');
    }
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect(transport.callsTo('workstation:lock')).toEqual([]);
    expect(transport.callsTo('workstation:activity')).toHaveLength(4);

    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(await screen.findByRole('heading', { name: 'Clientbook is locked' })).toBeTruthy();
    expectNoBook();
    expect(transport.callsTo('workstation:lock')).toHaveLength(1);
    expect(screen.getByText(/^Priya Shah was signed in/)).toBeTruthy();
    expect((screen.getByLabelText('Your name') as HTMLSelectElement).value).toBe(priya.id);
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));

    await user.keyboard('correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
  });
});

describe('Settings → Sign-in at this computer', () => {
  function renderSection(status: WorkstationStatus, handlers: FakeHandlers = {}) {
    const setStatus = vi.fn();
    const rendered = renderWithApp(
      <WorkstationContext value={{ status, setStatus, lock: () => {} }}>
        <WorkstationSignInSection />
      </WorkstationContext>,
      { currentUser: { member: teamMember() }, handlers },
    );
    return { ...rendered, setStatus, section: screen.getByRole('region', { name: 'Sign-in at this computer' }) };
  }

  it('sets my first password, then requires sign-in only with it', async () => {
    const user = userEvent.setup();
    const open = workstationStatus({ members: [{ ...priya, hasPassword: false }, tom], member: { id: priya.id, name: priya.name } });
    const { section, transport, setStatus } = renderSection(open, {
      'workstation:setPassword': () => ({ ...open, members: [priya, tom] }),
    });
    expect(section.textContent).toContain('Set your password above first');
    expect(within(section).queryByRole('button', { name: 'Require sign-in' })).toBeNull();

    const mine = within(section).getByRole('form', { name: 'Set my password' });
    expect(within(mine).queryByLabelText('Current password')).toBeNull();
    await user.type(within(mine).getByLabelText('New password'), 'correct horse battery staple');
    await user.type(within(mine).getByLabelText('New password again'), 'correct horse battery staple{Enter}');
    await waitFor(() => expect(setStatus).toHaveBeenCalledWith({ ...open, members: [priya, tom] }));
    expect(transport.callsTo('workstation:setPassword')).toEqual([{ currentPassword: null, password: 'correct horse battery staple' }]);
  });

  it('requires sign-in with my password, and asks for it again to change the idle time or stop requiring it', async () => {
    const user = userEvent.setup();
    const open = workstationStatus({ members: [priya, tom], member: { id: priya.id, name: priya.name } });
    const { section, transport } = renderSection(open, { 'workstation:configure': (input) => ({ ...open, required: input.required }) });
    const requirement = within(section).getByRole('form', { name: 'Sign-in' });
    const minutes = within(requirement).getByLabelText('Lock after this many minutes without use');
    await user.clear(minutes);
    await user.type(minutes, '3');
    await user.type(within(requirement).getByLabelText('Your password'), 'correct horse battery staple{Enter}');
    expect(
      await within(requirement).findByText('Lock after this many minutes without use must be a whole number from 5 to 240.'),
    ).toBeTruthy();
    await user.clear(minutes);
    await user.type(minutes, '10{Enter}');
    await waitFor(() =>
      expect(transport.callsTo('workstation:configure')).toEqual([
        { required: true, idleMinutes: 10, password: 'correct horse battery staple' },
      ]),
    );
  });

  it('stops requiring sign-in with the second button, and clears a colleague’s password with mine', async () => {
    const user = userEvent.setup();
    const on = signedIn();
    const withBen = { ...on, members: [priya, { ...tom, hasPassword: true }] };
    const { section, transport } = renderSection(withBen, {
      'workstation:configure': (input) => ({ ...withBen, required: input.required }),
      'workstation:clearPassword': () => ({ ...withBen, members: [priya, tom] }),
    });
    expect(section.textContent).toContain('Sign-in is required at this computer. Clientbook locks after 5 minutes without use');
    const requirement = within(section).getByRole('form', { name: 'Sign-in' });
    await user.type(within(requirement).getByLabelText('Your password'), 'correct horse battery staple');
    await user.click(within(requirement).getByRole('button', { name: 'Stop requiring sign-in' }));
    await waitFor(() =>
      expect(transport.callsTo('workstation:configure')).toEqual([
        { required: false, idleMinutes: 5, password: 'correct horse battery staple' },
      ]),
    );

    const members = within(section).getByRole('list', { name: 'Team members and their passwords' });
    expect(within(members).getByText('Priya Shah (you)')).toBeTruthy();
    await user.click(within(members).getByRole('button', { name: 'Clear password Tom Hale' }));
    const confirm = within(members).getByRole('form', { name: "Clear Tom Hale's password?" });
    expect(document.activeElement).toBe(within(confirm).getByLabelText('Your password'));
    await user.keyboard('correct horse battery staple{Enter}');
    await waitFor(() =>
      expect(transport.callsTo('workstation:clearPassword')).toEqual([{ memberId: tom.id, password: 'correct horse battery staple' }]),
    );
  });
});
