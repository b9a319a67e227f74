import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Client, ClientRow } from '../../../shared/model';
import { putOp } from '../store';
import type { ServiceContext } from './context';
import { newId } from './ids';

/** Text a search matches against: household name, its people's names, emails and phone numbers. */
function searchText(ctx: ServiceContext, client: Client): string {
  const parts = [client.name];
  for (const person of ctx.store.byIndex('people', 'clientId', client.id)) {
    parts.push(person.name, person.email ?? '', person.phone ?? '');
  }
  return parts.join('\n').toLowerCase();
}

function toRow(ctx: ServiceContext, client: Client): ClientRow {
  const currency = ctx.store.settings.currency;
  let assets = 0;
  for (const holding of ctx.store.byIndex('holdings', 'clientId', client.id)) {
    if (holding.status === 'open' && holding.value.currency === currency) assets += holding.value.amountMinor;
  }
  return {
    id: client.id,
    name: client.name,
    type: client.type,
    status: client.status,
    tier: client.tier,
    primaryManagerId: client.primaryManagerId,
    primaryManagerName: ctx.store.get('teamMembers', client.primaryManagerId)?.name ?? '',
    tags: client.tags,
    lastContactAt: client.lastContactAt,
    assets: { amountMinor: assets, currency },
    peopleCount: ctx.store.byIndex('people', 'clientId', client.id).length,
  };
}

export function clientHandlers(ctx: ServiceContext): Pick<Handlers, 'clients:list' | 'clients:create'> {
  return {
    'clients:list': async (query) => {
      const candidates = query.managerId
        ? ctx.store.byIndex('clients', 'primaryManagerId', query.managerId)
        : [...ctx.store.all('clients')];
      const needle = query.search?.trim().toLowerCase();
      return candidates
        .filter(
          (c) =>
            (query.includeArchived || !c.archived) &&
            (!query.tier || c.tier === query.tier) &&
            (!query.status || c.status === query.status) &&
            (!needle || searchText(ctx, c).includes(needle)),
        )
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => toRow(ctx, c));
    },

    'clients:create': (draft, { actor }) =>
      ctx.store.mutate(actor, () => {
        const manager = ctx.store.get('teamMembers', draft.primaryManagerId);
        if (!manager || !manager.active) {
          throw new AppError('INVALID_INPUT', 'Choose an active team member as the primary account manager.', [
            { path: 'primaryManagerId', message: 'must be an active team member' },
          ]);
        }
        const at = ctx.now().toISOString();
        const client: Client = { id: newId('cl'), ...draft, lastContactAt: null, archived: false, createdAt: at, updatedAt: at };
        return { ops: [putOp('clients', client)], result: client };
      }),
  };
}
