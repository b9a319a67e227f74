import { describe, expect, it } from 'vitest';
import type { In } from '../../../shared/contract';
import { expectRefused, rpc, smallFirm } from '../../fixtures/backend';

const fixedNow = () => new Date('2026-11-27T12:00:00.000Z');

type Steps = In<'workflows:saveTemplate'>['steps'];

describe('workflow templates', () => {
  it('ships the four default templates in a new book, valid and editable', async () => {
    const { backend, manager } = await smallFirm(fixedNow);
    const templates = await rpc(backend, 'workflows:templates', {});
    expect(templates.map((t) => t.name)).toEqual([
      'Account transfer',
      'Annual review preparation',
      'Complaint handling',
      'New client onboarding',
    ]);
    for (const template of templates) {
      expect(template.steps.length).toBeGreaterThanOrEqual(5);
      template.steps.forEach((step, index) => {
        if (step.afterStep !== null) expect(step.afterStep).toBeLessThanOrEqual(index);
      });
    }
    const onboarding = templates.find((t) => t.id === 'wf_onboarding')!;
    const edited = await rpc(backend, 'workflows:saveTemplate', {
      id: onboarding.id,
      name: 'Onboarding (UK)',
      steps: [
        ...onboarding.steps,
        {
          title: 'Send the terms of business',
          category: 'compliance',
          assignee: { kind: 'person', memberId: manager.id },
          days: 1,
          afterStep: null,
        },
      ],
    });
    expect(edited).toMatchObject({
      id: 'wf_onboarding',
      name: 'Onboarding (UK)',
      createdAt: onboarding.createdAt,
      updatedAt: fixedNow().toISOString(),
    });
    expect(edited.steps).toHaveLength(onboarding.steps.length + 1);
    const hidden = await rpc(backend, 'workflows:saveTemplate', {
      id: onboarding.id,
      name: 'Old onboarding',
      steps: onboarding.steps,
      active: false,
    });
    expect((await rpc(backend, 'workflows:templates', {})).map((t) => t.id)).not.toContain(hidden.id);
    expect((await rpc(backend, 'workflows:templates', { includeInactive: true })).map((t) => t.id)).toContain(hidden.id);
  });

  it('refuses a step that follows itself or a later step, an inactive person, and an unknown template', async () => {
    const { backend, gone } = await smallFirm(fixedNow);
    const step = (afterStep: number | null) =>
      ({ title: 'Step', category: 'admin', assignee: { kind: 'manager' }, days: 1, afterStep }) as const;
    const save = (steps: Steps, id?: string) => rpc(backend, 'workflows:saveTemplate', { name: 'Mine', steps, ...(id ? { id } : {}) });
    await expectRefused(backend, () => save([step(null), step(2)]), 'INVALID_INPUT', 'steps.1.afterStep');
    await expectRefused(backend, () => save([step(null), step(null), step(3)]), 'INVALID_INPUT', 'steps.2.afterStep');
    await expectRefused(
      backend,
      () => save([{ ...step(null), assignee: { kind: 'person', memberId: gone.id } }]),
      'INVALID_INPUT',
      'steps.0.assignee.memberId',
    );
    await expectRefused(backend, () => save([step(null)], 'wf_nobody'), 'NOT_FOUND', 'id');
    const created = await save([step(null), step(1)]);
    expect(created.id).toMatch(/^wf_/);
  });
});

describe('starting a workflow', () => {
  it('creates one task per step, due from the start or from the step it follows, and a run record', async () => {
    const { backend, manager, paraplanner, client } = await smallFirm(fixedNow);
    const template = await rpc(backend, 'workflows:saveTemplate', {
      name: 'Review',
      steps: [
        {
          title: 'Pull reports',
          category: 'review_preparation',
          assignee: { kind: 'role', role: 'paraplanner' },
          days: 3,
          afterStep: null,
        },
        { title: 'Check suitability', category: 'compliance', assignee: { kind: 'manager' }, days: 2, afterStep: 1 },
        { title: 'Hold meeting', category: 'follow_up', assignee: { kind: 'manager' }, days: 14, afterStep: null },
        { title: 'Send letter', category: 'compliance', assignee: { kind: 'person', memberId: paraplanner.id }, days: 5, afterStep: 3 },
      ],
    });
    const run = await rpc(backend, 'workflows:start', {
      templateId: template.id,
      clientId: client.id,
      startOn: '2026-12-28',
      byId: manager.id,
    });
    expect(run).toMatchObject({
      templateId: template.id,
      name: 'Review',
      clientId: client.id,
      startedOn: '2026-12-28',
      startedById: manager.id,
    });
    const rows = await rpc(backend, 'tasks:list', { workflowRunId: run.id });
    const byTitle = new Map(rows.map((row) => [row.task.title, row.task]));
    expect(run.taskIds.map((id) => backend.store.get('tasks', id)!.title)).toEqual([
      'Pull reports',
      'Check suitability',
      'Hold meeting',
      'Send letter',
    ]);
    expect(byTitle.get('Pull reports')).toMatchObject({
      dueOn: '2026-12-31',
      assigneeId: paraplanner.id,
      workflowRunId: run.id,
      clientId: client.id,
    });
    expect(byTitle.get('Check suitability')).toMatchObject({ dueOn: '2027-01-02', assigneeId: manager.id });
    expect(byTitle.get('Hold meeting')!.dueOn).toBe('2027-01-11');
    expect(byTitle.get('Send letter')).toMatchObject({ dueOn: '2027-01-16', assigneeId: paraplanner.id });

    // Without a start day it starts today.
    const today = await rpc(backend, 'workflows:start', { templateId: template.id, clientId: client.id, byId: manager.id });
    expect(today.startedOn).toBe('2026-11-27');

    const [latest, first] = await rpc(backend, 'workflows:progress', { clientId: client.id });
    expect(first!.run.id).toBe(today.id);
    expect(latest).toMatchObject({ done: 0, total: 4, nextTask: { task: { title: 'Pull reports' } } });
    await rpc(backend, 'tasks:complete', { id: run.taskIds[0]!, byId: manager.id });
    await rpc(backend, 'tasks:update', { id: run.taskIds[1]!, byId: manager.id, changes: { status: 'cancelled' } });
    const progress = (await rpc(backend, 'workflows:progress', { clientId: client.id })).find((p) => p.run.id === run.id)!;
    expect(progress).toMatchObject({ done: 2, total: 4, nextTask: { task: { title: 'Hold meeting' } } });
  });

  it('gives a role step to the client’s team, else the least busy with the role, else the manager', async () => {
    const { backend, manager, adviser, client } = await smallFirm(fixedNow);
    const second = await rpc(backend, 'team:create', { name: 'Fay Ng', role: 'adviser', email: 'fay@example.com' });
    const busy = (assigneeId: string, count: number) =>
      Promise.all(Array.from({ length: count }, () => rpc(backend, 'tasks:create', { title: 'Busy', assigneeId, byId: manager.id })));
    await busy(adviser.id, 2);
    await busy(second.id, 1);
    const template = await rpc(backend, 'workflows:saveTemplate', {
      name: 'Roles',
      steps: [
        { title: 'Adviser step', category: 'admin', assignee: { kind: 'role', role: 'adviser' }, days: 0, afterStep: null },
        { title: 'Operations step', category: 'admin', assignee: { kind: 'role', role: 'operations' }, days: 0, afterStep: null },
      ],
    });
    const assignees = async () => {
      const run = await rpc(backend, 'workflows:start', { templateId: template.id, clientId: client.id, byId: manager.id });
      return run.taskIds.map((id) => backend.store.get('tasks', id)!.assigneeId);
    };
    // Fay has fewer open tasks; nobody works in operations, so the manager takes that step.
    expect(await assignees()).toEqual([second.id, manager.id]);
    await rpc(backend, 'clients:update', { id: client.id, changes: { serviceTeamIds: [adviser.id] } });
    expect(await assignees()).toEqual([adviser.id, manager.id]);
  });

  it('refuses a step for an inactive person, an inactive template and an unknown household, creating nothing', async () => {
    const { backend, manager, adviser, client } = await smallFirm(fixedNow);
    const template = await rpc(backend, 'workflows:saveTemplate', {
      name: 'Personal',
      steps: [
        { title: 'First', category: 'admin', assignee: { kind: 'manager' }, days: 0, afterStep: null },
        { title: 'Ben does this', category: 'admin', assignee: { kind: 'person', memberId: adviser.id }, days: 1, afterStep: null },
      ],
    });
    await rpc(backend, 'team:update', { id: adviser.id, changes: { active: false } });
    const start = (input: Partial<In<'workflows:start'>>) =>
      rpc(backend, 'workflows:start', { templateId: template.id, clientId: client.id, byId: manager.id, ...input });
    await expectRefused(backend, () => start({}), 'INVALID_INPUT', 'templateId');
    await expectRefused(backend, () => start({ templateId: 'wf_nobody' }), 'INVALID_INPUT', 'templateId');
    await expectRefused(backend, () => start({ templateId: 'wf_onboarding', clientId: 'cl_nobody' }), 'NOT_FOUND', 'clientId');
    expect(await rpc(backend, 'workflows:progress', { clientId: client.id })).toEqual([]);
    expect(await rpc(backend, 'tasks:list', {})).toEqual([]);
  });

  it('starts each default template for a client with every step assigned to an active member', async () => {
    const { backend, manager, client } = await smallFirm(fixedNow);
    for (const template of await rpc(backend, 'workflows:templates', {})) {
      const run = await rpc(backend, 'workflows:start', { templateId: template.id, clientId: client.id, byId: manager.id });
      expect(run.taskIds).toHaveLength(template.steps.length);
      for (const id of run.taskIds) {
        const task = backend.store.get('tasks', id)!;
        expect(backend.store.get('teamMembers', task.assigneeId)!.active).toBe(true);
        expect(task.dueOn! >= '2026-11-27').toBe(true);
      }
    }
  });
});
