import type { StepAssignee, TaskCategory, WorkflowTemplate } from '../../../shared/model';

export type AssigneeKind = StepAssignee['kind'];
export const assigneeKinds: readonly AssigneeKind[] = ['manager', 'role', 'person'];

/** One step as the form holds it: text for the inputs, every assignee choice kept while the kind changes. */
export interface StepDraft {
  /** Stable across reordering, for React and focus; never sent. */
  key: number;
  title: string;
  category: TaskCategory;
  assigneeKind: AssigneeKind;
  role: string;
  memberId: string;
  days: string;
  /** 1-based step number as text, or empty for "from the start". */
  afterStep: string;
}

let nextKey = 1;

/** A saved step as the form holds it. */
export function draftOf(step: WorkflowTemplate['steps'][number]): StepDraft {
  return {
    key: nextKey++,
    title: step.title,
    category: step.category,
    assigneeKind: step.assignee.kind,
    role: step.assignee.kind === 'role' ? step.assignee.role : '',
    memberId: step.assignee.kind === 'person' ? step.assignee.memberId : '',
    days: String(step.days),
    afterStep: step.afterStep === null ? '' : String(step.afterStep),
  };
}

/** A new step: from the start, by the household's manager, on the day. */
export const blankStep = (): StepDraft => ({
  key: nextKey++,
  title: '',
  category: 'onboarding',
  assigneeKind: 'manager',
  role: '',
  memberId: '',
  days: '0',
  afterStep: '',
});

/** The assignee the contract takes, from the choice for the step's kind. */
export function assigneeOf(step: StepDraft): unknown {
  if (step.assigneeKind === 'role') return { kind: 'role', role: step.role };
  if (step.assigneeKind === 'person') return { kind: 'person', memberId: step.memberId };
  return { kind: 'manager' };
}

/** Whole days only; anything else is NaN so the schema rejects it. */
export function toDays(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/**
 * Where an issue belongs: `name`, `steps`, `steps.2.title`, … The assignee's parts (`assignee.role`,
 * `assignee.memberId`) belong to the one control that shows them.
 */
export function fieldKey(path: readonly string[] | string): string {
  const parts = typeof path === 'string' ? path.split('.') : path;
  const assignee = parts.indexOf('assignee');
  return (assignee >= 0 ? parts.slice(0, assignee + 1) : parts).join('.');
}

/** Step numbers other steps follow move with the steps: swapping 2 and 3 swaps references to them too. */
export function renumber(steps: StepDraft[], map: (number: number) => number | null): StepDraft[] {
  return steps.map((step) => {
    if (!step.afterStep) return step;
    const mapped = map(Number(step.afterStep));
    return { ...step, afterStep: mapped === null ? '' : String(mapped) };
  });
}
