import type { Handlers } from '../../../shared/contract';
import type { ActivityEntry, AuditEntry } from '../../../shared/model/audit';
import type { ServiceContext } from './context';

export function auditHandlers(ctx: ServiceContext): Pick<Handlers, 'audit:list' | 'audit:verify'> {
  const withNames = ({ prev: _prev, hash: _hash, ...entry }: AuditEntry): ActivityEntry => {
    const clientNames: Record<string, string> = {};
    for (const { clientId } of entry.changes) {
      const name = clientId && ctx.store.get('clients', clientId)?.name;
      if (name) clientNames[clientId] = name;
    }
    return { ...entry, clientNames };
  };

  return {
    'audit:list': async ({ clientId, beforeN, limit }) => {
      const page = await ctx.store.readAudit({ limit, beforeN, clientId });
      return { entries: page.entries.map(withNames), hasMore: page.hasMore };
    },

    'audit:verify': () => ctx.store.verifyAuditTrail(),
  };
}
