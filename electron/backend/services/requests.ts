import type { Handlers } from '../../../shared/contract';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import { openRequestStatuses, type RequestEvent, type RequestRow, type RequestStatus, type ServiceRequest } from '../../../shared/model';
import { putOp, type BookReader } from '../store';
import { invalid, requireActiveMember, requireClient } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';

const HOUR_MS = 3_600_000;
const openStatuses = new Set<RequestStatus>(openRequestStatuses);

export function isRequestOpen(request: ServiceRequest): boolean {
  return openStatuses.has(request.status);
}

/** Still open after its response-time target. */
export function isRequestOverdue(request: ServiceRequest, nowMs: number): boolean {
  return openStatuses.has(request.status) && nowMs > Date.parse(request.dueBy);
}

export function requestRow(store: BookReader, request: ServiceRequest, nowMs: number): RequestRow {
  return {
    request,
    clientName: store.get('clients', request.clientId)?.name ?? '',
    ownerName: store.get('teamMembers', request.ownerId)?.name ?? 'Former colleague',
    overdue: isRequestOverdue(request, nowMs),
  };
}

function requireRequest(ctx: ServiceContext, id: string): ServiceRequest {
  const request = ctx.store.get('requests', id);
  if (!request) {
    throw new AppError('NOT_FOUND', message('gone.serviceRequest'), [fieldIssue('id', message('issues.unknownServiceRequest'))]);
  }
  return request;
}

/** Open requests first, the most urgent at the top; then finished ones, the latest first. */
function byUrgency(a: ServiceRequest, b: ServiceRequest): number {
  const openA = openStatuses.has(a.status);
  if (openA !== openStatuses.has(b.status)) return openA ? -1 : 1;
  if (openA) return a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0;
  return a.updatedAt > b.updatedAt ? -1 : a.updatedAt < b.updatedAt ? 1 : 0;
}

export function requestHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'requests:list' | 'requests:get' | 'requests:create' | 'requests:setStatus' | 'requests:handOff'> {
  const { store } = ctx;
  const event = (fields: Partial<RequestEvent> & Pick<RequestEvent, 'at' | 'byId' | 'kind'>): RequestEvent => ({
    status: null,
    fromId: null,
    toId: null,
    note: '',
    ...fields,
  });

  return {
    'requests:list': async (query) => {
      const candidates =
        query.ownerId !== undefined
          ? store.byIndex('requests', 'ownerId', query.ownerId)
          : query.clientId !== undefined
            ? store.byIndex('requests', 'clientId', query.clientId)
            : [...store.all('requests')];
      const nowMs = ctx.now().getTime();
      return candidates
        .filter(
          (request) =>
            (query.clientId === undefined || request.clientId === query.clientId) &&
            (query.type === undefined || request.type === query.type) &&
            (query.status === undefined || (query.status === 'open_any' ? isRequestOpen(request) : request.status === query.status)) &&
            (query.overdue === undefined || isRequestOverdue(request, nowMs) === query.overdue),
        )
        .sort(byUrgency)
        .slice(0, query.limit)
        .map((request) => requestRow(store, request, nowMs));
    },

    'requests:get': async ({ id }) => requestRow(store, requireRequest(ctx, id), ctx.now().getTime()),

    'requests:create': (draft, { actor }) =>
      store.mutate(actor, () => {
        const client = requireClient(ctx, draft.clientId, 'clientId');
        requireActiveMember(ctx, draft.byId, 'byId', message('chosenAs.loggingRequest'));
        const ownerId = draft.ownerId ?? client.primaryManagerId;
        requireActiveMember(ctx, ownerId, 'ownerId', message('chosenAs.requestOwner'));
        const now = ctx.now();
        if (draft.receivedAt !== null && Date.parse(draft.receivedAt) > now.getTime()) {
          throw invalid(message('refused.requestReceivedInFuture'), 'receivedAt', message('issues.inFuture'));
        }
        // Instants are stored in UTC so they sort and compare the same way everywhere.
        const receivedAt = draft.receivedAt === null ? now.toISOString() : new Date(draft.receivedAt).toISOString();
        const targetHours = store.settings.requestTargetHours[draft.type];
        const request: ServiceRequest = {
          id: newId('rq'),
          clientId: client.id,
          type: draft.type,
          channel: draft.channel,
          description: draft.description,
          status: 'received',
          ownerId,
          receivedAt,
          dueBy: new Date(Date.parse(receivedAt) + targetHours * HOUR_MS).toISOString(),
          resolution: '',
          resolvedAt: null,
          closedAt: null,
          history: [event({ at: receivedAt, byId: draft.byId, kind: 'received', status: 'received', toId: ownerId })],
          createdById: draft.byId,
          updatedAt: now.toISOString(),
        };
        return { ops: [putOp('requests', request)], result: request };
      }),

    'requests:setStatus': ({ id, status, note, resolution, byId }, { actor }) =>
      store.mutate(actor, () => {
        const current = requireRequest(ctx, id);
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.changingStatus'));
        const finalResolution = resolution ?? current.resolution;
        const finishing = status === 'resolved' || status === 'closed';
        if (current.type === 'complaint' && finishing && finalResolution.trim() === '') {
          throw invalid(
            message(status === 'resolved' ? 'refused.complaintResolved' : 'refused.complaintClosed'),
            'resolution',
            message('issues.requiredForComplaint'),
          );
        }
        if (status === current.status && note === '' && resolution === undefined) return { ops: [], result: current };
        const at = ctx.now().toISOString();
        const changed = status !== current.status;
        const next: ServiceRequest = {
          ...current,
          status,
          resolution: finalResolution,
          // Reopened work is no longer resolved; closing without a separate "resolved" step resolves it too.
          resolvedAt: finishing ? (current.resolvedAt ?? at) : null,
          closedAt: status === 'closed' ? (current.closedAt ?? at) : null,
          history: [...current.history, event({ at, byId, kind: changed ? 'status' : 'note', status: changed ? status : null, note })],
          updatedAt: at,
        };
        return { ops: [putOp('requests', next)], result: next };
      }),

    'requests:handOff': ({ id, toId, note, byId }, { actor }) =>
      store.mutate(actor, () => {
        const current = requireRequest(ctx, id);
        requireActiveMember(ctx, byId, 'byId', message('chosenAs.handingOff'));
        const to = requireActiveMember(ctx, toId, 'toId', message('chosenAs.handedTo'));
        if (current.status === 'closed') {
          throw new AppError('CONFLICT', message('requests.closedCannotHandOver'), [fieldIssue('id', message('issues.closed'))]);
        }
        if (to.id === current.ownerId)
          throw invalid(message('refused.alreadyOwnsRequest', { name: to.name }), 'toId', message('issues.ownsRequest'));
        const at = ctx.now().toISOString();
        const next: ServiceRequest = {
          ...current,
          ownerId: to.id,
          history: [...current.history, event({ at, byId, kind: 'handoff', fromId: current.ownerId, toId: to.id, note })],
          updatedAt: at,
        };
        return { ops: [putOp('requests', next)], result: next };
      }),
  };
}
