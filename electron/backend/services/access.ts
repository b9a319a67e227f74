import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { SignIns } from '../store/book-store';
import { requireActiveMember } from './checks';
import type { ServiceContext } from './context';

/** Team members' own sign-ins to the office database: given and revoked by admins, which the database itself checks. */
export function accessHandlers(ctx: ServiceContext): Pick<Handlers, 'access:list' | 'access:give' | 'access:revoke'> {
  const signIns = (): SignIns => {
    if (ctx.store.signIns) return ctx.store.signIns;
    throw new AppError('UNAVAILABLE', message('session.signInsAreForOffice'));
  };
  return {
    'access:list': () => signIns().list(),

    'access:give': async ({ memberId, admin }) => {
      const member = requireActiveMember(ctx, memberId, 'memberId', message('chosenAs.givenAccess'));
      const given = await signIns().give({ id: member.id, name: member.name }, admin);
      return { login: given.login, password: given.password, validUntil: given.validUntil.toISOString() };
    },

    'access:revoke': async ({ memberId }) => {
      await signIns().revoke(memberId);
      return signIns().list();
    },
  };
}
