import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { Person } from '../../../shared/model';
import { putOp, type Op } from '../store';
import { requireClient, requireUnchangedSince } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';

/**
 * Saving `person` and, when it is now the primary contact, making the household's other primary
 * contact not primary: both in one change, so a household never has two.
 */
function savePersonOps(ctx: ServiceContext, person: Person): Op[] {
  const ops: Op[] = [putOp('people', person)];
  if (!person.isPrimaryContact) return ops;
  for (const other of ctx.store.byIndex('people', 'clientId', person.clientId)) {
    if (other.id !== person.id && other.isPrimaryContact) ops.push(putOp('people', { ...other, isPrimaryContact: false }));
  }
  return ops;
}

export function peopleHandlers(ctx: ServiceContext): Pick<Handlers, 'people:create' | 'people:update'> {
  return {
    'people:create': (draft, { actor }) =>
      ctx.store.mutate(actor, () => {
        requireClient(ctx, draft.clientId, 'clientId');
        const person: Person = { id: newId('pe'), ...draft };
        return { ops: savePersonOps(ctx, person), result: person };
      }),

    'people:update': ({ id, expectedVersion, changes }, { actor }) =>
      ctx.store.mutate(actor, () => {
        const current = ctx.store.get('people', id);
        if (!current) throw new AppError('NOT_FOUND', message('gone.person'));
        requireUnchangedSince(ctx, 'people', id, expectedVersion, message('conflict.thisPerson'));
        const person: Person = { ...current, ...changes };
        return { ops: savePersonOps(ctx, person), result: person };
      }),
  };
}
