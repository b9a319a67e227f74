import type { Actor, Channel, Ctx, Handlers, TransportHandlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { MemberRef } from '../../../shared/model';
import type { ServiceContext } from './context';
import { appStatus } from './setup';

/**
 * Who is at this workstation: the team member chosen with "You are". One backend serves one
 * workstation, so the choice is the backend's; every change made through it records that member
 * beside the computer account. No password: choosing is not signing in.
 */
export class WorkstationSession {
  private memberId: string | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The chosen member by their current name; null when nobody is chosen or the member is gone. On
   * an office book whose login belongs to a team member, always that member: signing in says who.
   */
  get member(): MemberRef | null {
    const memberId = this.signedInMemberId ?? this.memberId;
    const member = memberId === null ? undefined : this.ctx.store.get('teamMembers', memberId);
    return member ? { id: member.id, name: member.name } : null;
  }

  private get signedInMemberId(): string | null {
    return this.ctx.store.signIns?.signedIn.memberId ?? null;
  }

  handlers(): Pick<Handlers, 'session:member' | 'session:setPassword'> {
    return {
      'session:setPassword': async ({ password }) => {
        const { signIns } = this.ctx.store;
        if (!signIns) {
          throw new AppError('UNAVAILABLE', 'Passwords are for a book kept in the office database; this book is kept on this computer.');
        }
        await signIns.setOwnPassword(password);
        return appStatus(this.ctx);
      },

      'session:member': async ({ memberId }) => {
        const signedIn = this.member;
        if (this.signedInMemberId !== null && memberId !== this.signedInMemberId) {
          throw new AppError(
            'CONFLICT',
            `You are signed in as ${signedIn?.name ?? 'a team member'}, so what you record carries that name. To work as someone else, sign in as them.`,
            [{ path: 'memberId', message: 'is not the signed-in team member' }],
          );
        }
        const member = memberId === null ? null : this.ctx.store.get('teamMembers', memberId);
        if (member === undefined || (member && !member.active)) {
          throw new AppError('NOT_FOUND', 'That team member is not an active member of the firm, so nobody was chosen. Choose again.', [
            { path: 'memberId', message: 'is not an active team member' },
          ]);
        }
        this.memberId = member?.id ?? null;
        return { member: this.member };
      },
    };
  }

  /** The services' handlers as a transport calls them: each call records the account and the chosen member. */
  serve(handlers: Handlers): TransportHandlers {
    const served: Partial<Record<Channel, unknown>> = {};
    for (const [channel, handler] of Object.entries(handlers) as [Channel, (input: unknown, ctx: { actor: Actor }) => Promise<unknown>][]) {
      served[channel] = (input: unknown, { actor }: Ctx) => handler(input, { actor: { account: actor, member: this.member } });
    }
    return served as TransportHandlers;
  }
}
