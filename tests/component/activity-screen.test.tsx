import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActivityEntry, AuditVerdict } from '../../shared/model';
import { ApiError } from '../../renderer/api/api-error';
import { ActivityScreen } from '../../renderer/features/activity/activity-screen';
import { formattersFor } from '../../renderer/i18n/format';
import { activityEntry, auditListFrom, entriesNumbered, rowsOf, manyChanges } from './support/activity-data';
import { renderAppShell } from './support/app-shell';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';

function renderScreen(handlers: FakeHandlers) {
  return renderWithApp(<ActivityScreen />, { route: '/activity', handlers });
}

const table = () => screen.findByRole('table', { name: 'Activity, newest first' });

/** The "What changed" cell of the row for entry `n`. */
function whatOf(element: HTMLElement, n: number): HTMLElement {
  const row = within(element)
    .getAllByRole('row')
    .find((candidate) => candidate.querySelector('td')?.textContent === String(n));
  if (!row) throw new Error(`No row for entry ${n}.`);
  return within(row).getAllByRole('cell')[3]!;
}

describe('Activity screen', () => {
  it('lists entries newest first: number, local date and time, who, and a sentence per change', async () => {
    const at = '2026-03-02T14:30:00.000Z';
    const trail: ActivityEntry[] = [
      activityEntry({ n: 1, at, actor: 'Clientbook', kind: 'change', changes: [{ op: 'set', c: 'meta' }], clientNames: {} }),
      activityEntry({
        n: 2,
        actor: 'priya',
        member: { id: 'tm_1', name: 'Priya Shah' },
        changes: [{ op: 'create', c: 'tasks', id: 'ta_1', clientId: 'cl_1' }],
      }),
      activityEntry({
        n: 3,
        actor: 'sam',
        changes: [{ op: 'update', c: 'clients', id: 'cl_2', clientId: 'cl_2' }],
        clientNames: { cl_2: 'Smith & <Jones>' },
      }),
      // The household is gone, so the trail has no name for it.
      activityEntry({ n: 4, changes: [{ op: 'delete', c: 'holdings', id: 'ho_1', clientId: 'cl_9' }], clientNames: {} }),
      activityEntry({ n: 5, changes: [{ op: 'set', c: 'settings' }], clientNames: {} }),
      activityEntry({ n: 6, changes: [{ op: 'create', c: 'teamMembers', id: 'tm_3' }], clientNames: {} }),
      activityEntry({ n: 7, kind: 'restore', changes: [], clientNames: {} }),
      activityEntry({ n: 8, kind: 'replace', changes: [], clientNames: {} }),
      activityEntry({ n: 9, changes: [{ op: 'update', c: 'somethingNew', id: 'x_1' }], clientNames: {} }),
    ];
    const { transport } = renderScreen({ 'audit:list': auditListFrom(trail) });

    expect(screen.getByRole('heading', { level: 1, name: 'Activity' })).toBeTruthy();
    const list = await table();
    expect(
      within(list)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['No.', 'When', 'Who', 'What changed']);
    const rows = rowsOf(list);
    expect(rows.map((cells) => cells[0])).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1']);
    expect(rows.map((cells) => cells[3])).toEqual([
      'Updated a record',
      'Imported a whole book (the previous book was replaced)',
      'Restored a backup (the whole book was replaced)',
      'Added a team member',
      'Changed the settings',
      'Deleted a product',
      'Updated the household Smith & <Jones>',
      'Created a task for Okafor Household',
      'Set up the book',
    ]);
    // When: the app's own date formatting, in local time; who: the computer account.
    const time = within(list).getAllByRole('row')[9]!.querySelector('time')!;
    expect(time.getAttribute('dateTime')).toBe(at);
    expect(time.textContent).toBe(formattersFor('en').dateTime(at));
    expect(rows[8]![2]).toBe('Clientbook');
    expect(rows[6]![2]).toBe('sam');
    // Once someone chose who they are, the team member first, then the computer account.
    expect(rows[7]![2]).toBe('Priya Shahpriya');
    expect(within(within(list).getAllByRole('row')[8]!).getByText('priya').className).toBe('cell-secondary');

    // Household names link to their client page.
    expect(within(whatOf(list, 2)).getByRole('link', { name: 'Okafor Household' }).getAttribute('href')).toBe('/clients/cl_1');
    expect(within(whatOf(list, 3)).getByRole('link', { name: 'Smith & <Jones>' }).getAttribute('href')).toBe('/clients/cl_2');
    expect(within(whatOf(list, 4)).queryByRole('link')).toBeNull();

    expect(transport.callsTo('audit:list')).toEqual([{ limit: 50 }]);
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  it('sums up an entry with many changes and lists them, capped, on request', async () => {
    const user = userEvent.setup();
    const imported = activityEntry({
      n: 12,
      actor: 'priya',
      changes: [
        ...manyChanges(60, { op: 'create', c: 'clients' }, 'cl'),
        ...manyChanges(120, { op: 'create', c: 'people', clientId: 'cl_1' }, 'pe'),
        { op: 'update', c: 'tasks', id: 'ta_1', clientId: 'cl_1' },
      ],
      clientNames: { cl_1: 'Okafor Household' },
    });
    const newHousehold = activityEntry({
      n: 13,
      changes: [
        { op: 'create', c: 'clients', id: 'cl_1', clientId: 'cl_1' },
        { op: 'create', c: 'people', id: 'pe_1', clientId: 'cl_1' },
        { op: 'create', c: 'people', id: 'pe_2', clientId: 'cl_1' },
      ],
    });
    renderScreen({ 'audit:list': auditListFrom([imported, newHousehold]) });
    const list = await table();

    const household = whatOf(list, 13);
    expect(within(household).getByText(/^Created 2 people and a household for/).textContent).toBe(
      'Created 2 people and a household for Okafor Household',
    );
    expect(within(household).getByRole('link', { name: 'Okafor Household' }).getAttribute('href')).toBe('/clients/cl_1');

    const what = whatOf(list, 12);
    // Changes for many households name none of them; one line per kind of change.
    expect([...what.querySelectorAll('.act-sentence')].map((line) => line.textContent)).toEqual([
      'Created 120 people and 60 households',
      'Updated a task for Okafor Household',
    ]);
    expect(within(what).queryByRole('list')).toBeNull();

    const toggle = within(what).getByRole('button', { name: 'Show all 181 changes' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = within(what).getByRole('list', { name: 'Changes in entry 12' });
    expect(toggle.getAttribute('aria-controls')).toBe(details.id);
    const items = within(details).getAllByRole('listitem');
    expect(items).toHaveLength(100);
    expect(items[0]!.textContent).toBe('Created a household');
    expect(items[60]!.textContent).toBe('Created a person in Okafor Household');
    expect(within(what).getByText('Showing the first 100 of 181 changes.')).toBeTruthy();

    await user.click(within(what).getByRole('button', { name: 'Hide the changes' }));
    expect(within(what).queryByRole('list')).toBeNull();
  });

  it('loads older entries before the last one shown', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen({ 'audit:list': auditListFrom(entriesNumbered(1, 60)) });
    const list = await table();
    expect(rowsOf(list)).toHaveLength(50);
    expect(rowsOf(list).at(-1)![0]).toBe('11');

    await user.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(rowsOf(list)).toHaveLength(60));
    expect(transport.callsTo('audit:list')).toEqual([{ limit: 50 }, { beforeN: 11, limit: 50 }]);
    expect(rowsOf(list).map((cells) => cells[0])).toEqual(Array.from({ length: 60 }, (_, index) => String(60 - index)));
    // That was the start of the trail.
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  it('says why older entries did not load, and loads them on a second try', async () => {
    const user = userEvent.setup();
    const trail = auditListFrom(entriesNumbered(1, 60));
    let refuse = true;
    renderScreen({
      'audit:list': (input) => {
        if (refuse && input.beforeN !== undefined) throw new ApiError('UNAVAILABLE', 'The book is being closed.');
        return trail(input);
      },
    });
    const list = await table();
    await user.click(screen.getByRole('button', { name: 'Show older' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The book is being closed.');
    expect(rowsOf(list)).toHaveLength(50);

    refuse = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowsOf(list)).toHaveLength(60));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the older entries shown when new changes come in, and starts over when too many did', async () => {
    const user = userEvent.setup();
    const trail = entriesNumbered(1, 60);
    const { transport } = renderScreen({ 'audit:list': auditListFrom(trail) });
    const list = await table();
    await user.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(rowsOf(list)).toHaveLength(60));

    trail.push(...entriesNumbered(61, 62));
    act(() => transport.emit('data:changed', { collections: ['tasks'] }));
    await waitFor(() => expect(rowsOf(list)).toHaveLength(62));
    expect(rowsOf(list).map((cells) => cells[0])).toEqual(Array.from({ length: 62 }, (_, index) => String(62 - index)));
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();

    // More new entries than a page: joining would leave a gap, so the list is the newest page again.
    trail.push(...entriesNumbered(63, 162));
    act(() => transport.emit('data:changed', { collections: ['tasks'] }));
    await waitFor(() => expect(rowsOf(list)[0]![0]).toBe('162'));
    expect(rowsOf(list)).toHaveLength(50);
    expect(rowsOf(list).at(-1)![0]).toBe('113');
    await user.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(rowsOf(list)).toHaveLength(100));
    expect(transport.callsTo('audit:list').at(-1)).toEqual({ beforeN: 113, limit: 50 });
  });

  it('says so when there is no activity yet', async () => {
    renderScreen({ 'audit:list': () => ({ entries: [], hasMore: false }) });
    expect(await screen.findByRole('heading', { name: 'No activity yet' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  describe('Check the trail', () => {
    const verdicts: [string, AuditVerdict, string][] = [
      ['all is well', { ok: true, entries: 1234 }, 'All 1,234 entries check out: none was edited or removed.'],
      ['one entry', { ok: true, entries: 1 }, 'The one entry checks out: it was not edited or removed.'],
      ['an empty trail', { ok: true, entries: 0 }, 'There is nothing to check yet: the trail has no entries.'],
      [
        'an edited entry',
        { ok: false, entries: 120, problem: { entry: 57, reason: 'edited' } },
        'Entry 57 was changed after it was written.',
      ],
      ['a removed entry', { ok: false, entries: 120, problem: { entry: 57, reason: 'removed' } }, 'An entry before 57 was removed.'],
      [
        'added entries',
        { ok: false, entries: 60, problem: { entry: 57, reason: 'added' } },
        'Entries were added after 56 that Clientbook did not write.',
      ],
      [
        'entries added to an empty trail',
        { ok: false, entries: 3, problem: { entry: 1, reason: 'added' } },
        'The trail holds entries that Clientbook did not write.',
      ],
      [
        'entries out of order',
        { ok: false, entries: 120, problem: { entry: 1057, reason: 'out-of-order' } },
        'Entries are out of order at 1,057.',
      ],
      [
        'the newest entry cut off',
        { ok: false, entries: 119, problem: { entry: 120, through: 120, reason: 'removed' } },
        'Entry 120, the newest Clientbook recorded, was removed from the end of the trail.',
      ],
      [
        'the newest entries cut off',
        { ok: false, entries: 117, problem: { entry: 118, through: 120, reason: 'removed' } },
        'Entries 118 to 120, the newest Clientbook recorded, were removed from the end of the trail.',
      ],
      [
        'a rewritten chain',
        { ok: false, entries: 80, problem: { entry: 41, through: 1200, reason: 'rewritten' } },
        'An entry from 41 to 1,200 was changed after it was written, and the entries after it were rewritten to hide it.',
      ],
      [
        'a rewritten chain pinned to one entry',
        { ok: false, entries: 80, problem: { entry: 41, through: 41, reason: 'rewritten' } },
        'Entry 41 was changed after it was written, and the entries after it were rewritten to hide it.',
      ],
      [
        'an entry the book does not have',
        { ok: false, entries: 33, problem: { entry: 33, through: 33, reason: 'added' } },
        'Entry 33 records a change the book does not have: it was added to the trail while Clientbook was closed, or that change was lost to damage.',
      ],
      [
        'entries the book does not have',
        { ok: false, entries: 40, problem: { entry: 23, through: 32, reason: 'added' } },
        'Entries 23 to 32 record changes the book does not have: they were added to the trail while Clientbook was closed, or those changes were lost to damage.',
      ],
    ];

    it.each(verdicts)('says the verdict in plain words: %s', async (_name, verdict, sentence) => {
      const user = userEvent.setup();
      const { transport } = renderScreen({ 'audit:list': auditListFrom([activityEntry()]), 'audit:verify': () => verdict });
      await table();
      await user.click(screen.getByRole('button', { name: 'Check the trail' }));
      const status = await screen.findByText(sentence);
      expect(status.closest('[role="status"]')).toBeTruthy();
      expect(status.className).toContain(verdict.ok ? 'verified--ok' : 'verified--bad');
      expect(transport.callsTo('audit:verify')).toHaveLength(1);
      const advice = screen.queryByText(/^Clientbook has not changed the trail or the book\./);
      expect(Boolean(advice)).toBe(!verdict.ok);
    });

    it('shows that it is checking until the verdict comes', async () => {
      const user = userEvent.setup();
      let answer: (verdict: AuditVerdict) => void = () => {};
      const { transport } = renderScreen({
        'audit:list': auditListFrom([activityEntry()]),
        'audit:verify': () => new Promise<AuditVerdict>((resolve) => (answer = resolve)),
      });
      await table();
      const button = screen.getByRole('button', { name: 'Check the trail' });
      await user.click(button);
      expect((await screen.findByText('Checking the trail…')).closest('[role="status"]')).toBeTruthy();
      expect(button.getAttribute('aria-disabled')).toBe('true');
      // A second press while checking does not start another check.
      await user.click(button);
      expect(transport.callsTo('audit:verify')).toHaveLength(1);

      act(() => answer({ ok: true, entries: 12 }));
      expect(await screen.findByText('All 12 entries check out: none was edited or removed.')).toBeTruthy();
      expect(screen.queryByText('Checking the trail…')).toBeNull();
      expect(button.getAttribute('aria-disabled')).toBe('false');
    });
  });

  it('is in the main navigation, after the other screens, with Alt+9', async () => {
    const user = userEvent.setup();
    renderAppShell({ 'audit:list': auditListFrom([activityEntry()]) });
    await screen.findByRole('heading', { name: 'Dashboard' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    const activity = within(nav).getByRole('link', { name: /^Activity/ });
    expect(links.at(-1)).toBe(activity);
    expect(activity.getAttribute('aria-keyshortcuts')).toBe('Alt+9');

    await user.keyboard('{Alt>}9{/Alt}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeTruthy();
    expect(activity.getAttribute('aria-current')).toBe('page');
    expect(rowsOf(await table())[0]![3]).toBe('Created a task for Okafor Household');
  });
});
