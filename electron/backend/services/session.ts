import type { Actor, BookTransportHandlers, Channel, Ctx, Handlers } from '../../../shared/contract';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { MemberRef } from '../../../shared/model';
import type { Logger } from '../store';
import type { ServiceContext } from './context';
import type { PrintsInFlight } from './print-pass';
import { appStatus } from './setup';
import { WorkstationSignIn } from './workstation-sign-in';

/**
 * Who is at this workstation: the team member chosen with "You are", or, where this workstation
 * requires sign-in (`WorkstationSignIn`), the member who signed in with their password. One backend
 * serves one workstation, so the choice is the backend's; every change made through it records
 * that member beside the computer account.
 */
export class WorkstationSession {
  private memberId: string | null = null;
  private readonly signIn: WorkstationSignIn;
  /** Told when someone is chosen under "You are". */
  private readonly chosen: () => void;

  constructor(
    private readonly ctx: ServiceContext,
    { prints, log, chosen = () => {} }: { prints: PrintsInFlight; log: Logger; chosen?: () => void },
  ) {
    this.chosen = chosen;
    this.signIn = new WorkstationSignIn(ctx, { prints, log, choose: (memberId) => (this.memberId = memberId) });
  }

  /**
   * The chosen member by their current name; null when nobody is chosen or the member is gone. On
   * an office book whose login belongs to a team member, always that member: signing in says who.
   * Where this workstation requires sign-in, the member signed in here (null while locked).
   */
  get member(): MemberRef | null {
    const memberId = this.signedInMemberId ?? (this.signIn.enforced ? this.signIn.signedInMemberId : this.memberId);
    const member = memberId === null ? undefined : this.ctx.store.get('teamMembers', memberId);
    return member ? { id: member.id, name: member.name } : null;
  }

  private get signedInMemberId(): string | null {
    return this.ctx.store.signIns?.signedIn.memberId ?? null;
  }

  handlers(): Pick<Handlers, 'session:member' | 'session:setPassword' | keyof ReturnType<WorkstationSignIn['handlers']>> {
    return {
      ...this.signIn.handlers(),

      'session:setPassword': async ({ password }) => {
        const { signIns } = this.ctx.store;
        if (!signIns) {
          throw new AppError('UNAVAILABLE', message('session.passwordsAreForOffice'));
        }
        await signIns.setOwnPassword(password);
        return appStatus(this.ctx);
      },

      'session:member': async ({ memberId }) => {
        const signedIn = this.member;
        if (this.signedInMemberId !== null && memberId !== this.signedInMemberId) {
          throw new AppError('CONFLICT', message('session.signedInAsOther', { name: signedIn?.name ?? message('session.aTeamMember') }), [
            fieldIssue('memberId', message('issues.notSignedInMember')),
          ]);
        }
        if (this.signIn.enforced) {
          // Only a password says who is at a workstation that requires sign-in; the gate let this through for the signed-in member.
          if (memberId === this.signIn.signedInMemberId) return { member: this.member };
          throw new AppError(
            'CONFLICT',
            message('session.signedInAsOtherLock', { name: signedIn?.name ?? message('session.aTeamMember') }),
            [fieldIssue('memberId', message('issues.notSignedInMember'))],
          );
        }
        const member = memberId === null ? null : this.ctx.store.get('teamMembers', memberId);
        if (member === undefined || (member && !member.active)) {
          throw new AppError('NOT_FOUND', message('session.notActiveChooseAgain'), [
            fieldIssue('memberId', message('issues.notActiveMember')),
          ]);
        }
        this.memberId = member?.id ?? null;
        this.chosen();
        return { member: this.member };
      },
    };
  }

  /**
   * The services' handlers as a transport calls them: each call passes the sign-in gate (refused
   * while this workstation requires sign-in and nobody is signed in, or it is locked), then records
   * the account and the member at the workstation.
   */
  serve(handlers: Handlers): BookTransportHandlers {
    const served: Partial<Record<Channel, unknown>> = {};
    for (const [channel, handler] of Object.entries(handlers) as [Channel, (input: unknown, ctx: { actor: Actor }) => Promise<unknown>][]) {
      served[channel] = async (input: unknown, { actor }: Ctx) => {
        await this.signIn.admit(channel, input);
        return handler(input, { actor: { account: actor, member: this.member } });
      };
    }
    return served as BookTransportHandlers;
  }
}
