import type { Handlers } from '../../../shared/contract';
import { normalizeEmail, normalizeName, phoneDigits, searchWords } from '../../../shared/domain/matching';
import { clientRowFilter } from '../../../shared/domain/client-rows';
import { cadenceMonths } from '../../../shared/domain/review-cadence';
import { compareNames } from '../../../shared/domain/collation';
import type { Client, ClientFilters, Departure, DuplicateMatch } from '../../../shared/model';
import { message } from '../../../shared/messages';
import { putOp, type Op } from '../store';
import { invalid, requireActiveMember, requireClient, requireUnchangedSince } from './checks';
import type { ClientFacts } from './client-facts';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { timelineNote } from './interactions';

const departureReasonText: Record<Departure['reason'], string> = {
  fees: 'fees',
  performance: 'performance',
  service: 'service',
  moved: 'moved away',
  deceased: 'deceased',
  merged_household: 'merged with another household',
  other: 'other reasons',
};

/**
 * Service team ids must name team members. Inactive members are accepted: an edit form sends back
 * the whole list, which may still hold a colleague who has since left.
 */
function checkServiceTeam(ctx: ServiceContext, ids: readonly string[]): string[] {
  ids.forEach((id, index) => {
    if (!ctx.store.get('teamMembers', id)) {
      throw invalid(message('refused.serviceTeamFromList'), `serviceTeamIds.${index}`, message('issues.unknownTeamMember'));
    }
  });
  return [...new Set(ids)];
}

function joinSentences(...parts: string[]): string {
  return parts.filter((part) => part.length > 0).join(' ');
}

/** The best matches first: more fields matched, then by name. */
function strengthOrder(locale: string): (a: DuplicateMatch, b: DuplicateMatch) => number {
  const byName = compareNames(locale);
  return (a, b) => b.matchedOn.length - a.matchedOn.length || byName(a.clientName, b.clientName);
}

export function clientHandlers(
  ctx: ServiceContext,
): Pick<
  Handlers,
  | 'clients:list'
  | 'clients:match'
  | 'clients:get'
  | 'clients:create'
  | 'clients:update'
  | 'clients:archive'
  | 'clients:markFormer'
  | 'clients:reassign'
  | 'clients:findDuplicates'
> {
  const { store } = ctx;
  const stamp = () => ctx.now().toISOString();

  /** The clients these filters keep, in the cache's order. */
  function* matching(query: ClientFilters): Generator<ClientFacts> {
    // Each word anywhere, in any order, without accents or punctuation: as the search box finds them.
    const words = query.search ? searchWords(query.search) : [];
    const keeps = clientRowFilter(query, ctx.now().getTime());
    for (const fact of ctx.clientFacts.all()) {
      if (!keeps(fact.row, fact.lastContactMs)) continue;
      if (!words.every((word) => fact.searchText.includes(word))) continue;
      yield fact;
    }
  }

  return {
    'clients:list': async (query) => Array.from(matching(query), (fact) => fact.row),

    'clients:match': async (query) => Array.from(matching(query), (fact) => fact.row.id),

    'clients:get': async ({ id }) => {
      const client = requireClient(ctx, id);
      const fact = ctx.clientFacts.get(id)!;
      const byName = compareNames(store.settings.locale);
      const people = store
        .byIndex('people', 'clientId', id)
        .sort((a, b) => Number(b.isPrimaryContact) - Number(a.isPrimaryContact) || byName(a.name, b.name));
      const holdings = store
        .byIndex('holdings', 'clientId', id)
        .sort((a, b) => (a.status === b.status ? byName(a.name, b.name) : a.status === 'open' ? -1 : 1));
      const serviceTeam = client.serviceTeamIds.flatMap((memberId) => {
        const member = store.get('teamMembers', memberId);
        return member ? [{ id: member.id, name: member.name, role: member.role }] : [];
      });
      return {
        client,
        people,
        holdings,
        primaryManagerName: fact.row.primaryManagerName,
        serviceTeam,
        assets: fact.totals.assets,
        annualRevenue: fact.totals.annualRevenue,
        cadenceMonths: cadenceMonths(client, store.settings.reviewCadenceMonths),
        nextReviewOn: fact.row.nextReviewOn,
        versions: Object.fromEntries([
          [client.id, store.versionOf('clients', client.id)],
          ...people.map((person) => [person.id, store.versionOf('people', person.id)]),
          ...holdings.map((holding) => [holding.id, store.versionOf('holdings', holding.id)]),
        ]),
      };
    },

    'clients:create': (draft, { actor }) =>
      store.mutate(actor, () => {
        requireActiveMember(ctx, draft.primaryManagerId, 'primaryManagerId', message('chosenAs.primaryManager'));
        const serviceTeamIds = checkServiceTeam(ctx, draft.serviceTeamIds);
        const at = stamp();
        const client: Client = {
          id: newId('cl'),
          ...draft,
          serviceTeamIds,
          lastContactAt: null,
          departure: null,
          archived: false,
          createdAt: at,
          updatedAt: at,
        };
        return { ops: [putOp('clients', client)], result: client };
      }),

    'clients:update': ({ id, expectedVersion, changes }, { actor }) =>
      store.mutate(actor, () => {
        const current = requireClient(ctx, id);
        requireUnchangedSince(ctx, 'clients', id, expectedVersion, message('conflict.thisHousehold'));
        const next: Client = { ...current, ...changes, updatedAt: stamp() };
        if (changes.serviceTeamIds) next.serviceTeamIds = checkServiceTeam(ctx, changes.serviceTeamIds);
        // A former client made active or a prospect again has come back: the departure no longer holds.
        if (changes.status) next.departure = null;
        return { ops: [putOp('clients', next)], result: next };
      }),

    'clients:archive': ({ id, archived }, { actor }) =>
      store.mutate(actor, () => {
        const current = requireClient(ctx, id);
        if (current.archived === archived) return { ops: [], result: current };
        const next: Client = { ...current, archived, updatedAt: stamp() };
        return { ops: [putOp('clients', next)], result: next };
      }),

    'clients:markFormer': ({ id, departure, staffId }, { actor }) =>
      store.mutate(actor, () => {
        const current = requireClient(ctx, id);
        requireActiveMember(ctx, staffId, 'staffId', message('chosenAs.recordingDeparture'));
        if (current.clientSince !== null && departure.on < current.clientSince) {
          throw invalid(message('refused.departureBeforeClientSince'), 'departure.on', message('issues.notBeforeClientSince'));
        }
        const next: Client = { ...current, status: 'former', departure, updatedAt: stamp() };
        const headline = current.status === 'former' ? 'Departure details updated' : 'Marked as a former client';
        const note = timelineNote(
          ctx,
          id,
          staffId,
          joinSentences(`${headline} (left ${departure.on}, ${departureReasonText[departure.reason]}).`, departure.detail),
        );
        return { ops: [putOp('clients', next), putOp('interactions', note)], result: next };
      }),

    'clients:reassign': ({ clientIds, toManagerId, staffId, note }, { actor }) =>
      store.mutate(actor, () => {
        const to = requireActiveMember(ctx, toManagerId, 'toManagerId', message('chosenAs.newManager'));
        requireActiveMember(ctx, staffId, 'staffId', message('chosenAs.reassigning'));
        // Check every household before building any change, so an unknown id changes nothing.
        const clients = [...new Set(clientIds)].map((id) => requireClient(ctx, id, `clientIds.${clientIds.indexOf(id)}`));
        const at = stamp();
        const ops: Op[] = [];
        for (const client of clients) {
          if (client.primaryManagerId === to.id) continue;
          const from = store.get('teamMembers', client.primaryManagerId)?.name ?? 'a former colleague';
          // The new manager leads the account now; listing them in the service team as well would repeat them.
          const serviceTeamIds = client.serviceTeamIds.filter((memberId) => memberId !== to.id);
          ops.push(
            putOp('clients', { ...client, primaryManagerId: to.id, serviceTeamIds, updatedAt: at }),
            putOp('interactions', timelineNote(ctx, client.id, staffId, joinSentences(`Reassigned from ${from} to ${to.name}.`, note))),
          );
        }
        return { ops, result: { moved: ops.length / 2 } };
      }),

    'clients:findDuplicates': async ({ name, email, phone, excludeClientId }) => {
      const wantedName = normalizeName(name);
      const wantedEmail = email ? normalizeEmail(email) : '';
      const wantedPhone = phone ? phoneDigits(phone) : '';
      const matches: DuplicateMatch[] = [];
      const clientsWithNamedPerson = new Set<string>();
      for (const person of store.all('people')) {
        if (person.clientId === excludeClientId) continue;
        const matchedOn: DuplicateMatch['matchedOn'] = [];
        if (normalizeName(person.name) === wantedName) matchedOn.push('name');
        if (wantedEmail && person.email && normalizeEmail(person.email) === wantedEmail) matchedOn.push('email');
        // Too few digits would match unrelated numbers.
        if (wantedPhone.length >= 7 && person.phone && phoneDigits(person.phone) === wantedPhone) matchedOn.push('phone');
        if (matchedOn.length === 0) continue;
        if (matchedOn[0] === 'name') clientsWithNamedPerson.add(person.clientId);
        const clientName = store.get('clients', person.clientId)?.name ?? '';
        matches.push({ clientId: person.clientId, clientName, personName: person.name, matchedOn });
      }
      for (const client of store.all('clients')) {
        // An individual's household is named after them: the person's name match already says so.
        if (client.id === excludeClientId || clientsWithNamedPerson.has(client.id)) continue;
        if (normalizeName(client.name) === wantedName) {
          matches.push({ clientId: client.id, clientName: client.name, personName: null, matchedOn: ['name'] });
        }
      }
      return matches.sort(strengthOrder(store.settings.locale)).slice(0, 50);
    },
  };
}
