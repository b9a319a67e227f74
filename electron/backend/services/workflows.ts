import type { Handlers } from '../../../shared/contract';
import { stepDueDays } from '../../../shared/domain/workflow-steps';
import { compareNames } from '../../../shared/domain/collation';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { Client, TeamMember, WorkflowRun, WorkflowStep, WorkflowTemplate } from '../../../shared/model';
import { putOp, type Op } from '../store';
import { invalid, requireActiveMember, requireClient, today } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { isTaskOpen, newTask, openTaskCount, taskRow } from './tasks';

/** How a refusal names a step: its number and title. */
function stepOf(step: WorkflowStep, index: number): { step: number; title: string } {
  return { step: index + 1, title: step.title };
}

export function workflowHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'workflows:templates' | 'workflows:saveTemplate' | 'workflows:start' | 'workflows:progress'> {
  const { store } = ctx;

  /**
   * Who does a step for this client: the primary manager; for a role, an active member with it,
   * preferring the client's own team, else the one with the fewest open tasks, else the manager
   * (a small firm may have nobody in that role); a named person only while active.
   */
  function assigneeFor(step: WorkflowStep, index: number, client: Client, manager: TeamMember): TeamMember {
    const { assignee } = step;
    if (assignee.kind === 'manager') return manager;
    if (assignee.kind === 'person') {
      const member = store.get('teamMembers', assignee.memberId);
      if (!member?.active) {
        throw invalid(
          message('refused.stepToInactive', { ...stepOf(step, index), name: member?.name ?? message('refused.aFormerColleague') }),
          'templateId',
          message('issues.stepToInactive', { step: index + 1 }),
        );
      }
      return member;
    }
    const withRole = [...store.all('teamMembers')].filter((member) => member.active && member.role === assignee.role);
    const clientTeam = new Set([client.primaryManagerId, ...client.serviceTeamIds]);
    const fromTeam = withRole.find((member) => clientTeam.has(member.id));
    if (fromTeam) return fromTeam;
    const leastBusy = withRole
      .map((member) => ({ member, open: openTaskCount(ctx, member.id) }))
      .sort((a, b) => a.open - b.open || compareNames(store.settings.locale)(a.member.name, b.member.name))[0];
    return leastBusy?.member ?? manager;
  }

  function checkSteps(steps: readonly WorkflowStep[]): void {
    steps.forEach((step, index) => {
      if (step.afterStep !== null && step.afterStep > index) {
        throw invalid(
          message('refused.stepFollowsLater', { ...stepOf(step, index), after: step.afterStep }),
          `steps.${index}.afterStep`,
          message('issues.earlierStep'),
        );
      }
      if (step.assignee.kind === 'person') {
        requireActiveMember(
          ctx,
          step.assignee.memberId,
          `steps.${index}.assignee.memberId`,
          message('chosenAs.stepAssignee', stepOf(step, index)),
        );
      }
    });
  }

  return {
    'workflows:templates': async ({ includeInactive }) =>
      [...store.all('workflowTemplates')]
        .filter((template) => includeInactive || template.active)
        .sort((a, b) => compareNames(store.settings.locale)(a.name, b.name)),

    'workflows:saveTemplate': (input, { actor }) =>
      store.mutate(actor, () => {
        const current = input.id === undefined ? undefined : store.get('workflowTemplates', input.id);
        if (input.id !== undefined && !current) {
          throw new AppError('NOT_FOUND', message('gone.workflowTemplate'), [fieldIssue('id', message('issues.unknownTemplate'))]);
        }
        checkSteps(input.steps);
        const at = ctx.now().toISOString();
        const template: WorkflowTemplate = {
          id: current?.id ?? newId('wf'),
          name: input.name,
          description: input.description,
          steps: input.steps,
          active: input.active,
          createdAt: current?.createdAt ?? at,
          updatedAt: at,
        };
        return { ops: [putOp('workflowTemplates', template)], result: template };
      }),

    'workflows:start': ({ templateId, clientId, startOn, byId }, { actor }) =>
      store.mutate(actor, () => {
        const template = store.get('workflowTemplates', templateId);
        if (!template?.active) {
          throw invalid(message('refused.activeWorkflowTemplate'), 'templateId', message('issues.notActiveTemplate'));
        }
        const client = requireClient(ctx, clientId, 'clientId');
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.startingWorkflow'));
        const manager = store.get('teamMembers', client.primaryManagerId);
        if (!manager?.active) {
          throw invalid(message('refused.managerInactiveForWorkflow'), 'clientId', message('issues.managerInactive'));
        }
        const startedOn = startOn ?? today(ctx);
        const at = ctx.now().toISOString();
        const runId = newId('wr');
        const dueDays = stepDueDays(template.steps, startedOn);
        const tasks = template.steps.map((step, index) =>
          newTask(
            {
              clientId: client.id,
              title: step.title,
              assigneeId: assigneeFor(step, index, client, manager).id,
              dueOn: dueDays[index]!,
              category: step.category,
              workflowRunId: runId,
              createdById: byId,
            },
            at,
          ),
        );
        const run: WorkflowRun = {
          id: runId,
          templateId: template.id,
          name: template.name,
          clientId: client.id,
          startedOn,
          startedById: byId,
          startedAt: at,
          taskIds: tasks.map((task) => task.id),
        };
        const ops: Op[] = [putOp('workflowRuns', run), ...tasks.map((task) => putOp('tasks', task))];
        return { ops, result: run };
      }),

    'workflows:progress': async ({ clientId }) => {
      requireClient(ctx, clientId, 'clientId');
      return (
        store
          .byIndex('workflowRuns', 'clientId', clientId)
          // The latest first: by start day, then by when it was started.
          .sort((a, b) => b.startedOn.localeCompare(a.startedOn) || b.startedAt.localeCompare(a.startedAt))
          .map((run) => {
            const tasks = run.taskIds.flatMap((id) => store.get('tasks', id) ?? []);
            // A cancelled step was judged not needed: it counts as finished, like a done one.
            const nextTask = tasks.find(isTaskOpen);
            return {
              run,
              done: tasks.filter((task) => !isTaskOpen(task)).length,
              total: run.taskIds.length,
              nextTask: nextTask ? taskRow(store, nextTask) : null,
            };
          })
      );
    },
  };
}
