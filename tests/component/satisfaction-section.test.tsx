import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { SurveyRow, TeamMember } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { SatisfactionSection } from '../../renderer/features/client-page/satisfaction-section';
import { ChartWidthContext } from '../../renderer/features/satisfaction/charts/chart-size';
import { clientDetail, daysAgo, person, teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';
import { surveyRow } from './support/satisfaction-data';
import { taskRow } from './support/tasks';

const detail = clientDetail({ client: { lastContactAt: daysAgo(3) }, people: [person()], nextReviewOn: null });

const me = teamMember({ id: 'tm_7', name: 'Jo Park' });
const followUpTask = taskRow({ task: { id: 'ta_9', title: 'Call Okafor Household about their feedback', assigneeId: 'tm_1' } }).task;

function renderSection(responses: SurveyRow[], handlers: FakeHandlers = {}, member: TeamMember | null = me) {
  return renderWithApp(
    <ChartWidthContext value={560}>
      <SatisfactionSection detail={detail} />
      <NoticeRegion />
    </ChartWidthContext>,
    {
      route: '/clients/cl_1',
      currentUser: { member },
      handlers: {
        'surveys:list': () => responses,
        'surveys:followUp': () => followUpTask,
        ...handlers,
      },
    },
  );
}

describe('Client satisfaction section', () => {
  it('says so when the household has no responses, without an empty chart', async () => {
    const { transport } = renderSection([]);
    expect(await screen.findByText('No satisfaction responses recorded yet.')).toBeTruthy();
    expect(transport.callsTo('surveys:list')).toEqual([{ clientId: 'cl_1', limit: 200 }]);
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('charts the responses by date and lists them, newest first', async () => {
    const user = userEvent.setup();
    renderSection([
      surveyRow({ id: 'sv_1', on: '2025-06-02', nps: 8, csat: 4 }),
      surveyRow({ id: 'sv_2', on: '2026-02-10', nps: 10, csat: null, comment: 'Very clear review.' }, { personName: 'Ada Okafor' }),
    ]);
    const chart = await screen.findByRole('figure', { name: 'Responses over time' });
    // Two NPS circles and one CSAT square.
    expect(chart.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(3);
    const items = within(screen.getByRole('list', { name: 'Responses' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).getAllByText(/^NPS/)[0]!.textContent)).toEqual(['NPS 10 · Promoter', 'NPS 8 · Passive']);
    expect(within(items[0]!).getByText('Very clear review.')).toBeTruthy();

    await user.click(within(chart).getByRole('button', { name: 'Table' }));
    expect(within(chart).getAllByRole('row')).toHaveLength(3);
  });

  it('records a response with the right input', async () => {
    const user = userEvent.setup();
    const recorded = surveyRow({ id: 'sv_3', nps: 9, csat: 5, personId: 'pe_1', channel: 'phone', comment: 'Happy.' }).survey;
    const { transport } = renderSection([], { 'surveys:record': () => ({ survey: recorded, followUpSuggested: false }) });
    await user.click(await screen.findByRole('button', { name: 'Record response' }));
    const form = screen.getByRole('form', { name: 'Record a satisfaction response' });
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '2026-03-02');
    await user.selectOptions(within(form).getByLabelText('Person'), 'pe_1');
    await user.selectOptions(within(form).getByLabelText('NPS (0–10)'), '9');
    await user.selectOptions(within(form).getByLabelText('CSAT (1–5)'), '5');
    await user.selectOptions(within(form).getByLabelText('Channel'), 'phone');
    await user.type(within(form).getByLabelText('Comment'), 'Happy.');
    await user.click(within(form).getByRole('button', { name: 'Record response' }));

    await waitFor(() =>
      expect(transport.callsTo('surveys:record')).toEqual([
        { clientId: 'cl_1', personId: 'pe_1', on: '2026-03-02', nps: 9, csat: 5, channel: 'phone', comment: 'Happy.', byId: 'tm_7' },
      ]),
    );
    expect(await screen.findByText('Response recorded.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create follow-up task' })).toBeNull();
  });

  it('asks for a score before calling the backend', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection([]);
    await user.click(await screen.findByRole('button', { name: 'Record response' }));
    const form = screen.getByRole('form', { name: 'Record a satisfaction response' });
    await user.click(within(form).getByRole('button', { name: 'Record response' }));
    expect(await within(form).findByText('NPS (0–10) needs an NPS or a CSAT score.')).toBeTruthy();
    expect(transport.callsTo('surveys:record')).toEqual([]);
  });

  it('shows a backend field error beside the field', async () => {
    const user = userEvent.setup();
    renderSection([], {
      'surveys:record': () => {
        throw new AppError('INVALID_INPUT', 'The response is not valid.', [{ path: 'on', message: 'cannot be in the future' }]);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Record response' }));
    const form = screen.getByRole('form', { name: 'Record a satisfaction response' });
    await user.selectOptions(within(form).getByLabelText('NPS (0–10)'), '7');
    await user.click(within(form).getByRole('button', { name: 'Record response' }));

    const message = await within(form).findByText('Date cannot be in the future');
    const date = within(form).getByLabelText('Date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toContain(message.id);
  });

  it('records a survey request with the right input', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection([], {
      'surveys:requestSent': () => ({
        id: 'sq_1',
        clientId: 'cl_1',
        personId: 'pe_1',
        sentOn: '2026-03-02',
        channel: 'email',
        byId: 'tm_7',
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Record a survey request' }));
    const form = screen.getByRole('form', { name: 'Record a survey request' });
    await user.clear(within(form).getByLabelText('Date sent'));
    await user.type(within(form).getByLabelText('Date sent'), '2026-03-02');
    await user.selectOptions(within(form).getByLabelText('Person'), 'pe_1');
    await user.selectOptions(within(form).getByLabelText('Channel'), 'email');
    await user.click(within(form).getByRole('button', { name: 'Record request' }));

    await waitFor(() =>
      expect(transport.callsTo('surveys:requestSent')).toEqual([
        { clientId: 'cl_1', personId: 'pe_1', sentOn: '2026-03-02', channel: 'email', byId: 'tm_7' },
      ]),
    );
    expect(await screen.findByText('Survey request recorded.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(transport.callsTo('surveys:record')).toEqual([]);
  });

  it('shows a backend field error on the survey request beside the date', async () => {
    const user = userEvent.setup();
    renderSection([], {
      'surveys:requestSent': () => {
        throw new AppError('INVALID_INPUT', 'The survey request is not valid.', [{ path: 'sentOn', message: 'cannot be in the future' }]);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Record a survey request' }));
    const form = screen.getByRole('form', { name: 'Record a survey request' });
    await user.click(within(form).getByRole('button', { name: 'Record request' }));

    const message = await within(form).findByText('Date sent cannot be in the future');
    const date = within(form).getByLabelText('Date sent');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.queryByText('Survey request recorded.')).toBeNull();
  });

  it('holds both forms back until the user says who they are, since they record in that name', async () => {
    const user = userEvent.setup();
    renderSection([], {}, null);
    const forms: [string, string, string][] = [
      ['Record response', 'Record a satisfaction response', 'Record response'],
      ['Record a survey request', 'Record a survey request', 'Record request'],
    ];
    for (const [open, name, submit] of forms) {
      await user.click(await screen.findByRole('button', { name: open }));
      const form = screen.getByRole('form', { name });
      expect(within(form).getByText(/^Choose who you are .* first: responses are recorded in your name\.$/)).toBeTruthy();
      expect(within(form).getByRole('button', { name: submit }).hasAttribute('disabled')).toBe(true);
      await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    }
  });

  it('offers a one-click follow-up task after a detractor, and confirms it with a link to the tasks', async () => {
    const user = userEvent.setup();
    const scores = { id: 'sv_5', nps: 4, csat: null, comment: 'Slow answers.' };
    const detractor = surveyRow(scores);
    let responses: SurveyRow[] = [];
    const { transport } = renderSection([], {
      'surveys:list': () => responses,
      'surveys:record': () => {
        responses = [detractor];
        return { survey: detractor.survey, followUpSuggested: true };
      },
      'surveys:followUp': () => {
        responses = [surveyRow(scores, { followUpTaskId: followUpTask.id })];
        return followUpTask;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Record response' }));
    const form = screen.getByRole('form', { name: 'Record a satisfaction response' });
    await user.selectOptions(within(form).getByLabelText('NPS (0–10)'), '4');
    await user.click(within(form).getByRole('button', { name: 'Record response' }));

    // Offered once, up top: the response's own row does not repeat the button.
    await screen.findByText('NPS 4 · Detractor');
    await user.click(screen.getByRole('button', { name: 'Create follow-up task' }));

    expect(transport.callsTo('surveys:followUp')).toEqual([{ surveyId: 'sv_5', byId: 'tm_7' }]);
    expect((await screen.findAllByText('Follow-up task created: Call Okafor Household about their feedback.')).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: "Open the team's tasks" }).getAttribute('href')).toBe('/tasks/team');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Create follow-up task' })).toBeNull());
  });

  it('offers the follow-up on past low scores that have none yet', async () => {
    const user = userEvent.setup();
    const { transport } = renderSection([
      surveyRow({ id: 'sv_1', on: '2025-05-01', nps: 2 }, { followUpTaskId: 'ta_1' }),
      surveyRow({ id: 'sv_2', on: '2025-09-01', nps: null, csat: 1 }),
      surveyRow({ id: 'sv_3', on: '2026-01-01', nps: 9 }),
    ]);
    const buttons = await screen.findAllByRole('button', { name: 'Create follow-up task' });
    expect(buttons).toHaveLength(1);
    await user.click(buttons[0]!);
    expect(transport.callsTo('surveys:followUp')).toEqual([{ surveyId: 'sv_2', byId: 'tm_7' }]);
  });
});
