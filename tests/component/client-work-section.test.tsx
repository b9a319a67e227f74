import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WorkflowProgress } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { WorkSection } from '../../renderer/features/client-page/work-section';
import { clientDetail, daysAgo, teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';
import { taskRow } from './support/tasks';
import { requestRow, workflowTemplate } from './support/work-data';

const detail = clientDetail({ client: { lastContactAt: daysAgo(3) }, people: [], nextReviewOn: null });

const members = [teamMember(), teamMember({ id: 'tm_2', name: 'Sam Lee', role: 'operations' })];

const onboarding: WorkflowProgress = {
  run: {
    id: 'wr_1',
    templateId: 'wt_1',
    name: 'New client onboarding',
    clientId: 'cl_1',
    startedOn: '2026-03-02',
    startedById: 'tm_1',
    startedAt: '2026-03-02T09:00:00.000Z',
    taskIds: ['ta_1', 'ta_2', 'ta_3', 'ta_4', 'ta_5', 'ta_6', 'ta_7'],
  },
  done: 3,
  total: 7,
  nextTask: taskRow({ task: { id: 'ta_4', title: 'Open accounts', assigneeId: 'tm_2', dueOn: '2026-03-09' }, assigneeName: 'Sam Lee' }),
};

function renderWork(extra: FakeHandlers = {}) {
  return renderWithApp(
    <>
      <WorkSection detail={detail} />
      <NoticeRegion />
    </>,
    {
      route: '/clients/cl_1',
      currentUser: { member: members[0]!, members },
      handlers: {
        'workflows:progress': () => [onboarding],
        'tasks:list': () => [
          taskRow({ task: { id: 'ta_1', title: 'Send the transfer form', dueOn: '2099-01-15' } }),
          taskRow({ task: { id: 'ta_8', title: 'Reply to the complaint letter', dueOn: '2020-01-01' }, complaint: true }),
        ],
        'requests:list': () => [requestRow(), requestRow({ id: 'rq_2', type: 'complaint', status: 'in_progress' }, { overdue: true })],
        'workflows:templates': () => [workflowTemplate(), workflowTemplate({ id: 'wt_3', name: 'Annual review' })],
        'team:list': () => members,
        'workflows:start': (input) => ({ ...onboarding.run, id: 'wr_2', templateId: input.templateId, name: 'Annual review' }),
        'requests:create': ({ clientId, type, channel, description }) =>
          requestRow({ id: 'rq_9', clientId, type, channel, description }).request,
        ...extra,
      },
    },
  );
}

describe('Client page: work section', () => {
  it('shows workflow progress, open tasks and requests, with complaints flagged', async () => {
    renderWork();
    const section = await screen.findByRole('region', { name: 'Work' });
    const progress = await within(section).findByRole('progressbar', { name: 'Progress of New client onboarding' });
    expect(progress.getAttribute('aria-valuenow')).toBe('3');
    expect(progress.getAttribute('aria-valuemax')).toBe('7');
    expect(within(section).getByText('3 of 7 steps done')).toBeTruthy();
    expect(within(section).getByText('Next: Open accounts, with Sam Lee, due Mar 9, 2026')).toBeTruthy();

    const tasks = within(section).getByRole('list', { name: 'Open tasks for this client' });
    const complaintTask = within(tasks).getByText('Reply to the complaint letter').closest('li')!;
    expect(within(complaintTask).getByText('Complaint')).toBeTruthy();
    expect(within(complaintTask).getByText('Overdue')).toBeTruthy();

    const requests = within(section).getByRole('list', { name: 'Service requests from this client' });
    const items = within(requests).getAllByRole('listitem');
    // Open requests soonest due first; the complaint is flagged and links to its detail.
    const complaint = within(requests).getByRole('link', { name: /Complaint/ });
    expect(complaint.getAttribute('href')).toBe('/requests?open=rq_2');
    expect(items).toHaveLength(2);
    expect(within(section).getByRole('link', { name: 'See all in Service requests' }).getAttribute('href')).toBe(
      '/requests?view=list&client=cl_1',
    );
  });

  it('starts a workflow from a chosen template and date, then shows the new progress', async () => {
    const user = userEvent.setup();
    const { transport } = renderWork();
    const section = await screen.findByRole('region', { name: 'Work' });
    await user.click(within(section).getByRole('button', { name: 'Start workflow…' }));
    const form = within(section).getByRole('form', { name: 'Start a workflow' });
    await user.selectOptions(within(form).getByLabelText('Template'), 'wt_3');
    const startOn = within(form).getByLabelText('Start date');
    await user.clear(startOn);
    await user.type(startOn, '2026-04-01');
    await user.click(within(form).getByRole('button', { name: 'Start workflow' }));

    await waitFor(() =>
      expect(transport.callsTo('workflows:start')).toEqual([{ templateId: 'wt_3', clientId: 'cl_1', startOn: '2026-04-01', byId: 'tm_1' }]),
    );
    expect(await screen.findByText('Started “Annual review” for Okafor Household.')).toBeTruthy();
    expect(within(section).queryByRole('form', { name: 'Start a workflow' })).toBeNull();
    await waitFor(() => expect(transport.callsTo('workflows:progress').length).toBeGreaterThan(1));
    expect(transport.callsTo('workflows:templates')).toEqual([{ includeInactive: false }]);
  });

  it('records a new request for this client, owned by its manager unless changed', async () => {
    const user = userEvent.setup();
    const { transport } = renderWork();
    const section = await screen.findByRole('region', { name: 'Work' });
    await user.click(within(section).getByRole('button', { name: 'New request' }));
    const form = within(section).getByRole('form', { name: 'New service request' });
    expect(within(form).queryByLabelText('Client')).toBeNull();
    expect(within(form).getByLabelText('Owner')).toHaveProperty('value', 'tm_1');
    await user.selectOptions(within(form).getByLabelText('Type'), 'document_request');
    await user.selectOptions(within(form).getByLabelText('How they asked'), 'email');
    await user.type(within(form).getByLabelText('What they asked for'), 'Copy of the 2025 tax statement.');
    await user.click(within(form).getByRole('button', { name: 'Add request' }));

    await waitFor(() => expect(transport.callsTo('requests:create')).toHaveLength(1));
    expect(transport.callsTo('requests:create')[0]).toMatchObject({
      clientId: 'cl_1',
      type: 'document_request',
      channel: 'email',
      description: 'Copy of the 2025 tax statement.',
      ownerId: 'tm_1',
      byId: 'tm_1',
    });
    expect(await screen.findByText('Added the request from Okafor Household.')).toBeTruthy();
  });
});
