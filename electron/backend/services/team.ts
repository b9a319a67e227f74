import type { Handlers } from '../../../shared/contract';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import { addTotals, zeroTotals } from '../../../shared/domain/totals';
import { compareNames } from '../../../shared/domain/collation';
import type { TeamBook, TeamMember } from '../../../shared/model';
import { putOp } from '../store';
import { requireUnchangedSince } from './checks';
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
  new AppError('CONFLICT', message('team.emailTaken'), [fieldIssue('email', message('issues.usedByAnotherMember'))]);

/**
 * Every member's book (a paraplanner's is usually empty, and shows as 0): the households they lead that are still clients or prospects (not former,
 * not archived), by tier, with their assets and revenue. The firm's totals are the sum of these.
 */
function teamBooks(ctx: ServiceContext): TeamBook[] {
  const { currency } = ctx.store.settings;
  const books = new Map<string, TeamBook>();
  for (const member of ctx.store.all('teamMembers')) {
    books.set(member.id, {
      memberId: member.id,
      name: member.name,
      role: member.role,
      active: member.active,
      capacity: member.capacity,
      households: 0,
      byTier: { A: 0, B: 0, C: 0 },
      ...zeroTotals(currency),
    });
  }
  for (const { client, totals } of ctx.clientFacts.all()) {
    const book = books.get(client.primaryManagerId);
    if (!book || client.archived || client.status === 'former') continue;
    book.households += 1;
    book.byTier[client.tier] += 1;
    addTotals(book, totals);
  }
  const byName = compareNames(ctx.store.settings.locale);
  return [...books.values()].sort((a, b) => byName(a.name, b.name));
}

export function teamHandlers(ctx: ServiceContext): Pick<Handlers, 'team:list' | 'team:create' | 'team:update' | 'team:books'> {
  return {
    'team:books': async () => teamBooks(ctx),

    'team:list': async ({ includeInactive }) =>
      [...ctx.store.all('teamMembers')]
        .filter((m) => includeInactive || m.active)
        .sort((a, b) => compareNames(ctx.store.settings.locale)(a.name, b.name)),

    'team:create': (draft, { actor }) =>
      ctx.store.mutate(actor, () => {
        if (emailTaken(ctx, draft.email)) throw emailTakenError();
        const at = ctx.now().toISOString();
        const member: TeamMember = { id: newId('tm'), ...draft, active: true, createdAt: at, updatedAt: at };
        return { ops: [putOp('teamMembers', member)], result: member };
      }),

    'team:update': ({ id, expectedVersion, changes }, { actor }) =>
      ctx.store.mutate(actor, () => {
        const current = ctx.store.get('teamMembers', id);
        if (!current) throw new AppError('NOT_FOUND', message('gone.teamMemberList'));
        requireUnchangedSince(ctx, 'teamMembers', id, expectedVersion, message('conflict.thisTeamMember'));
        if (changes.email && emailTaken(ctx, changes.email, id)) throw emailTakenError();
        const member: TeamMember = { ...current, ...changes, updatedAt: ctx.now().toISOString() };
        return { ops: [putOp('teamMembers', member)], result: member };
      }),
  };
}
