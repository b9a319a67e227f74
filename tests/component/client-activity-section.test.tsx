import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type ActivityEntry } from '../../shared/model';
import { ActivitySection } from '../../renderer/features/activity/activity-section';
import { ClientPage } from '../../renderer/features/client-page/client-page';
import { activityEntry, auditListFrom, entriesNumbered, rowsOf } from './support/activity-data';
import { clientDetail, teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';

function renderSection(handlers: FakeHandlers) {
  return renderWithApp(
    <Routes>
      <Route path="/clients/:id" element={<ActivitySection clientId="cl_1" />} />
    </Routes>,
    { route: '/clients/cl_1', handlers },
  );
}

const region = () => screen.findByRole('region', { name: 'Activity' });
const table = async () => within(await region()).findByRole('table', { name: 'Changes to this household, newest first' });

describe('Client page: activity', () => {
  it("asks for this household's entries only and shows them with the same rows as the Activity screen", async () => {
    const trail: ActivityEntry[] = [
      activityEntry({ n: 1, actor: 'priya', changes: [{ op: 'create', c: 'clients', id: 'cl_1', clientId: 'cl_1' }] }),
      activityEntry({
        n: 2,
        actor: 'sam',
        changes: [{ op: 'create', c: 'tasks', id: 'ta_1', clientId: 'cl_2' }],
        clientNames: { cl_2: 'Lindqvist' },
      }),
      activityEntry({
        n: 3,
        actor: 'priya',
        changes: [
          { op: 'update', c: 'holdings', id: 'ho_1', clientId: 'cl_1' },
          { op: 'create', c: 'tasks', id: 'ta_2', clientId: 'cl_2' },
        ],
        clientNames: { cl_1: 'Okafor Household', cl_2: 'Lindqvist' },
      }),
      activityEntry({ n: 4, actor: 'priya', changes: [{ op: 'set', c: 'settings' }], clientNames: {} }),
    ];
    const { transport } = renderSection({ 'audit:list': auditListFrom(trail) });
    const list = await table();

    expect(within(await region()).getByRole('heading', { level: 2, name: 'Activity' })).toBeTruthy();
    expect(transport.callsTo('audit:list')).toEqual([{ clientId: 'cl_1', limit: 20 }]);
    expect(
      within(list)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['No.', 'When', 'Who', 'What changed']);
    expect(rowsOf(list).map((cells) => [cells[0], cells[2], cells[3]])).toEqual([
      ['3', 'priya', 'Updated a product of Okafor Household'],
      ['1', 'priya', 'Created the household Okafor Household'],
    ]);
    // The household's own name is not a link to the page it is on.
    expect(within(list).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  it('loads older entries of this household before the last one shown', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({ 'audit:list': auditListFrom(entriesNumbered(1, 30)) });
    const list = await table();
    expect(rowsOf(list)).toHaveLength(20);
    expect(rowsOf(list).at(-1)![0]).toBe('11');

    await user.click(within(await region()).getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(rowsOf(list)).toHaveLength(30));
    expect(transport.callsTo('audit:list')).toEqual([
      { clientId: 'cl_1', limit: 20 },
      { clientId: 'cl_1', beforeN: 11, limit: 20 },
    ]);
    expect(rowsOf(list).at(-1)![0]).toBe('1');
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  it('says so when nothing about the household is recorded yet', async () => {
    renderSection({ 'audit:list': () => ({ entries: [], hasMore: false }) });
    expect(await within(await region()).findByText('No changes to this household are recorded yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is the last section of the client page', async () => {
    const { container, transport } = renderWithApp(
      <Routes>
        <Route path="/clients/:id" element={<ClientPage />} />
      </Routes>,
      {
        route: '/clients/cl_1',
        handlers: {
          'clients:get': () => clientDetail(),
          'team:list': () => [teamMember()],
          'settings:get': () => defaultSettings,
          'interactions:list': () => [],
          'reviews:forClient': () => [],
          'packets:list': () => [],
          'audit:list': auditListFrom([activityEntry()]),
        },
      },
    );
    const section = await region();
    expect(await within(section).findByText('Created a task for')).toBeTruthy();
    expect(container.querySelector('.cp')!.lastElementChild).toBe(section);
    expect(transport.callsTo('audit:list')[0]).toEqual({ clientId: 'cl_1', limit: 20 });
  });
});
