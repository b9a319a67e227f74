import type { RequestRow, ServiceRequest, WorkflowTemplate } from '../../../shared/model';

/** A service request row as `requests:list` answers it; received two hours ago, due tomorrow. */
export function requestRow(overrides: Partial<ServiceRequest> = {}, row: Partial<Omit<RequestRow, 'request'>> = {}): RequestRow {
  const receivedAt = new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString();
  const request: ServiceRequest = {
    id: 'rq_1',
    clientId: 'cl_1',
    type: 'money_movement',
    channel: 'phone',
    description: 'Move $20,000 from savings to the brokerage account.',
    status: 'received',
    ownerId: 'tm_1',
    receivedAt,
    dueBy: new Date(Date.now() + 22 * 60 * 60 * 1000).toISOString(),
    resolution: '',
    resolvedAt: null,
    closedAt: null,
    history: [{ at: receivedAt, byId: 'tm_1', kind: 'received', status: 'received', fromId: null, toId: null, note: '' }],
    createdById: 'tm_1',
    updatedAt: receivedAt,
    ...overrides,
  };
  return { request, clientName: 'Okafor Household', ownerName: 'Priya Shah', overdue: false, ...row };
}

export function workflowTemplate(overrides: Partial<WorkflowTemplate> = {}): WorkflowTemplate {
  return {
    id: 'wt_1',
    name: 'New client onboarding',
    description: 'From signed agreement to first review.',
    steps: [
      { title: 'Send welcome pack', category: 'onboarding', assignee: { kind: 'manager' }, days: 0, afterStep: null },
      { title: 'Open accounts', category: 'onboarding', assignee: { kind: 'role', role: 'operations' }, days: 5, afterStep: 1 },
    ],
    active: true,
    createdAt: '2025-01-02T09:00:00.000Z',
    updatedAt: '2025-01-02T09:00:00.000Z',
    ...overrides,
  };
}
