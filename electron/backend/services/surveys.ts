import type { Handlers } from '../../../shared/contract';
import { addWorkingDays } from '../../../shared/domain/recurrence';
import { suggestsFollowUp } from '../../../shared/domain/satisfaction';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { Client, Survey, SurveyRequest, SurveyRow } from '../../../shared/model';
import { putOp, type BookReader } from '../store';
import { invalid, requireActiveMember, requireClient, today } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { newTask } from './tasks';

/** Working days a follow-up on an unhappy response is given. */
const followUpWorkingDays = 2;

function surveyRow(store: BookReader, survey: Survey): SurveyRow {
  const client = store.get('clients', survey.clientId);
  const managerId = client?.primaryManagerId ?? '';
  return {
    survey,
    clientName: client?.name ?? '',
    personName: survey.personId === null ? null : (store.get('people', survey.personId)?.name ?? null),
    managerId,
    managerName: store.get('teamMembers', managerId)?.name ?? 'Former colleague',
    tier: client?.tier ?? 'C',
    followUpTaskId: survey.followUpTaskId,
  };
}

/** Newest answer first; on one day, the one recorded last first. */
function newestFirst(a: Survey, b: Survey): number {
  return a.on !== b.on ? (a.on < b.on ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * What a response or a request names besides its household: a person of that household, a day
 * not in the future, and an active team member as the one recording it.
 */
function checkParties(
  ctx: ServiceContext,
  fields: { clientId: string; personId: string | null; on: string; onPath: string; byId: string },
): Client {
  const client = requireClient(ctx, fields.clientId, 'clientId');
  if (fields.personId !== null && ctx.store.get('people', fields.personId)?.clientId !== client.id) {
    throw invalid(message('refused.personOfHousehold', { name: client.name }), 'personId', message('issues.notPersonOfHousehold'));
  }
  if (fields.on > today(ctx)) throw invalid(message('refused.dayInFuture'), fields.onPath, message('issues.inFuture'));
  requireActiveMember(ctx, fields.byId, 'byId', message('chosenAs.recordingIt'));
  return client;
}

function followUpTitle(survey: Survey, clientName: string): string {
  // The unhappy answer is the one to name; NPS when both are.
  const useNps = survey.nps !== null && (survey.nps <= 6 || survey.csat === null || survey.csat > 2);
  return `Follow up on ${useNps ? `NPS ${survey.nps}` : `CSAT ${survey.csat}`} from ${clientName}`;
}

function followUpNotes(survey: Survey, who: string): string {
  const scores = [survey.nps !== null ? `NPS ${survey.nps}` : null, survey.csat !== null ? `CSAT ${survey.csat}` : null]
    .filter(Boolean)
    .join(', ');
  const answer = `${who} answered ${scores} on ${survey.on} (${survey.channel}).`;
  return survey.comment.trim() === '' ? `${answer} No comment was left.` : `${answer}\n\n“${survey.comment.trim()}”`;
}

export function surveyHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'surveys:record' | 'surveys:list' | 'surveys:followUp' | 'surveys:requestSent'> {
  const { store } = ctx;

  return {
    'surveys:record': (draft, { actor }) =>
      store.mutate(actor, () => {
        checkParties(ctx, { ...draft, onPath: 'on' });
        const survey: Survey = {
          id: newId('su'),
          clientId: draft.clientId,
          personId: draft.personId,
          on: draft.on,
          nps: draft.nps,
          csat: draft.csat,
          channel: draft.channel,
          comment: draft.comment,
          recordedById: draft.byId,
          followUpTaskId: null,
        };
        return { ops: [putOp('surveys', survey)], result: { survey, followUpSuggested: suggestsFollowUp(survey) } };
      }),

    'surveys:list': async (query) => {
      const candidates = query.clientId !== undefined ? store.byIndex('surveys', 'clientId', query.clientId) : [...store.all('surveys')];
      const tag = query.tag?.toLowerCase();
      const byClient = query.managerId !== undefined || query.tier !== undefined || tag !== undefined;
      const kept = candidates.filter((survey) => {
        if ((query.from !== undefined && survey.on < query.from) || (query.to !== undefined && survey.on > query.to)) return false;
        if (query.withComment && survey.comment.trim() === '') return false;
        if (!byClient) return true;
        const client = store.get('clients', survey.clientId);
        return (
          client !== undefined &&
          (query.managerId === undefined || client.primaryManagerId === query.managerId) &&
          (query.tier === undefined || client.tier === query.tier) &&
          (tag === undefined || client.tags.some((candidate) => candidate.toLowerCase() === tag))
        );
      });
      return kept
        .sort(newestFirst)
        .slice(0, query.limit)
        .map((survey) => surveyRow(store, survey));
    },

    'surveys:followUp': ({ surveyId, byId }, { actor }) =>
      store.mutate(actor, () => {
        const survey = store.get('surveys', surveyId);
        if (!survey) {
          throw new AppError('NOT_FOUND', message('gone.surveyResponse'), [
            fieldIssue('surveyId', message('issues.unknownSurveyResponse')),
          ]);
        }
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.askingFollowUp'));
        // A second click finds the task the first one made.
        const existing = survey.followUpTaskId === null ? undefined : store.get('tasks', survey.followUpTaskId);
        if (existing) return { ops: [], result: existing };
        const client = requireClient(ctx, survey.clientId, 'surveyId');
        const manager = store.get('teamMembers', client.primaryManagerId);
        if (!manager?.active) {
          throw invalid(
            message('refused.managerInactiveForFollowUp', { name: client.name }),
            'surveyId',
            message('issues.householdManagerInactive'),
          );
        }
        const person = survey.personId === null ? undefined : store.get('people', survey.personId);
        const at = ctx.now().toISOString();
        const task = newTask(
          {
            clientId: client.id,
            title: followUpTitle(survey, client.name),
            assigneeId: manager.id,
            dueOn: addWorkingDays(today(ctx), followUpWorkingDays),
            priority: 'high',
            category: 'follow_up',
            notes: followUpNotes(survey, person?.name ?? client.name),
            createdById: byId,
          },
          at,
        );
        return { ops: [putOp('tasks', task), putOp('surveys', { ...survey, followUpTaskId: task.id })], result: task };
      }),

    'surveys:requestSent': (draft, { actor }) =>
      store.mutate(actor, () => {
        checkParties(ctx, { ...draft, on: draft.sentOn, onPath: 'sentOn' });
        const request: SurveyRequest = { id: newId('sq'), ...draft };
        return { ops: [putOp('surveyRequests', request)], result: request };
      }),
  };
}
