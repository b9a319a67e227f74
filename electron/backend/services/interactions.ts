import type { Actor, Handlers } from '../../../shared/contract';
import { zonedDayOf } from '../../../shared/domain/local-day';
import type { Client, Interaction, Task } from '../../../shared/model';
import { putOp, type Op } from '../store';
import { invalid, requireActiveMember, requireClient } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { newTask, taskTitleOf } from './tasks';
import { message } from '../../../shared/messages';

/**
 * A note on the client's timeline written by the app on someone's behalf (reassignment,
 * departure). It records a decision, not contact with the client, so it leaves
 * `lastContactAt` alone.
 */
export function timelineNote(ctx: ServiceContext, clientId: string, staffId: string, summary: string): Interaction {
  return {
    id: newId('in'),
    clientId,
    kind: 'note',
    at: ctx.now().toISOString(),
    durationMinutes: null,
    staffId,
    personIds: [],
    summary,
    followUpOn: null,
  };
}

/** The client with `lastContactAt` moved to `at` when `at` is newer; null when it is not. */
function withContactAt(client: Client, at: string, updatedAt: string): Client | null {
  if (client.lastContactAt !== null && Date.parse(client.lastContactAt) >= Date.parse(at)) return null;
  return { ...client, lastContactAt: at, updatedAt };
}

/** "Follow up with <household>: <first line of the summary>", cut to fit a task title. */
function followUpTitle(clientName: string, summary: string): string {
  return taskTitleOf(`Follow up with ${clientName}: ${summary.trim().split('\n')[0]!.trim()}`);
}

/**
 * The task a contact logged with a follow-up date asks for: due that day, for the person at the
 * workstation (who is logging it) or, when nobody is chosen there, whoever had the contact; the
 * whole summary goes in its notes.
 */
function followUpTask(ctx: ServiceContext, client: Client, interaction: Interaction, actor: Actor): Task {
  const logger = actor.member && ctx.store.get('teamMembers', actor.member.id);
  const assigneeId = logger?.active ? logger.id : interaction.staffId;
  const task = newTask(
    {
      clientId: client.id,
      title: followUpTitle(client.name, interaction.summary),
      assigneeId,
      dueOn: interaction.followUpOn,
      category: 'follow_up',
      notes: interaction.summary,
      createdById: assigneeId,
    },
    ctx.now().toISOString(),
  );
  return { ...task, interactionId: interaction.id };
}

export function interactionHandlers(ctx: ServiceContext): Pick<Handlers, 'interactions:list' | 'interactions:log'> {
  return {
    'interactions:list': async ({ clientId, kinds, limit }) => {
      requireClient(ctx, clientId, 'clientId');
      const wanted = kinds && new Set(kinds);
      return ctx.store
        .byIndex('interactions', 'clientId', clientId)
        .filter((interaction) => !wanted || wanted.has(interaction.kind))
        .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
        .slice(0, limit);
    },

    'interactions:log': (draft, { actor }) =>
      ctx.store.mutate(actor, () => {
        const client = requireClient(ctx, draft.clientId, 'clientId');
        requireActiveMember(ctx, draft.staffId, 'staffId', message('chosenAs.hadContact'));
        draft.personIds.forEach((personId, index) => {
          if (ctx.store.get('people', personId)?.clientId !== client.id) {
            throw invalid(message('refused.onlyPeopleOfHousehold'), `personIds.${index}`, message('issues.personOfHousehold'));
          }
        });
        // Instants are stored in UTC so they sort and compare the same way everywhere.
        const at = new Date(draft.at).toISOString();
        if (draft.followUpOn !== null && draft.followUpOn < zonedDayOf(at, ctx.store.settings.timeZone)) {
          throw invalid(message('refused.followUpBeforeContact'), 'followUpOn', message('issues.notBeforeContact'));
        }
        const interaction: Interaction = { id: newId('in'), ...draft, at, personIds: [...new Set(draft.personIds)] };
        // The follow-up goes in the same change as the contact: both are saved, or neither.
        const ops: Op[] = [putOp('interactions', interaction)];
        if (interaction.followUpOn !== null) ops.push(putOp('tasks', followUpTask(ctx, client, interaction, actor)));
        const contacted = withContactAt(client, at, ctx.now().toISOString());
        if (contacted) ops.push(putOp('clients', contacted));
        return { ops, result: interaction };
      }),
  };
}
