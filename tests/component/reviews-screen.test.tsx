import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { localDayOf } from '../../shared/domain/local-day';
import { AppError } from '../../shared/errors';
import { defaultSettings, type ReviewDueRow, type ReviewRecord } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { ReviewsScreen } from '../../renderer/features/reviews/reviews-screen';
import { clientDetail, dayFromToday, teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';
import { batchStatus, dueRow, dueRows, meetingDefaults, review, teamBook } from './support/reviews-data';

const priya = teamMember();
const sam = teamMember({ id: 'tm_2', name: 'Sam Lee', role: 'operations', email: 'sam@harbour.example' });
const members = [priya, sam];

const overdueRows = [
  dueRow(),
  dueRow({ clientId: 'cl_2', clientName: 'Lee Family', tier: 'B', nextDueOn: dayFromToday(-40), lastReviewOn: null }),
];
const thisMonthRow = dueRow({
  clientId: 'cl_3',
  clientName: 'Nakamura Trust',
  bucket: 'this_month',
  nextDueOn: dayFromToday(5),
  scheduled: { reviewId: 'rv_3', on: '2099-01-15' },
});
const upcomingRow = dueRow({ clientId: 'cl_4', clientName: 'Garcia Household', tier: 'C', bucket: 'upcoming', nextDueOn: '2099-02-10' });
const laterRow = dueRow({ clientId: 'cl_5', clientName: 'Patel Household', bucket: 'later', nextDueOn: '2099-09-01' });
const allRows = [...overdueRows, thisMonthRow, upcomingRow, laterRow];

function dueFrom(rows: readonly ReviewDueRow[]): NonNullable<FakeHandlers['reviews:due']> {
  return (query) => rows.filter((row) => (query?.buckets ?? ['overdue', 'this_month', 'upcoming', 'later']).includes(row.bucket));
}

function renderScreen(extra: FakeHandlers = {}) {
  return renderWithApp(
    <>
      <ReviewsScreen />
      <NoticeRegion />
    </>,
    {
      route: '/reviews',
      currentUser: { member: priya, members },
      tierNames: { A: 'Platinum', B: 'Gold', C: 'Silver' },
      handlers: {
        'team:books': () => [teamBook(), teamBook({ memberId: 'tm_2', name: 'Sam Lee', households: 40 })],
        'team:list': () => members,
        'reviews:due': dueFrom(allRows),
        'clients:get': () => clientDetail(),
        'reviews:forClient': () => [],
        ...extra,
      },
    },
  );
}

const section = (name: RegExp) => screen.findByRole('region', { name });

describe('Reviews screen', () => {
  it('lists overdue, this month and upcoming reviews with counts, for the current manager by default', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen();
    const overdue = await section(/^Overdue \(2\)$/);
    expect(screen.getByRole('region', { name: 'Due this month (1)' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Upcoming (1)' })).toBeTruthy();
    // Later reviews are not asked for, nor shown, until asked.
    expect(screen.queryByRole('region', { name: /^Later/ })).toBeNull();
    expect(transport.callsTo('reviews:due')).toEqual([{ managerId: 'tm_1', buckets: ['overdue', 'this_month', 'upcoming'] }]);

    // Longest overdue first, each row linking to its client.
    const rows = within(overdue).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Lee Family', 'Okafor Household']);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/clients/cl_2');
    expect(within(rows[0]!).getByText('Gold')).toBeTruthy();
    expect(within(rows[0]!).getByText('Never')).toBeTruthy();
    expect(within(rows[1]!).getByText('Jan 10, 2025')).toBeTruthy();
    expect(within(rows[1]!).getByRole('button', { name: 'Schedule the review with Okafor Household' })).toBeTruthy();

    const thisMonth = screen.getByRole('region', { name: 'Due this month (1)' });
    expect(within(thisMonth).getByText('Jan 15, 2099')).toBeTruthy();
    expect(within(thisMonth).getByRole('button', { name: 'Reschedule the review with Nakamura Trust' })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Manager'), 'All managers');
    await waitFor(() => expect(transport.callsTo('reviews:due').at(-1)).toEqual({ buckets: ['overdue', 'this_month', 'upcoming'] }));

    await user.click(screen.getByLabelText('Also show reviews due later'));
    expect(await section(/^Later \(1\)$/)).toBeTruthy();
    expect(transport.callsTo('reviews:due').at(-1)).toEqual({ buckets: ['overdue', 'this_month', 'upcoming', 'later'] });
  });

  it('shows everyone when the person at the workstation manages no clients', async () => {
    const { transport } = renderScreen({
      'team:books': () => [teamBook({ households: 0 }), teamBook({ memberId: 'tm_2', name: 'Sam Lee' })],
    });
    await section(/^Overdue/);
    expect(transport.callsTo('reviews:due')).toEqual([{ buckets: ['overdue', 'this_month', 'upcoming'] }]);
    expect(screen.getByLabelText('Manager')).toHaveProperty('value', '');
  });

  // 250 rows in happy-dom: about 1.7 s alone; it timed out at 5 s on a loaded 2-core machine.
  it('shows the first 100 rows of a long section and more on request', async () => {
    const user = userEvent.setup();
    renderScreen({ 'reviews:due': dueFrom(dueRows(250, 'overdue', dayFromToday(-3))) });
    const overdue = await section(/^Overdue \(250\)$/);
    expect(within(overdue).getAllByRole('row')).toHaveLength(101);
    expect(within(overdue).getByText('Showing 100 of 250.')).toBeTruthy();
    await user.click(within(overdue).getByRole('button', { name: 'Show 100 more' }));
    expect(within(overdue).getAllByRole('row')).toHaveLength(201);
    await user.click(within(overdue).getByRole('button', { name: 'Show 50 more' }));
    expect(within(overdue).getAllByRole('row')).toHaveLength(251);
    expect(within(overdue).queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });

  it('schedules an overdue review for today by default, on the day chosen', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen({ 'reviews:schedule': (input) => review({ clientId: input.clientId, scheduledOn: input.on }) });
    const overdue = await section(/^Overdue/);
    const open = within(overdue).getByRole('button', { name: 'Schedule the review with Okafor Household' });
    await user.click(open);
    const form = await screen.findByRole('form', { name: 'Schedule the review with Okafor Household' });
    const day = within(form).getByLabelText('Meeting day');
    expect(day).toHaveProperty('value', dayFromToday(0));
    expect(document.activeElement).toBe(day);
    await user.clear(day);
    await user.type(day, '2099-03-04');
    await user.click(within(form).getByRole('button', { name: 'Schedule' }));

    await waitFor(() =>
      expect(transport.callsTo('reviews:schedule')).toEqual([{ clientId: 'cl_1', on: '2099-03-04', ...meetingDefaults }]),
    );
    expect(await screen.findByText('Review with Okafor Household scheduled for Mar 4, 2099.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: /Schedule the review/ })).toBeNull();
    // The list is read again, and the keyboard is back where it was.
    await waitFor(() => expect(transport.callsTo('reviews:due')).toHaveLength(2));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-review-action')).toBe('schedule:cl_1'));
  });

  it('reschedules a planned meeting, starting from its day', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen({ 'reviews:schedule': (input) => review({ id: 'rv_3', scheduledOn: input.on }) });
    const thisMonth = await section(/^Due this month/);
    await user.click(within(thisMonth).getByRole('button', { name: 'Reschedule the review with Nakamura Trust' }));
    const form = await screen.findByRole('form', { name: 'Reschedule the review with Nakamura Trust' });
    const day = within(form).getByLabelText('Meeting day');
    expect(day).toHaveProperty('value', '2099-01-15');
    await user.clear(day);
    await user.type(day, '2099-01-22');
    await user.click(within(form).getByRole('button', { name: 'Move the meeting' }));
    await waitFor(() =>
      expect(transport.callsTo('reviews:schedule')).toEqual([{ clientId: 'cl_3', reviewId: 'rv_3', on: '2099-01-22', ...meetingDefaults }]),
    );
    expect(await screen.findByText('Review with Nakamura Trust moved to Jan 22, 2099.')).toBeTruthy();
  });

  it('records a review with attendees, notes and a decision made a task, and says how many tasks were made', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen({
      'reviews:record': (input) =>
        review({
          id: 'rv_3',
          status: 'held',
          heldOn: input.heldOn,
          decisions: (input.decisions ?? []).map((decision, index) => ({
            id: `dc_${index}`,
            text: decision.text,
            ownerId: decision.ownerId ?? null,
            dueOn: decision.dueOn ?? null,
            taskId: decision.makeTask ? `ta_${index}` : null,
          })),
        }),
    });
    const thisMonth = await section(/^Due this month/);
    await user.click(within(thisMonth).getByRole('button', { name: 'Record review with Nakamura Trust' }));
    const form = screen.getByRole('form', { name: 'Record the review with Nakamura Trust' });

    // The household's people and its manager are offered as attendees.
    const attendees = within(form).getByRole('group', { name: 'Who was there' });
    await within(attendees).findByLabelText('Ada Okafor');
    await within(attendees).findByLabelText('Priya Shah');
    await user.click(within(attendees).getByLabelText('Ada Okafor'));
    await user.click(within(attendees).getByLabelText('Priya Shah'));
    await user.type(within(form).getByLabelText('Others who were there'), 'Tom Reid (accountant), Ada Okafor');
    const heldOn = within(form).getByLabelText('Held on');
    await user.clear(heldOn);
    await user.type(heldOn, '2026-01-14');
    await user.type(within(form).getByLabelText('Notes'), 'Went through the plan.');

    await user.click(within(form).getByRole('button', { name: 'Add a decision' }));
    const first = within(form).getByRole('group', { name: 'Decision 1' });
    expect(document.activeElement).toBe(within(first).getByLabelText('What was decided'));
    await user.type(within(first).getByLabelText('What was decided'), 'Send the rollover forms');
    await user.selectOptions(within(first).getByLabelText('Owner'), 'Sam Lee');
    await user.type(within(first).getByLabelText('Due date'), '2026-01-28');
    await user.click(within(first).getByLabelText('Make a task'));

    await user.click(within(form).getByRole('button', { name: 'Add a decision' }));
    const second = within(form).getByRole('group', { name: 'Decision 2' });
    await user.type(within(second).getByLabelText('What was decided'), 'Keep the cash buffer');
    // A third row left empty is not sent.
    await user.click(within(form).getByRole('button', { name: 'Add a decision' }));

    await user.click(within(form).getByRole('button', { name: 'Record review' }));
    await waitFor(() => expect(transport.callsTo('reviews:record')).toHaveLength(1));
    const expected: ReviewRecord = {
      clientId: 'cl_3',
      reviewId: 'rv_3',
      heldOn: '2026-01-14',
      attendees: ['Ada Okafor', 'Priya Shah', 'Tom Reid (accountant)'],
      notes: 'Went through the plan.',
      decisions: [
        { text: 'Send the rollover forms', ownerId: 'tm_2', dueOn: '2026-01-28', makeTask: true },
        { text: 'Keep the cash buffer', ownerId: null, dueOn: null, makeTask: false },
      ],
      byId: 'tm_1',
    };
    expect(transport.callsTo('reviews:record')[0]).toEqual(expected);
    expect(await screen.findByText('Review with Nakamura Trust recorded. 1 task was created.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: /Record the review/ })).toBeNull();
  });

  it('asks for an owner and due date before a decision becomes a task, and shows the backend’s refusal beside the field', async () => {
    const user = userEvent.setup();
    const { transport } = renderScreen({
      'reviews:record': () => {
        throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
          { path: 'decisions.0.dueOn', message: 'must be on or after the day the review was held' },
        ]);
      },
    });
    const overdue = await section(/^Overdue/);
    await user.click(within(overdue).getByRole('button', { name: 'Record review with Okafor Household' }));
    const form = screen.getByRole('form', { name: 'Record the review with Okafor Household' });
    await user.click(within(form).getByRole('button', { name: 'Add a decision' }));
    const decision = within(form).getByRole('group', { name: 'Decision 1' });
    await user.type(within(decision).getByLabelText('What was decided'), 'Open a 529 plan');
    await user.selectOptions(within(decision).getByLabelText('Owner'), 'Nobody');
    await user.click(within(decision).getByLabelText('Make a task'));
    // Ticking "Make a task" suggests the manager as owner.
    expect(within(decision).getByLabelText('Owner')).toHaveProperty('value', 'tm_1');
    await user.click(within(form).getByRole('button', { name: 'Record review' }));
    expect(within(decision).getByText('Give the task a due date.')).toBeTruthy();
    expect(document.activeElement).toBe(within(decision).getByLabelText('Due date'));
    expect(transport.callsTo('reviews:record')).toEqual([]);

    await user.type(within(decision).getByLabelText('Due date'), '2020-01-01');
    await user.click(within(form).getByRole('button', { name: 'Record review' }));
    expect(await within(decision).findByText('Due date must be on or after the day the review was held')).toBeTruthy();
    expect(within(decision).getByLabelText('Due date').getAttribute('aria-invalid')).toBe('true');
    expect(transport.callsTo('reviews:record')).toHaveLength(1);
    expect(screen.getByRole('form', { name: 'Record the review with Okafor Household' })).toBeTruthy();
  });
});

describe('Reviews screen: batch packets', () => {
  afterEach(() => {
    delete window.clientbook;
  });

  const now = new Date();
  const monthStart = localDayOf(new Date(now.getFullYear(), now.getMonth(), 1));
  const monthEnd = localDayOf(new Date(now.getFullYear(), now.getMonth() + 1, 0));
  const inPeriod = [
    dueRow({ bucket: 'this_month', nextDueOn: monthEnd }),
    dueRow({ clientId: 'cl_2', clientName: 'Lee Family', bucket: 'overdue', nextDueOn: monthStart }),
    dueRow({ clientId: 'cl_3', clientName: 'Nakamura Trust', bucket: 'this_month', scheduled: { reviewId: 'rv_3', on: monthEnd } }),
  ];

  function renderBatch(extra: FakeHandlers = {}) {
    const statuses = [batchStatus({ total: 2, done: 1, files: ['a.pdf'] }), batchStatus({ total: 2, done: 2, files: ['a.pdf', 'b.pdf'] })];
    return renderScreen({
      'reviews:due': (query) => (query?.from ? inPeriod : dueFrom(allRows)(query)),
      'settings:get': () => ({ ...defaultSettings, packets: { ...defaultSettings.packets, showHealth: true } }),
      'packets:defaultFolder': () => ({ folder: '/srv/clientbook/packets' }),
      'packets:batchStart': (input) => batchStatus({ total: input.clientIds.length, folder: input.folder }),
      // Still writing the combined file after the last packet, until cancelled.
      'packets:batchStatus': () => statuses.shift() ?? batchStatus({ total: 2, done: 2, files: ['a.pdf', 'b.pdf'] }),
      'packets:batchCancel': () =>
        batchStatus({
          state: 'cancelled',
          done: 2,
          total: 2,
          files: ['2026-03-01 Okafor Household - Review packet.pdf'],
          combinedFile: 'All packets.pdf',
          failures: [{ clientId: 'cl_3', clientName: 'Nakamura Trust', message: 'The holdings could not be read.' }],
        }),
      ...extra,
    });
  }

  async function openPanel(user: ReturnType<typeof userEvent.setup>) {
    await section(/^Overdue/);
    await user.click(screen.getByRole('button', { name: 'Print packets…' }));
    const panel = screen.getByRole('region', { name: 'Print review packets' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Print review packets' }));
    await within(panel).findByText('Clients: 3 of 3 chosen');
    return panel;
  }

  it('makes packets for the chosen clients, follows the progress, cancels, and lists what failed', async () => {
    const user = userEvent.setup();
    const { transport } = renderBatch();
    const panel = await openPanel(user);

    // This month, as of today, the clients of the manager in the filter.
    expect(within(panel).getByLabelText('Period from')).toHaveProperty('value', monthStart);
    expect(within(panel).getByLabelText('Period to')).toHaveProperty('value', monthEnd);
    expect(within(panel).getByLabelText('Figures as of')).toHaveProperty('value', dayFromToday(0));
    expect(transport.callsTo('reviews:due').at(-1)).toEqual({
      from: monthStart,
      to: monthEnd,
      buckets: ['overdue', 'this_month', 'upcoming', 'later'],
      managerId: 'tm_1',
    });
    // The firm's setting decides the health box; in a browser the folder is typed, and said to be on the host.
    expect(within(panel).getByLabelText('Include health score')).toHaveProperty('checked', true);
    const folder = within(panel).getByLabelText('Folder');
    await waitFor(() => expect(folder).toHaveProperty('value', '/srv/clientbook/packets'));
    expect(within(panel).getByText(/The folder is on the computer running Clientbook/)).toBeTruthy();

    const clients = within(panel).getByRole('list', { name: 'Clients' });
    await user.click(within(panel).getByRole('button', { name: 'Select none' }));
    expect(within(panel).getByText('Clients: 0 of 3 chosen')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Select all' }));
    await user.click(within(clients).getByLabelText(/Lee Family/));
    expect(within(panel).getByText('Clients: 2 of 3 chosen')).toBeTruthy();
    await user.click(within(panel).getByLabelText('Also make one combined PDF'));
    await user.clear(folder);
    await user.type(folder, '/srv/clientbook/march');

    await user.click(within(panel).getByRole('button', { name: 'Make 2 packets' }));
    await waitFor(() =>
      expect(transport.callsTo('packets:batchStart')).toEqual([
        // In the language of whoever makes them.
        {
          clientIds: ['cl_1', 'cl_3'],
          asOf: dayFromToday(0),
          showHealth: true,
          folder: '/srv/clientbook/march',
          combined: true,
          language: 'en',
        },
      ]),
    );

    const progress = await within(panel).findByRole('region', { name: 'Making packets' });
    expect(document.activeElement).toBe(progress);
    expect(within(progress).getByText('0 of 2 packets').getAttribute('aria-live')).toBe('polite');
    expect(await within(progress).findByText('1 of 2 packets')).toBeTruthy();
    expect(await within(progress).findByText('2 of 2 packets')).toBeTruthy();
    const bar = within(progress).getByRole('progressbar', { name: 'Packets made' });
    expect(bar.tagName).toBe('PROGRESS');
    expect(bar.getAttribute('value')).toBe('2');
    expect(bar.getAttribute('max')).toBe('2');
    expect(within(panel).queryByRole('button', { name: 'Close' })).toBeNull();

    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(transport.callsTo('packets:batchCancel')).toEqual([{ id: 'pb_1' }]));
    const summary = await within(panel).findByRole('region', { name: 'Batch cancelled' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByText('Cancelled after 2 of 2 packets.')).toBeTruthy();
    expect(within(summary).getByText('1 packet written to this folder:')).toBeTruthy();
    expect(within(summary).getByText('/srv/clientbook/packets/2026-03')).toBeTruthy();
    expect(within(summary).getByText('All packets.pdf')).toBeTruthy();
    expect(within(summary).getByText('1 packet could not be made:')).toBeTruthy();
    expect(within(summary).getByRole('listitem').textContent).toBe('Nakamura Trust: The holdings could not be read.');

    // Once it has ended, nobody asks any more.
    const asked = transport.callsTo('packets:batchStatus').length;
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(transport.callsTo('packets:batchStatus')).toHaveLength(asked);
  });

  it('says there were no failures, and in the desktop app takes the folder from the system dialog', async () => {
    window.clientbook = { invoke: () => Promise.reject(new Error('not used')), on: () => () => {} };
    const user = userEvent.setup();
    const { transport } = renderBatch({
      'desktop:chooseFolder': () => ({ folder: '/Users/priya/Packets' }),
      'packets:batchStart': (input) =>
        batchStatus({ state: 'done', total: 3, done: 3, folder: input.folder, files: ['a.pdf', 'b.pdf', 'c.pdf'] }),
      'files:open': () => ({ opened: true }),
      'files:showInFolder': () => ({ shown: true }),
    });
    const panel = await openPanel(user);
    expect(within(panel).queryByRole('textbox', { name: 'Folder' })).toBeNull();
    expect(await within(panel).findByText('/srv/clientbook/packets')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Choose folder…' }));
    expect(await within(panel).findByText('/Users/priya/Packets')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Make 3 packets' }));

    const summary = await within(panel).findByRole('region', { name: 'Packets made' });
    expect(transport.callsTo('desktop:chooseFolder')).toHaveLength(1);
    expect(transport.callsTo('packets:batchStart')[0]?.folder).toBe('/Users/priya/Packets');
    expect(within(summary).getByText('3 packets written to this folder:')).toBeTruthy();
    expect(within(summary).getByText('No failures.')).toBeTruthy();
    expect(transport.callsTo('packets:batchStatus')).toEqual([]);

    // The folder is opened by the batch's id: the screen never hands a path to open.
    await user.click(within(summary).getByRole('button', { name: "Open folder of this batch's packets" }));
    await user.click(within(summary).getByRole('button', { name: "Show in folder this batch's packets" }));
    await waitFor(() => expect(transport.callsTo('files:showInFolder')).toEqual([{ kind: 'batch', id: 'pb_1' }]));
    expect(transport.callsTo('files:open')).toEqual([{ kind: 'batch', id: 'pb_1' }]);
  });

  it('stops asking about a running batch when the screen closes', async () => {
    const user = userEvent.setup();
    const { transport, unmount } = renderBatch({ 'packets:batchStatus': () => batchStatus({ done: 1 }) });
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('button', { name: 'Make 3 packets' }));
    await within(panel).findByText('1 of 3 packets');
    unmount();
    const asked = transport.callsTo('packets:batchStatus').length;
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(transport.callsTo('packets:batchStatus')).toHaveLength(asked);
  });

  it('keeps Cancel busy until the batch has stopped, and offers it again with the reason when cancelling fails', async () => {
    const user = userEvent.setup();
    let refuse: (error: Error) => void = () => {};
    renderBatch({
      'packets:batchStatus': () => batchStatus({ done: 1 }),
      'packets:batchCancel': () => new Promise((_, reject) => (refuse = reject)),
    });
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('button', { name: 'Make 3 packets' }));
    const progress = await within(panel).findByRole('region', { name: 'Making packets' });
    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(within(progress).getByRole<HTMLButtonElement>('button', { name: 'Cancelling…' }).disabled).toBe(true);

    refuse(new AppError('NOT_FOUND', 'That batch has already finished.'));
    expect(await within(progress).findByText('That batch has already finished.')).toBeTruthy();
    expect(within(progress).getByRole<HTMLButtonElement>('button', { name: 'Cancel' }).disabled).toBe(false);
  });

  it('shows the backend’s refusal of the folder beside it', async () => {
    const user = userEvent.setup();
    renderBatch({
      'packets:batchStart': () => {
        throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
          { path: 'folder', message: 'must be an absolute path' },
        ]);
      },
    });
    const panel = await openPanel(user);
    const folder = within(panel).getByLabelText('Folder');
    await waitFor(() => expect(folder).toHaveProperty('value', '/srv/clientbook/packets'));
    await user.clear(folder);
    await user.type(folder, 'packets');
    await user.click(within(panel).getByRole('button', { name: 'Make 3 packets' }));
    expect(await within(panel).findByText('Folder must be an absolute path')).toBeTruthy();
    expect(folder.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(folder);
  });

  it('asks for at least one client before sending anything, and takes the keyboard to the list', async () => {
    const user = userEvent.setup();
    const { transport } = renderBatch();
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('button', { name: 'Select none' }));
    await user.click(within(panel).getByRole('button', { name: 'Make 0 packets' }));
    expect(within(panel).getByText('Choose at least one client.')).toBeTruthy();
    expect(document.activeElement).toBe(within(panel).getByRole('group', { name: 'Clients: 0 of 3 chosen' }));

    expect(transport.callsTo('packets:batchStart')).toEqual([]);
  });
});
