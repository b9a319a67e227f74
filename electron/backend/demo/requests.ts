import type { RequestChannel, RequestEvent, RequestStatus, RequestType, ServiceRequest, Settings, TeamMember } from '../../../shared/model';
import type { Calendar } from './calendar';
import type { Household } from './households';
import { IdSequence, numberInTimeOrder } from './ids';
import { weightTable, type Rng } from './rng';
import type { RequestPhrases } from './phrases';
import type { Pod } from './team';

const HOUR_MS = 3_600_000;

const types = weightTable<RequestType>([
  ['money_movement', 22],
  ['document_request', 20],
  ['contact_change', 18],
  ['technical_help', 12],
  ['other', 10],
  ['account_opening', 8],
  ['account_closing', 5],
  ['complaint', 5],
]);
const channels = weightTable<RequestChannel>([
  ['phone', 35],
  ['email', 30],
  ['portal', 12],
  ['message', 10],
  ['meeting', 8],
  ['letter', 5],
]);
const openStatuses = weightTable<RequestStatus>([
  ['received', 35],
  ['in_progress', 45],
  ['waiting', 20],
]);

/** Who takes a request first: operations processes money and accounts, support answers the rest, managers own complaints. */
function firstOwner(type: RequestType, pod: Pod, rng: Rng): TeamMember {
  switch (type) {
    case 'money_movement':
    case 'account_opening':
    case 'account_closing':
    case 'document_request':
      return rng.chance(0.7) ? pod.operations : pod.manager;
    case 'complaint':
      return pod.manager;
    default:
      return rng.chance(0.6) ? pod.support : pod.manager;
  }
}

/**
 * Service requests of the last year for active households: most recent ones still open (some past
 * their response target), older ones resolved and closed, a share handed between colleagues.
 * History and due-by follow from the firm's response targets. Returned in order of receipt.
 */
export function generateRequests(
  households: readonly Household[],
  total: number,
  settings: Settings,
  phrases: RequestPhrases,
  cal: Calendar,
  rng: Rng,
): ServiceRequest[] {
  const active = households.filter((household) => household.client.status === 'active');
  const records: ServiceRequest[] = [];
  const times: number[] = [];
  const latestMs = Date.parse(cal.instant(cal.yesterday, 18 * 60));
  // The first requests are the open complaints of clients drifting away, made in the last three weeks.
  const drifting = active.filter((household) => household.drifting);
  for (let i = 0; i < total; i++) {
    const complainer = drifting[i];
    const { client, pod, contacts, since } = complainer ?? rng.pick(active);
    const type = complainer ? 'complaint' : rng.draw(types);
    // A quarter arrived in the last fortnight; the rest over the year before.
    const day = complainer
      ? cal.today - rng.int(3, 21)
      : Math.min(cal.yesterday, Math.max(since ?? cal.historyStart, cal.today - (rng.chance(0.25) ? rng.int(1, 14) : rng.int(15, 365))));
    const receivedMs = Date.parse(cal.instant(day, rng.int(8 * 60 + 30, 17 * 60)));
    const targetMs = settings.requestTargetHours[type] * HOUR_MS;
    let owner = firstOwner(type, pod, rng);
    const creator = rng.chance(0.6) ? owner : pod.support;
    const history: RequestEvent[] = [];
    const add = (ms: number, byId: string, kind: RequestEvent['kind'], fields: Partial<RequestEvent> = {}) =>
      history.push({ at: new Date(ms).toISOString(), byId, kind, status: null, fromId: null, toId: null, note: '', ...fields });
    add(receivedMs, creator.id, 'received', { status: 'received', toId: owner.id });

    let at = receivedMs;
    const later = (maxHours: number) => (at = Math.min(latestMs, at + rng.int(1, Math.max(1, maxHours)) * HOUR_MS));
    // Recent requests are mostly still open; a few old ones were forgotten and are long overdue.
    const open = complainer !== undefined || (latestMs - receivedMs < targetMs * 3 ? rng.chance(0.75) : rng.chance(0.01));
    const status: RequestStatus = open ? rng.draw(openStatuses) : rng.chance(0.85) ? 'closed' : 'resolved';
    if (status !== 'received') add(later(8), owner.id, 'status', { status: 'in_progress' });
    if (rng.chance(0.3) && status !== 'received') {
      const to = owner.id === pod.operations.id ? pod.manager : pod.operations;
      if (to.id !== owner.id) {
        add(later(24), owner.id, 'handoff', { fromId: owner.id, toId: to.id, note: rng.pick(phrases.handOffNotes) });
        owner = to;
      }
    }
    if (status === 'waiting' || (!open && rng.chance(0.3)))
      add(later(24), owner.id, 'status', { status: 'waiting', note: 'Waiting on the client.' });
    let resolution = '';
    let resolvedAt: string | null = null;
    let closedAt: string | null = null;
    if (!open) {
      // Most are finished within the target, some take longer.
      add(later(Math.round((targetMs / HOUR_MS) * (rng.chance(0.8) ? 0.8 : 2))), owner.id, 'status', { status: 'resolved' });
      resolvedAt = history.at(-1)!.at;
      resolution = rng.pick(type === 'complaint' ? phrases.complaintResolutions : ['Done as asked; confirmed with the client.']);
      if (status === 'closed') {
        add(later(48), owner.id, 'status', { status: 'closed' });
        closedAt = history.at(-1)!.at;
      }
    }
    records.push({
      id: '',
      clientId: client.id,
      type,
      channel: rng.draw(channels),
      description: rng.pick(phrases.descriptions[type]).replaceAll('{name}', contacts[0]?.first ?? 'The client'),
      status,
      ownerId: owner.id,
      receivedAt: new Date(receivedMs).toISOString(),
      dueBy: new Date(receivedMs + targetMs).toISOString(),
      resolution,
      resolvedAt,
      closedAt,
      history,
      createdById: creator.id,
      updatedAt: history.at(-1)!.at,
    });
    times.push(receivedMs);
  }
  return numberInTimeOrder(records, times, new IdSequence('rq', 5));
}
