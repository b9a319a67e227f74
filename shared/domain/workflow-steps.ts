import type { WorkflowStep } from '../model/work';
import { addDays } from './recurrence';

/**
 * Due days of a workflow's steps, in step order: each is `days` after the start, or after the due
 * day of the earlier step it follows (`afterStep`, 1-based).
 */
export function stepDueDays(steps: readonly WorkflowStep[], startOn: string): string[] {
  const due: string[] = [];
  for (const step of steps) {
    const from = step.afterStep === null ? startOn : due[step.afterStep - 1];
    if (from === undefined) throw new Error(`step ${due.length + 1} follows step ${step.afterStep}, which is not an earlier step`);
    due.push(addDays(from, step.days));
  }
  return due;
}
