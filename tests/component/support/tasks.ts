import type { MyDay, Task, TaskRow, TeamLoad } from '../../../shared/model';

/** A task row as lists receive it; `task` overrides go to the task itself. */
export function taskRow({ task = {}, ...row }: Partial<Omit<TaskRow, 'task'>> & { task?: Partial<Task> } = {}): TaskRow {
  return {
    task: {
      id: 'tk_1',
      clientId: 'cl_1',
      title: 'Call about the rollover',
      assigneeId: 'tm_1',
      dueOn: '2026-03-31',
      dueTime: null,
      priority: 'normal',
      status: 'open',
      category: 'follow_up',
      notes: '',
      checklist: [],
      recurrence: null,
      seriesId: null,
      occurrence: null,
      skipped: false,
      requestId: null,
      workflowRunId: null,
      createdById: 'tm_1',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
      completedById: null,
      completedAt: null,
      ...task,
    },
    clientName: 'Okafor Household',
    assigneeName: 'Priya Shah',
    complaint: false,
    ...row,
  };
}

export function myDay(overrides: Partial<MyDay> = {}): MyDay {
  return { today: '2026-03-31', overdue: [], dueToday: [], upcoming: [], waiting: [], ...overrides };
}

export function teamLoad(overrides: Partial<TeamLoad> = {}): TeamLoad {
  return {
    memberId: 'tm_1',
    name: 'Priya Shah',
    role: 'account_manager',
    active: true,
    open: 4,
    overdue: 0,
    dueToday: 1,
    waiting: 0,
    openRequests: 0,
    ...overrides,
  };
}
