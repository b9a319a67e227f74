import type { Settings, StepAssignee, TaskCategory, WorkflowStep, WorkflowTemplate } from '../../../../shared/model';
import type { StoredRecord } from '../snapshot';
import { fill } from './fill';
import type { Migration } from './migration';

// The values below are this migration's own, as they were when schema 3 was written: the live defaults
// (shared/model, store/default-workflows.ts) may change, and a book migrated later must not differ.

const requestTargetHours = Object.freeze({
  contact_change: 72,
  money_movement: 24,
  document_request: 48,
  account_opening: 120,
  account_closing: 72,
  technical_help: 24,
  complaint: 48,
  other: 72,
});

/** The `createdAt` this migration gives the templates. */
const templatesWrittenAt = '2026-01-01T00:00:00.000Z';

const manager: StepAssignee = { kind: 'manager' };
const operations: StepAssignee = { kind: 'role', role: 'operations' };
const paraplanner: StepAssignee = { kind: 'role', role: 'paraplanner' };
const adviser: StepAssignee = { kind: 'role', role: 'adviser' };
const support: StepAssignee = { kind: 'role', role: 'support' };

function step(title: string, category: TaskCategory, assignee: StepAssignee, days: number, afterStep: number | null = null): WorkflowStep {
  return { title, category, assignee, days, afterStep };
}

/** The four templates a firm started with at schema 3; their ids match the live defaults, so a new book never holds two of one. */
function schemaThreeTemplates(): WorkflowTemplate[] {
  const at = templatesWrittenAt;
  const template = (id: string, name: string, description: string, steps: WorkflowStep[]): WorkflowTemplate => ({
    id,
    name,
    description,
    steps,
    active: true,
    createdAt: at,
    updatedAt: at,
  });
  return [
    template('wf_onboarding', 'New client onboarding', 'From signed engagement to the first plan and the 90-day check-in.', [
      step('Send welcome pack and engagement letter', 'onboarding', manager, 0),
      step('Verify identity and run anti-money-laundering checks', 'compliance', operations, 2),
      step('Complete fact-find and risk profile questionnaire', 'onboarding', manager, 5),
      step('Open accounts and send transfer paperwork', 'onboarding', operations, 3, 2),
      step('Prepare the initial financial plan', 'review_preparation', paraplanner, 10, 3),
      step('Present the plan and agree the investment strategy', 'follow_up', manager, 5, 5),
      step('Set up client portal access', 'admin', support, 2, 4),
      step('90-day check-in call', 'follow_up', manager, 90),
    ]),
    template(
      'wf_annual_review',
      'Annual review preparation',
      'Everything the adviser needs before, in and after the yearly review meeting.',
      [
        step('Send the pre-review questionnaire', 'follow_up', support, 0),
        step('Book the review meeting', 'admin', support, 2),
        step('Pull valuations, performance and fee statements', 'review_preparation', paraplanner, 7),
        step('Check suitability, risk profile and capacity for loss', 'compliance', adviser, 3, 3),
        step('Prepare the review pack', 'review_preparation', paraplanner, 4, 3),
        step('Hold the review meeting', 'follow_up', manager, 21),
        step('Send meeting notes and the suitability letter', 'compliance', manager, 3, 6),
        step('Process agreed changes', 'service_request', operations, 5, 6),
      ],
    ),
    template(
      'wf_complaint',
      'Complaint handling',
      'Acknowledge, investigate and answer in writing, well within the regulator’s deadline (eight weeks in the UK).',
      [
        step('Acknowledge the complaint in writing', 'service_request', manager, 1),
        step('Record the complaint in the complaints register', 'compliance', operations, 1),
        step('Investigate: gather call notes, letters and transaction records', 'compliance', adviser, 10),
        step('Draft the final response', 'compliance', manager, 7, 3),
        step('Senior review of the final response', 'compliance', adviser, 2, 4),
        step('Send the final response, with referral rights', 'compliance', manager, 2, 5),
        step('Close in the register and record the root cause', 'compliance', operations, 5, 6),
      ],
    ),
    template(
      'wf_account_transfer',
      'Account transfer',
      'Moving an account from another provider, from signed authority to invested funds.',
      [
        step('Confirm the transfer details and get the signed authority', 'service_request', manager, 0),
        step('Request the transfer value and check exit charges', 'service_request', operations, 2),
        step('Write the suitability note for the transfer', 'compliance', adviser, 2, 2),
        step('Submit transfer forms to the ceding provider', 'service_request', operations, 1, 3),
        step('Chase the ceding provider', 'follow_up', operations, 10, 4),
        step('Confirm receipt and invest the funds', 'service_request', operations, 5, 5),
        step('Confirm completion with the client', 'follow_up', manager, 1, 6),
      ],
    ),
  ];
}

/**
 * Schema 3, work: the new task fields, the service request and workflow collections, the default
 * workflow templates, and response-time targets in settings. Existing tasks become one-off tasks
 * with no time of day, checklist or links; their last change is the last thing known about them.
 */
export const work: Migration = {
  version: 3,
  name: 'work',
  up(image) {
    const { collections } = image;
    fill(collections.tasks, (task) => ({
      dueTime: null,
      checklist: [],
      recurrence: null,
      seriesId: null,
      occurrence: null,
      skipped: false,
      requestId: null,
      workflowRunId: null,
      updatedAt: task.completedAt ?? task.createdAt,
    }));
    collections.requests ??= new Map();
    collections.workflowRuns ??= new Map();
    const templates = (collections.workflowTemplates ??= new Map());
    for (const template of schemaThreeTemplates()) {
      if (!templates.has(template.id)) templates.set(template.id, template as unknown as StoredRecord);
    }
    const settings = (image.singletons.settings ?? {}) as Partial<Settings>;
    image.singletons.settings = {
      ...settings,
      requestTargetHours: settings.requestTargetHours ?? { ...requestTargetHours },
    };
  },
};
