import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientbookBridge } from '../../shared/bridge';
import { AppError } from '../../shared/errors';
import { defaultSettings, type ClientDetail, type IssuedPacket, type Review } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { ReviewsSection } from '../../renderer/features/client-page/reviews-section';
import { clientDetail, dayFromToday, teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';
import { agendaItems, issuedPacket, meetingDefaults, review } from './support/reviews-data';

const priya = teamMember();
const sam = teamMember({ id: 'tm_2', name: 'Sam Lee', role: 'operations', email: 'sam@harbour.example' });
const members = [priya, sam];

const planned = review({ id: 'rv_9', scheduledOn: '2099-04-02' });
const history: Review[] = [
  review({
    id: 'rv_1',
    status: 'held',
    scheduledOn: '2025-03-01',
    heldOn: '2025-03-03',
    attendees: ['Ada Okafor'],
    notes: 'First review.',
  }),
  review({
    id: 'rv_2',
    status: 'held',
    scheduledOn: '2025-09-01',
    heldOn: '2025-09-04',
    attendees: ['Ada Okafor', 'Ben Okafor', 'Priya Shah'],
    notes: `Talked about retirement. ${'More detail. '.repeat(40)}`,
    decisions: [
      { id: 'dc_1', text: 'Send the rollover forms', ownerId: 'tm_2', dueOn: '2025-09-20', taskId: 'ta_7' },
      { id: 'dc_2', text: 'Think about the cash buffer', ownerId: null, dueOn: null, taskId: null },
    ],
  }),
  review({ id: 'rv_3', status: 'cancelled', scheduledOn: '2025-06-01' }),
];

/** Shows where the app went, for the packet preview. */
function Location() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

function renderSection({
  reviews = [planned, ...history],
  detail = clientDetail(),
  packets = [issuedPacket()],
  handlers = {},
}: { reviews?: Review[]; detail?: ClientDetail; packets?: IssuedPacket[]; handlers?: FakeHandlers } = {}) {
  const onChanged = vi.fn();
  const result = renderWithApp(
    <>
      <Routes>
        <Route path="/clients/:id" element={<ReviewsSection detail={detail} onChanged={onChanged} />} />
        <Route path="*" element={<Location />} />
      </Routes>
      <NoticeRegion />
    </>,
    {
      route: '/clients/cl_1',
      currentUser: { member: priya, members },
      handlers: {
        'reviews:forClient': () => reviews,
        'team:list': () => members,
        'settings:get': () => ({ ...defaultSettings, packets: { ...defaultSettings.packets, showHealth: true } }),
        'packets:list': () => packets,
        ...handlers,
      },
    },
  );
  return { ...result, onChanged };
}

/** The messages a control is described by, as a screen reader reads them. */
const describedBy = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

const region = () => screen.findByRole('region', { name: 'Reviews' });

describe('Client page: reviews', () => {
  it('shows when the next review is due, the meeting planned, and past reviews newest first', async () => {
    renderSection();
    const section = await region();
    expect(within(section).getByText('Every 3 months')).toBeTruthy();
    expect(within(section).getByText('(tier default)')).toBeTruthy();
    expect(within(section).getByText('overdue', { exact: false })).toBeTruthy();
    expect(await within(section).findByText('Apr 2, 2099')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Reschedule…' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Cancel review…' })).toBeTruthy();

    const past = within(section).getByRole('list', { name: 'Past reviews, newest first' });
    const items = within(past)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === past);
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('Sep 4, 2025')).toBeTruthy();
    expect(within(items[0]!).getByText('With Ada Okafor, Ben Okafor, Priya Shah')).toBeTruthy();
    // Long notes are cut short.
    expect(within(items[0]!).getByText(/^Talked about retirement\..*…$/).textContent!.length).toBeLessThan(260);
    const decisions = within(items[0]!).getByRole('list', { name: 'Decisions' });
    const [made, thought] = within(decisions).getAllByRole('listitem');
    expect(made!.textContent).toContain('Send the rollover forms · Sam Lee · due Sep 20, 2025');
    expect(within(made!).getByRole('link', { name: 'The task for “Send the rollover forms”, in team tasks' }).getAttribute('href')).toBe(
      '/tasks/team',
    );
    expect(within(thought!).queryByRole('link')).toBeNull();
    expect(within(items[1]!).getByText('Mar 3, 2025')).toBeTruthy();
  });

  it('says how often the household is reviewed, and whether that is the tier default or its own', async () => {
    const { unmount } = renderSection({ detail: clientDetail({ cadenceMonths: 12 }) });
    expect((await screen.findByText('Every 12 months')).textContent).toBe('Every 12 months (tier default)');
    unmount();
    renderSection({ detail: clientDetail({ cadenceMonths: 1, client: { reviewCadenceMonths: 1 } }) });
    expect((await screen.findByText('Every month')).textContent).toBe('Every month (set for this household)');
  });

  it('reschedules the planned meeting and cancels it after asking', async () => {
    const user = userEvent.setup();
    const { transport, onChanged } = renderSection({
      handlers: {
        'reviews:schedule': (input) => review({ id: 'rv_9', scheduledOn: input.on }),
        'reviews:cancel': ({ id }) => review({ id, status: 'cancelled' }),
      },
    });
    const section = await region();
    await user.click(await within(section).findByRole('button', { name: 'Reschedule…' }));
    const form = await within(section).findByRole('form', { name: 'Reschedule the review with Okafor Household' });
    const day = within(form).getByLabelText('Meeting day');
    expect(day).toHaveProperty('value', '2099-04-02');
    await user.clear(day);
    await user.type(day, '2099-04-09');
    await user.click(within(form).getByRole('button', { name: 'Move the meeting' }));
    await waitFor(() =>
      expect(transport.callsTo('reviews:schedule')).toEqual([{ clientId: 'cl_1', reviewId: 'rv_9', on: '2099-04-09', ...meetingDefaults }]),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(document.activeElement?.textContent).toBe('Reschedule…');

    await user.click(within(section).getByRole('button', { name: 'Cancel review…' }));
    const confirm = within(section).getByRole('alertdialog', { name: 'Cancel the review meeting on Apr 2, 2099?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel the meeting' }));
    await waitFor(() => expect(transport.callsTo('reviews:cancel')).toEqual([{ id: 'rv_9' }]));
    expect(await screen.findByText('The review meeting on Apr 2, 2099 was cancelled.')).toBeTruthy();
  });

  it('schedules a first meeting from the day the review falls due', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({
      reviews: history,
      detail: clientDetail({ nextReviewOn: '2099-06-30' }),
      handlers: { 'reviews:schedule': (input) => review({ scheduledOn: input.on }) },
    });
    const section = await region();
    expect(await within(section).findByText('None scheduled')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Schedule…' }));
    const form = await within(section).findByRole('form', { name: 'Schedule the review with Okafor Household' });
    expect(within(form).getByLabelText('Meeting day')).toHaveProperty('value', '2099-06-30');
    await user.click(within(form).getByRole('button', { name: 'Schedule' }));
    await waitFor(() =>
      expect(transport.callsTo('reviews:schedule')).toEqual([{ clientId: 'cl_1', on: '2099-06-30', ...meetingDefaults }]),
    );
  });

  it('plans the meeting’s time, length, place and invitees, and checks a video link is a web address before sending', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({
      reviews: history,
      detail: clientDetail({ nextReviewOn: '2099-06-30' }),
      handlers: { 'reviews:schedule': (input) => review({ scheduledOn: input.on }) },
    });
    const section = await region();
    await user.click(await within(section).findByRole('button', { name: 'Schedule…' }));
    const form = await within(section).findByRole('form', { name: 'Schedule the review with Okafor Household' });
    expect(within(form).queryByLabelText('Length')).toBeNull();
    await user.type(within(form).getByLabelText('Start time'), '14:30');
    await user.selectOptions(within(form).getByLabelText('Length'), '90');
    await user.selectOptions(within(form).getByLabelText('Where'), 'video');
    const link = within(form).getByLabelText('Video call link');
    await user.type(link, 'ftp://example.com/room');
    await user.click(within(form).getByLabelText('Ben Okafor (no email)'));
    await user.click(within(within(form).getByRole('group', { name: 'From the team' })).getByLabelText('Priya Shah'));
    await user.click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(await within(form).findByText('Video call link is not valid.')).toBeTruthy();
    expect(transport.callsTo('reviews:schedule')).toEqual([]);

    await user.clear(link);
    await user.type(link, 'https://meet.example.com/okafor');
    await user.click(within(form).getByRole('button', { name: 'Schedule' }));
    await waitFor(() =>
      expect(transport.callsTo('reviews:schedule')).toEqual([
        {
          clientId: 'cl_1',
          on: '2099-06-30',
          time: '14:30',
          durationMinutes: 90,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          place: { kind: 'video', link: 'https://meet.example.com/okafor' },
          personIds: ['pe_2'],
          memberIds: [priya.id],
        },
      ]),
    );
  });

  it('adds the planned meeting to a calendar: a download in a browser, named as the backend names it', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:calendar';
    });
    URL.revokeObjectURL = vi.fn();
    const text = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    const { transport } = renderSection({
      handlers: { 'calendar:file': () => ({ fileName: '2099-04-02 Review - Okafor Household.ics', text, events: 1 }) },
    });
    const section = await region();
    await user.click(await within(section).findByRole('button', { name: 'Add to calendar' }));
    expect(
      await screen.findByText('Downloaded 2099-04-02 Review - Okafor Household.ics. Open it to add it to your calendar.'),
    ).toBeTruthy();
    expect(transport.callsTo('calendar:file')).toEqual([{ of: 'review', id: planned.id }]);
    expect(clicked).toEqual(['2099-04-02 Review - Okafor Household.ics']);
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    expect(await blobs[0]!.text()).toBe(text);
    vi.restoreAllMocks();
  });

  it('records the planned review with the household’s people offered, without reading the client again', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({
      handlers: { 'reviews:record': (input) => review({ id: 'rv_9', status: 'held', heldOn: input.heldOn }) },
    });
    const section = await region();
    await user.click(await within(section).findByRole('button', { name: 'Record review…' }));
    const form = within(section).getByRole('form', { name: 'Record the review with Okafor Household' });
    const attendees = within(form).getByRole('group', { name: 'Who was there' });
    await user.click(within(attendees).getByLabelText('Ben Okafor'));
    await user.click(within(form).getByRole('button', { name: 'Record review' }));
    await waitFor(() =>
      expect(transport.callsTo('reviews:record')).toEqual([
        { clientId: 'cl_1', reviewId: 'rv_9', heldOn: dayFromToday(0), attendees: ['Ben Okafor'], notes: '', decisions: [], byId: 'tm_1' },
      ]),
    );
    expect(await screen.findByText('Review with Okafor Household recorded.')).toBeTruthy();
    expect(transport.callsTo('clients:get')).toEqual([]);
  });

  it('records decisions: a blank row is left out, a task needs a due date, and a refusal lands on the row it names', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({
      handlers: {
        'reviews:record': () => {
          throw new AppError('INVALID_INPUT', 'Some values are not valid.', [{ path: 'decisions.1.text', message: 'is already a task.' }]);
        },
      },
    });
    const section = await region();
    await user.click(await within(section).findByRole('button', { name: 'Record review…' }));
    const form = within(section).getByRole('form', { name: 'Record the review with Okafor Household' });
    const decision = (n: number) => within(form).getByRole('group', { name: `Decision ${n}` });
    for (let i = 0; i < 3; i++) await user.click(within(form).getByRole('button', { name: 'Add a decision' }));
    await user.type(within(decision(1)).getByRole('textbox', { name: 'What was decided' }), 'Send the forms');
    await user.click(within(decision(1)).getByRole('checkbox', { name: 'Make a task' }));
    await user.type(within(decision(3)).getByRole('textbox', { name: 'What was decided' }), 'Raise the buffer');
    await user.click(within(form).getByRole('button', { name: 'Record review' }));

    const dueOn = within(decision(1)).getByLabelText('Due date');
    expect(document.activeElement).toBe(dueOn);
    expect(describedBy(dueOn)).toBe('Give the task a due date.');
    expect(transport.callsTo('reviews:record')).toEqual([]);

    await user.type(dueOn, '2099-05-01');
    await user.click(within(form).getByRole('button', { name: 'Record review' }));
    // The second decision sent is the third row: the second was blank.
    const third = within(decision(3)).getByRole('textbox', { name: 'What was decided' });
    await waitFor(() => expect(describedBy(third)).toBe('What was decided is already a task.'));
    expect(transport.callsTo('reviews:record')[0]?.decisions).toEqual([
      { text: 'Send the forms', ownerId: 'tm_1', dueOn: '2099-05-01', makeTask: true },
      { text: 'Raise the buffer', ownerId: null, dueOn: null, makeTask: false },
    ]);
  });
});

describe('Client page: the planned review’s agenda', () => {
  const agendaList = (section: HTMLElement) => within(section).getByRole('list', { name: 'Agenda for the planned meeting' });
  const itemsOf = (list: HTMLElement) =>
    within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);

  it('shows the planned meeting’s agenda as a numbered list, the first items of a long one until asked', async () => {
    const user = userEvent.setup();
    renderSection({ reviews: [review({ id: 'rv_9', scheduledOn: '2099-04-02', agenda: agendaItems(9) }), ...history] });
    const section = await region();
    await within(section).findByText('Apr 2, 2099');
    const list = agendaList(section);
    expect(list.tagName).toBe('OL');
    expect(itemsOf(list)).toEqual(['Item 1', 'Item 2', 'Item 3', 'Item 4', 'Item 5']);

    const more = within(section).getByRole('button', { name: 'Show all 9 items' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    expect(itemsOf(agendaList(section))).toEqual(agendaItems(9));
    await user.click(within(section).getByRole('button', { name: 'Show fewer' }));
    expect(itemsOf(agendaList(section))).toHaveLength(5);
  });

  it('shows a short agenda whole, says when there is none, and offers no agenda without a planned meeting', async () => {
    const first = renderSection();
    let section = await region();
    await within(section).findByText('Apr 2, 2099');
    expect(itemsOf(agendaList(section))).toEqual(['Welcome and changes in your circumstances']);
    expect(within(section).queryByRole('button', { name: /^Show all/ })).toBeNull();
    first.unmount();

    const empty = renderSection({ reviews: [review({ id: 'rv_9', scheduledOn: '2099-04-02', agenda: [] }), ...history] });
    section = await region();
    expect(await within(section).findByText(/^No agenda for this meeting yet/)).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Edit agenda…' })).toBeTruthy();
    empty.unmount();

    renderSection({ reviews: history });
    section = await region();
    await within(section).findByText('None scheduled');
    expect(within(section).queryByRole('button', { name: 'Edit agenda…' })).toBeNull();
    expect(within(section).queryByRole('list', { name: 'Agenda for the planned meeting' })).toBeNull();
  });

  it('edits the agenda one item per line, sends the items without empty lines, and shows the new list', async () => {
    const user = userEvent.setup();
    let reviews = [review({ id: 'rv_9', scheduledOn: '2099-04-02', agenda: ['Welcome', 'Your goals'] }), ...history];
    const { transport, onChanged } = renderSection({
      handlers: {
        'reviews:forClient': () => reviews,
        'reviews:setAgenda': ({ id, agenda }) => {
          const saved = review({ id, scheduledOn: '2099-04-02', agenda });
          reviews = [saved, ...history];
          return saved;
        },
      },
    });
    const section = await region();
    const open = await within(section).findByRole('button', { name: 'Edit agenda…' });

    // Escape closes the form untouched and gives focus back to the button that opened it.
    await user.click(open);
    let form = within(section).getByRole('form', { name: 'Edit the agenda for the review with Okafor Household' });
    expect(within(form).getByLabelText('Agenda items')).toHaveProperty('value', 'Welcome\nYour goals');
    await user.keyboard('{Escape}');
    expect(within(section).queryByRole('form', { name: /^Edit the agenda/ })).toBeNull();
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Edit agenda…' }));

    await user.click(within(section).getByRole('button', { name: 'Edit agenda…' }));
    form = within(section).getByRole('form', { name: 'Edit the agenda for the review with Okafor Household' });
    const field = within(form).getByLabelText('Agenda items');
    expect(document.activeElement).toBe(field);
    await user.clear(field);
    await user.type(field, '  Welcome  {Enter}{Enter}Fees and costs{Enter}   {Enter}Next steps{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Save agenda' }));

    await waitFor(() =>
      expect(transport.callsTo('reviews:setAgenda')).toEqual([{ id: 'rv_9', agenda: ['Welcome', 'Fees and costs', 'Next steps'] }]),
    );
    expect(await screen.findByText('Agenda for the review with Okafor Household saved.')).toBeTruthy();
    await waitFor(() => expect(itemsOf(agendaList(section))).toEqual(['Welcome', 'Fees and costs', 'Next steps']));
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.textContent).toBe('Edit agenda…');
  });

  it('shows a refused agenda’s message beside the field, naming the line it is on', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({
      handlers: {
        'reviews:setAgenda': () => {
          throw new AppError('INVALID_INPUT', 'The agenda was not saved.', [{ path: 'agenda.2', message: 'must not promise returns' }]);
        },
      },
    });
    const section = await region();
    await user.click(await within(section).findByRole('button', { name: 'Edit agenda…' }));
    const form = within(section).getByRole('form', { name: /^Edit the agenda/ });
    const field = within(form).getByLabelText('Agenda items');
    await user.clear(field);
    await user.type(field, 'Welcome{Enter}{Enter}Fees{Enter}Guaranteed returns');
    await user.click(within(form).getByRole('button', { name: 'Save agenda' }));

    const message = await within(form).findByText('Line 4 of the agenda must not promise returns.');
    expect(transport.callsTo('reviews:setAgenda')).toEqual([{ id: 'rv_9', agenda: ['Welcome', 'Fees', 'Guaranteed returns'] }]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(document.activeElement).toBe(field);
    // The form stays open with what was typed, and nothing says it was saved.
    expect(field).toHaveProperty('value', 'Welcome\n\nFees\nGuaranteed returns');
    expect(screen.queryByText(/^Agenda for the review with .* saved\.$/)).toBeNull();
  });

  it('checks the agenda before sending and says a refusal that is not about one line in the form', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({
      handlers: {
        'reviews:setAgenda': () => {
          throw new AppError('CONFLICT', 'The review was held or cancelled meanwhile, so its agenda can no longer change.');
        },
      },
    });
    const section = await region();
    await user.click(await within(section).findByRole('button', { name: 'Edit agenda…' }));
    const form = within(section).getByRole('form', { name: /^Edit the agenda/ });
    const field = within(form).getByLabelText('Agenda items');

    await user.clear(field);
    await user.click(field);
    await user.paste(`Welcome\n\n${'x'.repeat(301)}`);
    await user.click(within(form).getByRole('button', { name: 'Save agenda' }));
    expect(within(form).getByText('Line 3 of the agenda must be at most 300 characters.')).toBeTruthy();

    await user.clear(field);
    await user.click(field);
    await user.paste(agendaItems(31).join('\n'));
    await user.click(within(form).getByRole('button', { name: 'Save agenda' }));
    expect(within(form).getByText(/^The agenda can have at most 30 items\./)).toBeTruthy();
    expect(transport.callsTo('reviews:setAgenda')).toEqual([]);

    await user.clear(field);
    await user.type(field, 'Welcome');
    await user.click(within(form).getByRole('button', { name: 'Save agenda' }));
    expect(await within(form).findByText('The review was held or cancelled meanwhile, so its agenda can no longer change.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('Client page: review packets', () => {
  let clicked: { href: string; download: string }[];
  let blobs: Blob[];

  beforeEach(() => {
    clicked = [];
    blobs = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:packet-${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    delete window.clientbook;
  });

  const pdfBase64 = btoa('%PDF-1.7 packet');

  it('previews the packet as of a day, with the health score as the firm set it', async () => {
    const user = userEvent.setup();
    renderSection();
    const section = await region();
    const health = within(section).getByLabelText('Include health score');
    await waitFor(() => expect(health).toHaveProperty('checked', true));
    const asOf = within(section).getByLabelText('Figures as of');
    expect(asOf).toHaveProperty('value', dayFromToday(0));
    await user.clear(asOf);
    await user.type(asOf, '2026-02-28');
    await user.click(health);
    // The packet is for the planned meeting once it is known.
    await within(section).findByText(/For the review meeting on Apr 2, 2099/);
    await user.click(within(section).getByRole('button', { name: 'Preview' }));
    expect(screen.getByTestId('location').textContent).toBe('/print/packet/cl_1?asOf=2026-02-28&lang=en&review=rv_9&health=0');
  });

  it('in a browser, saves as PDF by issuing the packet, reading it and downloading it under its name', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const issued = issuedPacket({ id: 'ip_2', fileName: '2026-03-10 Okafor Household - Review packet.pdf' });
    const { transport } = renderSection({
      handlers: {
        'packets:issue': () => new Promise((resolve) => (release = () => resolve(issued))),
        'packets:read': () => ({ fileName: issued.fileName, base64: pdfBase64 }),
      },
    });
    const section = await region();
    await within(section).findByText(/For the review meeting/);
    await user.click(within(section).getByRole('button', { name: 'Save as PDF…' }));
    expect(within(section).getByRole('status').textContent).toBe('Making the PDF…');
    release();

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(transport.callsTo('packets:issue')).toEqual([
      { clientId: 'cl_1', asOf: dayFromToday(0), reviewId: 'rv_9', showHealth: true, language: 'en' },
    ]);
    expect(transport.callsTo('packets:read')).toEqual([{ id: 'ip_2' }]);
    expect(clicked[0]).toEqual({ href: 'blob:packet-1', download: '2026-03-10 Okafor Household - Review packet.pdf' });
    expect(blobs[0]!.type).toBe('application/pdf');
    expect(await blobs[0]!.text()).toBe('%PDF-1.7 packet');
    expect(transport.callsTo('packets:saveCopy')).toEqual([]);
    // Every saved PDF is an issued packet: the list is read again.
    await waitFor(() => expect(transport.callsTo('packets:list')).toHaveLength(2));
    expect(await screen.findByText('Downloaded 2026-03-10 Okafor Household - Review packet.pdf.')).toBeTruthy();
    expect(within(section).queryByText('Making the PDF…')).toBeNull();
  });

  it('in a browser, prints from the packet page', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({ handlers: { 'packets:print': () => ({ printed: true }) } });
    const section = await region();
    await waitFor(() => expect(within(section).getByLabelText('Include health score')).toHaveProperty('checked', true));
    await user.click(within(section).getByRole('button', { name: 'Print…' }));
    expect(screen.getByTestId('location').textContent).toMatch(/^\/print\/packet\/cl_1\?asOf=.*&health=1$/);
    expect(transport.callsTo('packets:print')).toEqual([]);
  });

  it('in the desktop app, saves a copy through the save dialog and prints through the system', async () => {
    window.clientbook = { invoke: () => Promise.reject(new Error('not used')), on: () => () => {} };
    const user = userEvent.setup();
    const { transport } = renderSection({
      reviews: history,
      handlers: {
        'packets:issue': () => issuedPacket({ id: 'ip_3' }),
        'packets:saveCopy': () => ({ savedTo: '/Users/priya/Desktop/packet.pdf' }),
        'packets:print': () => ({ printed: true }),
      },
    });
    const section = await region();
    await within(section).findByText('None scheduled');
    await user.click(within(section).getByRole('button', { name: 'Save as PDF…' }));
    expect(await screen.findByText('A copy of the packet was saved to /Users/priya/Desktop/packet.pdf.')).toBeTruthy();
    expect(transport.callsTo('packets:saveCopy')).toEqual([{ id: 'ip_3' }]);
    expect(transport.callsTo('packets:read')).toEqual([]);
    expect(transport.callsTo('packets:issue')[0]).toMatchObject({ clientId: 'cl_1', reviewId: null });

    await user.click(within(section).getByRole('button', { name: 'Print…' }));
    expect(await screen.findByText('The packet was sent to the printer.')).toBeTruthy();
    expect(transport.callsTo('packets:print')).toHaveLength(1);
    expect(screen.queryByTestId('location')).toBeNull();

    // Issued packets offer a copy through the same dialog, never a new PDF.
    const table = within(section).getByRole('table', { name: 'Issued packets' });
    await user.click(within(table).getByRole('button', { name: /^Save a copy of the packet generated/ }));
    await waitFor(() => expect(transport.callsTo('packets:saveCopy')).toEqual([{ id: 'ip_3' }, { id: 'ip_1' }]));
    expect(transport.callsTo('packets:issue')).toHaveLength(1);
  });

  it('in the desktop app, opens an issued packet and shows it in its folder by its id', async () => {
    window.clientbook = {} as ClientbookBridge;
    const user = userEvent.setup();
    const { transport } = renderSection({
      handlers: {
        'files:open': () => ({ opened: true }),
        'files:showInFolder': () => {
          throw new AppError('NOT_FOUND', 'The file or folder “pk.pdf” is no longer where Clientbook saved it.');
        },
      },
    });
    const table = within(await region()).getByRole('table', { name: 'Issued packets' });
    await user.click(await within(table).findByRole('button', { name: /^Open the packet generated/ }));
    await waitFor(() => expect(transport.callsTo('files:open')).toEqual([{ kind: 'packet', id: 'ip_1' }]));
    await user.click(within(table).getByRole('button', { name: /^Show in folder the packet generated/ }));
    expect(await screen.findByText('The file or folder “pk.pdf” is no longer where Clientbook saved it.')).toBeTruthy();
    expect(transport.callsTo('files:showInFolder')).toEqual([{ kind: 'packet', id: 'ip_1' }]);
    expect(transport.callsTo('packets:read')).toEqual([]);
    expect(transport.callsTo('packets:saveCopy')).toEqual([]);
  });

  it('lists issued packets and downloads one again without making it anew', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({
      packets: [
        issuedPacket(),
        issuedPacket({ id: 'ip_2', generatedAt: '2026-03-20T09:00:00.000Z', asOf: '2026-03-20', generatedBy: 'Sam Lee' }),
      ],
      handlers: { 'packets:read': ({ id }) => ({ fileName: `${id}.pdf`, base64: pdfBase64 }) },
    });
    const section = await region();
    const table = await within(section).findByRole('table', { name: 'Issued packets' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Sam Lee')).toBeTruthy();
    expect(within(rows[0]!).getByText('Mar 20, 2026')).toBeTruthy();
    expect(within(rows[1]!).getByText('184 kB')).toBeTruthy();
    await user.click(within(rows[1]!).getByRole('button', { name: /^Download the packet generated/ }));
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:packet-1', download: 'ip_1.pdf' }]));
    expect(transport.callsTo('packets:read')).toEqual([{ id: 'ip_1' }]);
    expect(within(rows[1]!).getByRole('button', { name: /^Open the packet generated/ })).toBeTruthy();
  });

  it('says in plain words when the PDF could not be made, and refuses a date that is not one', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection({
      handlers: {
        'packets:issue': () => {
          throw new AppError(
            'STORAGE_FAILED',
            'The packet could not be saved in the data folder. Check there is free space, then try again.',
          );
        },
      },
    });
    const section = await region();
    const asOf = within(section).getByLabelText('Figures as of');
    await user.clear(asOf);
    await user.click(within(section).getByRole('button', { name: 'Save as PDF…' }));
    expect(within(section).getByText('Figures as of must be a date like 2026-03-31.')).toBeTruthy();
    expect(document.activeElement).toBe(asOf);
    expect(transport.callsTo('packets:issue')).toEqual([]);

    await user.type(asOf, '2026-03-01');
    await user.click(within(section).getByRole('button', { name: 'Save as PDF…' }));
    expect(
      await within(section).findByText('The packet could not be saved in the data folder. Check there is free space, then try again.'),
    ).toBeTruthy();
    expect(clicked).toEqual([]);
  });
});
