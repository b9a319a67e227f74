import type { Handlers, ParsedIn } from '../../../shared/contract';
import { reviewDueBucket } from '../../../shared/domain/review-cadence';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import {
  defaultMeetingMinutes,
  type Client,
  type MeetingInvitee,
  type Review,
  type ReviewDecision,
  type ReviewDueRow,
  type Task,
} from '../../../shared/model';
import { putOp, type Op } from '../store';
import { hostTimeZone } from './calendar-file';
import { dayIn, invalid, requireActiveMember, requireClient, today } from './checks';
import type { ServiceContext } from './context';
import { inBook } from './health';
import { newId } from './ids';
import { newTask, taskTitleOf } from './tasks';

/** The day a review is about: when it was held, else when it is (or was) planned. */
export function meetingOn(review: Pick<Review, 'heldOn' | 'scheduledOn'>): string | null {
  return review.heldOn ?? review.scheduledOn;
}

/** Newest meeting first; on one day, the one entered last first. */
function newestFirst(a: Review, b: Review): number {
  return (meetingOn(b) ?? '').localeCompare(meetingOn(a) ?? '') || b.createdAt.localeCompare(a.createdAt);
}

/** The review, or NOT_FOUND naming the field that held its id. */
export function requireReview(ctx: ServiceContext, id: string, path: string): Review {
  const review = ctx.store.get('reviews', id);
  if (!review) {
    throw new AppError('NOT_FOUND', message('gone.review'), [fieldIssue(path, message('issues.unknownReview'))]);
  }
  return review;
}

/** The review, which must be still scheduled and, when `clientId` is given, that client's. */
function requireScheduledReview(ctx: ServiceContext, id: string, path: string, clientId?: string): Review {
  const review = requireReview(ctx, id, path);
  if (clientId !== undefined && review.clientId !== clientId) {
    throw invalid(message('refused.reviewOfAnotherHousehold'), path, message('issues.reviewOfAnotherHousehold'));
  }
  if (review.status === 'held') {
    throw new AppError('CONFLICT', message('reviews.alreadyHeld'), [fieldIssue(path, message('issues.alreadyHeld'))]);
  }
  if (review.status === 'cancelled') {
    throw new AppError('CONFLICT', message('reviews.cancelled'), [fieldIssue(path, message('issues.cancelled'))]);
  }
  return review;
}

/** Reviews are for current clients: not prospects, former clients or archived households. */
function requireCurrentClient(client: Client): void {
  if (inBook(client)) return;
  const why = client.archived
    ? 'refused.archivedNoReviews'
    : client.status === 'former'
      ? 'refused.formerNoReviews'
      : 'refused.prospectNoReviews';
  throw invalid(message(why, { name: client.name }), 'clientId', message('issues.notCurrentClient'));
}

/**
 * Who is invited to a review: each kind as chosen, or as planned before when `ids` is left out.
 * People must be the household's; team members must be active.
 */
function inviteesOf(
  ctx: ServiceContext,
  client: Client,
  chosen: { personIds?: readonly string[]; memberIds?: readonly string[] },
  before: readonly MeetingInvitee[],
): MeetingInvitee[] {
  const kept = (kind: MeetingInvitee['kind']) => before.filter((invitee) => invitee.kind === kind);
  const people =
    chosen.personIds === undefined
      ? kept('person')
      : [...new Set(chosen.personIds)].map((id, index): MeetingInvitee => {
          const person = ctx.store.get('people', id);
          if (!person || person.clientId !== client.id) {
            throw invalid(
              message('refused.inviteFromHousehold', { name: client.name }),
              `personIds.${index}`,
              message('issues.notOfHousehold'),
            );
          }
          return { kind: 'person', id, name: person.name, email: person.email };
        });
  const members =
    chosen.memberIds === undefined
      ? kept('member')
      : [...new Set(chosen.memberIds)].map((id, index): MeetingInvitee => {
          const member = requireActiveMember(ctx, id, `memberIds.${index}`, message('chosenAs.invitedToReview'));
          return { kind: 'member', id, name: member.name, email: member.email };
        });
  return [...people, ...members];
}

/** The meeting's time, length, zone, place and invitees: as given, else as planned before, else the defaults. */
function meetingOf(ctx: ServiceContext, client: Client, input: ParsedIn<'reviews:schedule'>, moved: Review | undefined) {
  return {
    time: input.time !== undefined ? input.time : (moved?.time ?? null),
    durationMinutes: input.durationMinutes ?? moved?.durationMinutes ?? defaultMeetingMinutes,
    timeZone: input.timeZone ?? moved?.timeZone ?? hostTimeZone(),
    place: input.place !== undefined ? input.place : (moved?.place ?? null),
    invitees: inviteesOf(ctx, client, input, moved?.invitees ?? []),
  };
}

export function reviewHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'reviews:due' | 'reviews:forClient' | 'reviews:schedule' | 'reviews:setAgenda' | 'reviews:record' | 'reviews:cancel'> {
  const { store } = ctx;
  const stamp = () => ctx.now().toISOString();

  return {
    'reviews:due': async ({ managerId, buckets, from, to }) => {
      if (from !== undefined && to !== undefined && to < from) {
        throw invalid(message('refused.periodEndsBeforeStart'), 'to', message('issues.onOrAfterStart'));
      }
      const day = today(ctx);
      const wanted = buckets && new Set(buckets);
      const inPeriod = (on: string | undefined) => on !== undefined && (from === undefined || on >= from) && (to === undefined || on <= to);
      const rows: ReviewDueRow[] = [];
      for (const { client, row, review } of ctx.clientFacts.all()) {
        if (!inBook(client) || row.nextReviewOn === null) continue;
        if (managerId !== undefined && client.primaryManagerId !== managerId) continue;
        const bucket = reviewDueBucket(row.nextReviewOn, day);
        if (wanted && !wanted.has(bucket)) continue;
        if ((from !== undefined || to !== undefined) && !inPeriod(row.nextReviewOn) && !inPeriod(review.scheduled?.on)) continue;
        rows.push({
          clientId: client.id,
          clientName: client.name,
          tier: client.tier,
          managerId: client.primaryManagerId,
          managerName: row.primaryManagerName,
          cadenceMonths: review.cadenceMonths,
          lastReviewOn: review.lastOn,
          nextDueOn: row.nextReviewOn,
          bucket,
          scheduled: review.scheduled,
        });
      }
      // The facts come sorted by name and the sort is stable: by due day, then by name.
      return rows.sort((a, b) => (a.nextDueOn < b.nextDueOn ? -1 : a.nextDueOn > b.nextDueOn ? 1 : 0));
    },

    'reviews:forClient': async ({ clientId }) => {
      requireClient(ctx, clientId, 'clientId');
      return store.byIndex('reviews', 'clientId', clientId).sort(newestFirst);
    },

    'reviews:schedule': (input, { actor }) =>
      store.mutate(actor, () => {
        const { clientId, reviewId, on, managerId, agenda } = input;
        const client = requireClient(ctx, clientId, 'clientId');
        requireCurrentClient(client);
        const moved = reviewId === undefined ? undefined : requireScheduledReview(ctx, reviewId, 'reviewId', client.id);
        if (!moved) {
          const planned = store.byIndex('reviews', 'clientId', client.id).find((review) => review.status === 'scheduled');
          if (planned) {
            throw new AppError(
              'CONFLICT',
              message('reviews.alreadyScheduled', { name: client.name, on: dayIn(ctx, planned.scheduledOn!) }),
              [fieldIssue('clientId', message('issues.hasScheduledReview'))],
            );
          }
        }
        if (on < today(ctx)) {
          throw invalid(message('refused.reviewInPast'), 'on', message('issues.inPast'));
        }
        const manager = requireActiveMember(
          ctx,
          managerId ?? moved?.managerId ?? client.primaryManagerId,
          'managerId',
          message('chosenAs.runningReview'),
        );
        const meeting = meetingOf(ctx, client, input, moved);
        const at = stamp();
        const review: Review = moved
          ? { ...moved, scheduledOn: on, ...meeting, managerId: manager.id, agenda: agenda ?? moved.agenda, updatedAt: at }
          : {
              id: newId('rv'),
              clientId: client.id,
              status: 'scheduled',
              managerId: manager.id,
              scheduledOn: on,
              heldOn: null,
              ...meeting,
              agenda: agenda ?? store.settings.packets.agendaTemplate,
              attendees: [],
              notes: '',
              decisions: [],
              createdAt: at,
              updatedAt: at,
            };
        return { ops: [putOp('reviews', review)], result: review };
      }),

    'reviews:setAgenda': ({ id, agenda }, { actor }) =>
      store.mutate(actor, () => {
        const review: Review = { ...requireScheduledReview(ctx, id, 'id'), agenda, updatedAt: stamp() };
        return { ops: [putOp('reviews', review)], result: review };
      }),

    'reviews:record': (input, { actor }) =>
      store.mutate(actor, () => {
        const client = requireClient(ctx, input.clientId, 'clientId');
        requireCurrentClient(client);
        const scheduled = input.reviewId === undefined ? undefined : requireScheduledReview(ctx, input.reviewId, 'reviewId', client.id);
        requireActiveMember(ctx, input.byId, 'byId', message('chosenAs.recordingReview'));
        const at = stamp();
        const tasks: Task[] = [];
        const decisions = input.decisions.map((draft, index): ReviewDecision => {
          const path = `decisions.${index}`;
          if (draft.ownerId !== null) requireActiveMember(ctx, draft.ownerId, `${path}.ownerId`, message('chosenAs.decisionOwner'));
          if (draft.makeTask && draft.ownerId === null) {
            throw invalid(message('refused.decisionTaskNeedsOwner'), `${path}.ownerId`, message('issues.requiredForTask'));
          }
          if (draft.makeTask && draft.dueOn === null) {
            throw invalid(message('refused.decisionTaskNeedsDueDate'), `${path}.dueOn`, message('issues.requiredForTask'));
          }
          let taskId: string | null = null;
          if (draft.makeTask) {
            const title = taskTitleOf(draft.text);
            const from = `Decided at the review with ${client.name} held on ${input.heldOn}.`;
            const task = newTask(
              {
                clientId: client.id,
                title,
                assigneeId: draft.ownerId!,
                dueOn: draft.dueOn,
                category: 'follow_up',
                // A decision too long for a title is kept whole in the notes.
                notes: title === draft.text ? from : `${from}\n\n${draft.text}`,
                // A decision taken with the client is theirs to see in the next packet.
                showInPacket: true,
                createdById: input.byId,
              },
              at,
            );
            tasks.push(task);
            taskId = task.id;
          }
          return { id: newId('rd'), text: draft.text, ownerId: draft.ownerId, dueOn: draft.dueOn, taskId };
        });
        const review: Review = {
          id: scheduled?.id ?? newId('rv'),
          clientId: client.id,
          status: 'held',
          // Whoever was planned to run it did, unless nobody planned it: then the one recording it.
          managerId: scheduled?.managerId ?? input.byId,
          scheduledOn: scheduled?.scheduledOn ?? null,
          heldOn: input.heldOn,
          agenda: scheduled?.agenda ?? store.settings.packets.agendaTemplate,
          attendees: input.attendees,
          notes: input.notes,
          decisions,
          createdAt: scheduled?.createdAt ?? at,
          updatedAt: at,
        };
        const ops: Op[] = [putOp('reviews', review), ...tasks.map((task) => putOp('tasks', task))];
        return { ops, result: review };
      }),

    'reviews:cancel': ({ id }, { actor }) =>
      store.mutate(actor, () => {
        const review: Review = { ...requireScheduledReview(ctx, id, 'id'), status: 'cancelled', updatedAt: stamp() };
        return { ops: [putOp('reviews', review)], result: review };
      }),
  };
}
