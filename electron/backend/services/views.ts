import type { Handlers } from '../../../shared/contract';
import { normalizeName } from '../../../shared/domain/matching';
import { compareNames } from '../../../shared/domain/collation';
import type { SavedView } from '../../../shared/model';
import { delOp, putOp } from '../store';
import { invalid } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';
import { message } from '../../../shared/messages';

export function viewHandlers(ctx: ServiceContext): Pick<Handlers, 'views:list' | 'views:save' | 'views:delete'> {
  const ownViews = (ownerId: string) => ctx.store.byIndex('savedViews', 'ownerId', ownerId);
  return {
    'views:list': async ({ ownerId }) => ownViews(ownerId).sort((a, b) => compareNames(ctx.store.settings.locale)(a.name, b.name)),

    /** Saving under a name the owner already uses replaces that view's filters, as "Save" does in a file dialog. */
    'views:save': ({ ownerId, name, filters }, { actor }) =>
      ctx.store.mutate(actor, () => {
        if (!ctx.store.get('teamMembers', ownerId)) {
          throw invalid(message('refused.viewOwner'), 'ownerId', message('issues.unknownTeamMember'));
        }
        const existing = ownViews(ownerId).find((view) => normalizeName(view.name) === normalizeName(name));
        const view: SavedView = existing
          ? { ...existing, name, filters }
          : { id: newId('sv'), ownerId, name, filters, createdAt: ctx.now().toISOString() };
        return { ops: [putOp('savedViews', view)], result: view };
      }),

    'views:delete': ({ id }, { actor }) =>
      ctx.store.mutate(actor, () => {
        const exists = ctx.store.get('savedViews', id) !== undefined;
        return { ops: exists ? [delOp('savedViews', id)] : [], result: { deleted: exists } };
      }),
  };
}
