import type { Actor, Channel, Ctx, Handlers, TransportHandlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { MemberRef } from '../../../shared/model';
import type { ServiceContext } from './context';

/**
 * Who is at this workstation: the team member chosen with "You are". One backend serves one
 * workstation, so the choice is the backend's; every change made through it records that member
 * beside the computer account. No password: choosing is not signing in.
 */
export class WorkstationSession {
  private memberId: string | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  /** The chosen member by their current name; null when nobody is chosen or the member is gone. */
  get member(): MemberRef | null {
    const member = this.memberId === null ? undefined : this.ctx.store.get('teamMembers', this.memberId);
    return member ? { id: member.id, name: member.name } : null;
  }

  handlers(): Pick<Handlers, 'session:member'> {
    return {
      'session:member': async ({ memberId }) => {
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
