import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { WorkflowTemplate } from '../../shared/model';
import { NoticeRegion } from '../../renderer/components/notices';
import { WorkflowTemplatesScreen } from '../../renderer/features/workflows/workflow-templates-screen';
import { teamMember } from './support/data';
import type { FakeHandlers } from './support/fake-transport';
import { renderWithApp } from './support/render';
import { workflowTemplate } from './support/work-data';

const templates: WorkflowTemplate[] = [
  workflowTemplate(),
  workflowTemplate({ id: 'wt_2', name: 'Account transfer', description: '', active: false, steps: workflowTemplate().steps.slice(0, 1) }),
];

function renderTemplates(extra: FakeHandlers = {}) {
  return renderWithApp(
    <>
      <WorkflowTemplatesScreen />
      <NoticeRegion />
    </>,
    {
      route: '/settings/workflows',
      handlers: {
        'workflows:templates': () => templates,
        'team:list': () => [teamMember(), teamMember({ id: 'tm_2', name: 'Sam Lee', role: 'operations' })],
        'workflows:saveTemplate': ({ id, ...draft }) => ({ ...workflowTemplate(), ...draft, id: id ?? 'wt_9' }) as WorkflowTemplate,
        ...extra,
      },
    },
  );
}

const step = (form: HTMLElement, number: number) => within(form).getByRole('group', { name: `Step ${number}` });

describe('Settings → Workflows', () => {
  it('lists active and inactive templates with their step counts', async () => {
    renderTemplates();
    const table = await screen.findByRole('table', { name: 'Workflow templates' });
    const onboarding = within(table).getByRole('row', { name: /New client onboarding/ });
    expect(within(onboarding).getByText('2 steps')).toBeTruthy();
    expect(within(onboarding).getByText('Active')).toBeTruthy();
    const transfer = within(table).getByRole('row', { name: /Account transfer/ });
    expect(within(transfer).getByText('1 step')).toBeTruthy();
    expect(within(transfer).getByText('Inactive')).toBeTruthy();
  });

  it('edits the steps with buttons and saves them, keeping "after step" pointing at the same step', async () => {
    const user = userEvent.setup();
    const { transport } = renderTemplates();
    await user.click(await screen.findByRole('button', { name: 'Edit New client onboarding' }));
    const form = screen.getByRole('form', { name: 'Edit New client onboarding' });

    await user.click(within(form).getByRole('button', { name: 'Add step' }));
    const third = step(form, 3);
    await user.type(within(third).getByLabelText('What to do'), 'Book the first review');
    await user.selectOptions(within(third).getByLabelText('Category'), 'review_preparation');
    await user.selectOptions(within(third).getByLabelText('Who does it'), 'person');
    await user.selectOptions(within(third).getByLabelText('Person'), 'tm_2');
    const days = within(third).getByLabelText('Days after');
    await user.clear(days);
    await user.type(days, '30');
    await user.selectOptions(within(third).getByLabelText('Counted from'), '2');

    // Step 3 follows "Open accounts"; moving that step up keeps it followed.
    await user.click(within(form).getByRole('button', { name: 'Move step 2 up' }));
    expect(within(step(form, 1)).getByLabelText('What to do')).toHaveProperty('value', 'Open accounts');
    expect(within(step(form, 3)).getByLabelText('Counted from')).toHaveProperty('value', '1');

    // Step 1 still counts from the welcome pack, now step 2: it has to be put right before saving.
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    const firstAfter = within(step(form, 1)).getByLabelText('Counted from');
    expect(within(step(form, 1)).getByText('Counted from must be an earlier step or the start.')).toBeTruthy();
    expect(document.activeElement).toBe(firstAfter);
    expect(transport.callsTo('workflows:saveTemplate')).toEqual([]);
    await user.selectOptions(firstAfter, '');

    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    await waitFor(() =>
      expect(transport.callsTo('workflows:saveTemplate')).toEqual([
        {
          id: 'wt_1',
          name: 'New client onboarding',
          description: 'From signed agreement to first review.',
          active: true,
          steps: [
            { title: 'Open accounts', category: 'onboarding', assignee: { kind: 'role', role: 'operations' }, days: 5, afterStep: null },
            { title: 'Send welcome pack', category: 'onboarding', assignee: { kind: 'manager' }, days: 0, afterStep: null },
            {
              title: 'Book the first review',
              category: 'review_preparation',
              assignee: { kind: 'person', memberId: 'tm_2' },
              days: 30,
              afterStep: 1,
            },
          ],
        },
      ]),
    );
    expect(await screen.findByText('Saved the template “New client onboarding”.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('creates a template, checking fields first and showing the backend’s refusal beside the step it names', async () => {
    const user = userEvent.setup();
    const { transport } = renderTemplates({
      'workflows:saveTemplate': () => {
        throw new AppError('INVALID_INPUT', 'Some of the details are not valid.', [
          { path: 'steps.1.afterStep', message: 'must name an earlier step' },
        ]);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const form = screen.getByRole('form', { name: 'New workflow template' });
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(within(form).getByText('Name is required.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText('Name'));
    expect(within(step(form, 1)).getByText('What to do is required.')).toBeTruthy();
    expect(transport.callsTo('workflows:saveTemplate')).toEqual([]);

    await user.type(within(form).getByLabelText('Name'), 'Annual review');
    await user.type(within(step(form, 1)).getByLabelText('What to do'), 'Prepare the packet');
    await user.click(within(form).getByRole('button', { name: 'Add step' }));
    await user.type(within(step(form, 2)).getByLabelText('What to do'), 'Hold the meeting');
    await user.selectOptions(within(step(form, 2)).getByLabelText('Who does it'), 'role');
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(within(step(form, 2)).getByText('Choose a value for Role from the list.')).toBeTruthy();
    // The message is about the step's assignee, which the Role list shows: it takes focus.
    await waitFor(() => expect(document.activeElement).toBe(within(step(form, 2)).getByLabelText('Role')));

    await user.selectOptions(within(step(form, 2)).getByLabelText('Role'), 'adviser');
    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(await within(step(form, 2)).findByText('Counted from must name an earlier step')).toBeTruthy();
    expect(transport.callsTo('workflows:saveTemplate')).toHaveLength(1);
    expect(transport.callsTo('workflows:saveTemplate')[0]).not.toHaveProperty('id');
  });
});
