import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { TeamMember } from '../../../shared/model';
import { putOp } from '../store';
import type { ServiceContext } from './context';
import { newId } from './ids';

function emailTaken(ctx: ServiceContext, email: string, exceptId?: string): boolean {
  const wanted = email.toLowerCase();
  for (const member of ctx.store.all('teamMembers')) {
    if (member.id !== exceptId && member.email.toLowerCase() === wanted) return true;
  }
  return false;
}

const emailTakenError = () =>
  new AppError('CONFLICT', 'Another team member already uses that email address.', [
    { path: 'email', message: 'is already used by another team member' },
  ]);

export function teamHandlers(ctx: ServiceContext): Pick<Handlers, 'team:list' | 'team:create' | 'team:update'> {
  return {
    'team:list': async ({ includeInactive }) =>
      [...ctx.store.all('teamMembers')].filter((m) => includeInactive || m.active).sort((a, b) => a.name.localeCompare(b.name)),

    'team:create': (draft, { actor }) =>
      ctx.store.mutate(actor, () => {
        if (emailTaken(ctx, draft.email)) throw emailTakenError();
        const at = ctx.now().toISOString();
        const member: TeamMember = { id: newId('tm'), ...draft, active: true, createdAt: at, updatedAt: at };
        return { ops: [putOp('teamMembers', member)], result: member };
      }),

    'team:update': ({ id, changes }, { actor }) =>
      ctx.store.mutate(actor, () => {
        const current = ctx.store.get('teamMembers', id);
        if (!current) throw new AppError('NOT_FOUND', 'That team member no longer exists. Refresh the list and try again.');
        if (changes.email && emailTaken(ctx, changes.email, id)) throw emailTakenError();
        const member: TeamMember = { ...current, ...changes, updatedAt: ctx.now().toISOString() };
        return { ops: [putOp('teamMembers', member)], result: member };
      }),
  };
}
