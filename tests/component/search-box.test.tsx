import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import type { SearchHit } from '../../shared/model';
import { SearchLauncher } from '../../renderer/features/search/search-box';
import { QuickAddProvider } from '../../renderer/features/tasks/quick-add';
import { renderAppShell } from './support/app-shell';
import type { FakeHandlers } from './support/fake-transport';
import { clientRow, teamMember } from './support/data';
import { renderWithApp } from './support/render';

const rodriguez: SearchHit = {
  clientId: 'cl_rod',
  clientName: 'Rodriguez Household',
  status: 'active',
  archived: false,
  matchedOn: 'person',
  detail: 'José Rodriguez',
};
const okafor: SearchHit = {
  clientId: 'cl_oka',
  clientName: 'Okafor Household',
  status: 'former',
  archived: false,
  matchedOn: 'account',
  detail: '4821',
};

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderSearch(handlers: FakeHandlers = {}) {
  return renderWithApp(
    <QuickAddProvider>
      <SearchLauncher />
      <button type="button">Somewhere on the screen</button>
      <label>
        Notes <input />
      </label>
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </QuickAddProvider>,
    {
      currentUser: { member: teamMember() },
      handlers: {
        'search:clients': () => ({ hits: [rodriguez, okafor], total: 12 }),
        'clients:list': () => [clientRow()],
        ...handlers,
      },
    },
  );
}

const combobox = () => screen.getByRole('combobox', { name: 'Search clients or go to a screen' });
const where = () => screen.getByTestId('where').textContent;

describe('Search box', () => {
  it('opens with / from anywhere but a field, lists clients with what matched, and opens one with ArrowDown and Enter', async () => {
    const user = userEvent.setup();
    const { transport } = renderSearch();
    // Typing "/" in a field is a slash, not the shortcut.
    await user.type(screen.getByLabelText('Notes'), 'a/b');
    expect(screen.queryByRole('combobox', { name: 'Search clients or go to a screen' })).toBeNull();
    act(() => (document.activeElement as HTMLElement).blur());

    await user.keyboard('/');
    expect(document.activeElement).toBe(combobox());
    await user.keyboard('jose rodr');
    const list = await screen.findByRole('listbox', { name: 'Search results' });
    const clients = within(list).getByRole('group', { name: 'Clients' });
    await waitFor(() =>
      expect(
        within(clients)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Rodriguez HouseholdJosé Rodriguez', 'Okafor HouseholdFormer clientAccount ending 4821']),
    );
    expect(within(clients).getByText('10 more clients match: keep typing to narrow the list.')).toBeTruthy();
    expect(transport.callsTo('search:clients').at(-1)).toEqual({ text: 'jose rodr', limit: 8 });

    const [first, second] = within(clients).getAllByRole('option');
    expect(first!.getAttribute('aria-selected')).toBe('true');
    expect(combobox().getAttribute('aria-activedescendant')).toBe(first!.id);
    await user.keyboard('{ArrowDown}');
    expect(second!.getAttribute('aria-selected')).toBe('true');
    expect(combobox().getAttribute('aria-activedescendant')).toBe(second!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowDown}{Enter}');
    await waitFor(() => expect(where()).toBe('/clients/cl_oka'));
    expect(screen.queryByRole('combobox', { name: 'Search clients or go to a screen' })).toBeNull();
  });

  it("opens what matches the whole text when Enter comes before the last letter's matches", async () => {
    const user = userEvent.setup();
    let answerOk: (found: { hits: SearchHit[]; total: number }) => void = () => {};
    renderSearch({
      'search:clients': ({ text }) =>
        text === 'o' ? { hits: [rodriguez, okafor], total: 2 } : new Promise((resolve) => (answerOk = resolve)),
    });
    await user.keyboard('/o');
    await screen.findByRole('option', { name: /Rodriguez/ });
    // "k" and Enter at once: the list still shows the matches for "o", Rodriguez first.
    await user.keyboard('k{Enter}');
    expect(where()).toBe('/');
    act(() => answerOk({ hits: [okafor], total: 1 }));
    await waitFor(() => expect(where()).toBe('/clients/cl_oka'));
  });

  it('closes with Escape and gives focus back to where it was', async () => {
    const user = userEvent.setup();
    renderSearch();
    const somewhere = screen.getByRole('button', { name: 'Somewhere on the screen' });
    act(() => somewhere.focus());
    await user.keyboard('/');
    expect(document.activeElement).toBe(combobox());
    await user.keyboard('lee{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Search clients or go to a screen' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(somewhere));
    expect(where()).toBe('/');
  });

  it('goes to a screen or starts a new client or task by name, before anything is typed or after', async () => {
    const user = userEvent.setup();
    renderSearch();
    await user.click(screen.getByRole('button', { name: /Search or go to/ }));
    const commands = () =>
      within(screen.getByRole('group', { name: 'Go to' }))
        .getAllByRole('option')
        .map((option) => option.textContent);
    // Nothing typed: every screen and action, and no client search yet.
    expect(commands()).toContain('SettingsScreen');
    expect(commands()).toContain('New taskAction');
    expect(screen.queryByRole('group', { name: 'Clients' })).toBeNull();

    // The navigation calls My day "Tasks": either name finds it.
    await user.keyboard('tasks');
    await waitFor(() => expect(commands()).toEqual(['My dayScreen']));
    await user.clear(combobox());
    await user.keyboard('sett');
    await waitFor(() => expect(commands()).toEqual(['SettingsScreen']));
    // Two clients come first: the command is third.
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(where()).toBe('/settings'));

    await user.keyboard('/');
    await user.keyboard('new task');
    await waitFor(() => expect(commands()).toEqual(['New taskAction']));
    await user.click(screen.getByRole('option', { name: /New task/ }));
    const newTask = await screen.findByRole('dialog', { name: 'New task' });
    // "/" on the new task's buttons leaves it be: no second dialog over it.
    const cancel = await within(newTask).findByRole('button', { name: 'Cancel' });
    act(() => cancel.focus());
    await user.keyboard('/');
    expect(screen.queryByRole('combobox', { name: 'Search clients or go to a screen' })).toBeNull();
  });

  it('is in the app shell on every screen', async () => {
    const user = userEvent.setup();
    renderAppShell({ 'search:clients': () => ({ hits: [rodriguez], total: 1 }) });
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    await user.keyboard('/');
    expect(document.activeElement).toBe(combobox());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Search clients or go to a screen' })).toBeNull();
    await user.keyboard('{Alt>}2{/Alt}');
    expect(await screen.findByRole('heading', { name: 'Clients' })).toBeTruthy();
    await user.keyboard('/');
    expect(document.activeElement).toBe(combobox());
  });
});
