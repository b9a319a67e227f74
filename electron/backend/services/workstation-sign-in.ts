import type { Channel, Handlers, ParsedIn } from '../../../shared/contract';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message, type Message } from '../../../shared/messages';
import type { MemberRef, TeamMember, WorkstationStatus } from '../../../shared/model';
import type { Logger } from '../store';
import type { ServiceContext } from './context';
import { hashPassword, passwordMatches, type PasswordHash } from './password-hash';
import type { PrintsInFlight } from './print-pass';
import { readSignInSettings, writeSignInSettings, type SignInSettings } from './sign-in-file';
import { notRequired, openWorkstationStatus } from './workstation-status';

/** What a workstation that requires sign-in answers before anyone signs in, and while it is locked. */
const openChannels: ReadonlySet<Channel> = new Set<Channel>([
  'app:status',
  'app:boot',
  'workstation:status',
  'workstation:signIn',
  'workstation:setFirstPassword',
  'workstation:lock',
  'workstation:activity',
]);

type WorkstationChannel =
  | 'workstation:status'
  | 'workstation:signIn'
  | 'workstation:setFirstPassword'
  | 'workstation:setPassword'
  | 'workstation:configure'
  | 'workstation:clearPassword'
  | 'workstation:lock'
  | 'workstation:activity';

const wrongInARowBeforeWaiting = 5;
const longestWaitSeconds = 300;
/**
 * Main locks by itself this long after the idle time without a sign of use. The screen reports use
 * at most once a minute and locks itself at the idle time, so main's lock is the backstop for a
 * screen that failed to lock, never earlier than the screen's.
 */
const idleGraceMs = 2 * 60_000;

function inWords(seconds: number): Message {
  if (seconds < 60) return message('signIn.seconds', { count: seconds });
  return message('signIn.minutes', { count: Math.ceil(seconds / 60) });
}

/**
 * Wrong passwords in a row at this workstation, whoever they were typed for. From the fifth on,
 * each starts a wait (2 s, 4 s, 8 s … at most 5 minutes) during which every try is refused
 * unchecked, so guessing is slow. Counted in memory: a restart of the app starts afresh.
 */
class WrongPasswords {
  private inARow = 0;
  private retryAt = 0;

  constructor(private readonly now: () => Date) {}

  /** Refuses a try while a wait runs. */
  check(): void {
    const waitMs = this.retryAt - this.now().getTime();
    if (waitMs > 0) {
      throw new AppError(
        'FORBIDDEN',
        message('signIn.waitBeforeTrying', { tries: wrongInARowBeforeWaiting, wait: inWords(Math.ceil(waitMs / 1000)) }),
      );
    }
  }

  /** Counts a wrong password; the wait it starts, in seconds (0: none yet). */
  wrong(): number {
    this.inARow++;
    if (this.inARow < wrongInARowBeforeWaiting) return 0;
    const seconds = Math.min(longestWaitSeconds, 2 ** (this.inARow - wrongInARowBeforeWaiting + 1));
    this.retryAt = this.now().getTime() + seconds * 1000;
    return seconds;
  }

  right(): void {
    this.inARow = 0;
    this.retryAt = 0;
  }
}

interface SignedIn {
  memberId: string;
  locked: boolean;
  /** When the screen last reported use (or the member signed in), by the injected clock. */
  lastUsedAt: number;
}

export interface SignInDeps {
  prints: PrintsInFlight;
  log: Logger;
  /** Makes a member the "You are" choice: whoever was signed in when sign-in stops being required. */
  choose: (memberId: string) => void;
}

/**
 * Sign-in at a workstation with the book on this computer (issue 15): each team member's own
 * password (scrypt, kept in `sign-in.json` beside the book, never in it), the lock after idle
 * time, and the gate every call passes (`admit`), so a screen that fails to lock or skips the sign-in
 * screen still gets nothing from the book. The office book's people sign in to the database
 * instead: there this is unavailable and admits everything.
 */
export class WorkstationSignIn {
  private settings: SignInSettings | null = null;
  private loading: Promise<void> | null = null;
  private signedIn: SignedIn | null = null;
  private readonly wrongPasswords: WrongPasswords;
  /** Changes one at a time: each reads the settings the previous one saved, and guesses queue behind the wait. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: SignInDeps,
  ) {
    this.wrongPasswords = new WrongPasswords(ctx.now);
  }

  private get available(): boolean {
    return this.ctx.store.location.kind !== 'office';
  }

  /** Sign-in is required and there is someone who can sign in: only then are calls held back. */
  get enforced(): boolean {
    return this.available && this.settings !== null && this.settings.required && this.anyActiveMember();
  }

  /** The member signed in and at work (not locked), while sign-in is enforced; otherwise null. */
  get signedInMemberId(): string | null {
    if (!this.enforced || !this.signedIn || this.signedIn.locked) return null;
    return this.activeMember(this.signedIn.memberId) ? this.signedIn.memberId : null;
  }

  /**
   * Lets a call through, or refuses it with FORBIDDEN while sign-in is required and nobody is
   * signed in or the workstation is locked. Signing in, locking, and `app:status` always pass; a
   * packet's data passes while main itself prints that packet (a batch started before the lock).
   */
  async admit(channel: Channel, input: unknown): Promise<void> {
    await this.load();
    if (!this.enforced) return;
    this.lockWhenIdle();
    if (this.signedInMemberId !== null || openChannels.has(channel)) return;
    if (channel === 'packets:data' && this.deps.prints.covers((input as ParsedIn<'packets:data'>).clientId)) return;
    throw new AppError('FORBIDDEN', message(this.signedIn?.locked ? 'signIn.locked' : 'signIn.signInFirst'));
  }

  handlers(): Pick<Handlers, WorkstationChannel> {
    return {
      'workstation:status': async (_input, { actor }) => this.status(actor.member),

      'workstation:signIn': ({ memberId, password }) =>
        this.oneAtATime(async () => {
          const member = this.memberSigningIn(memberId);
          const kept = this.passwordOf(member.id);
          if (!kept) {
            throw new AppError('CONFLICT', message('signIn.noPasswordYet', { name: member.name }), [
              fieldIssue('memberId', message('issues.noPasswordYet')),
            ]);
          }
          await this.checkPassword(password, kept, message('signIn.wrongPasswordOf', { name: member.name }));
          return this.startSession(member.id);
        }),

      'workstation:setFirstPassword': ({ memberId, password }) =>
        this.oneAtATime(async () => {
          const member = this.memberSigningIn(memberId);
          if (this.passwordOf(member.id)) {
            throw new AppError('CONFLICT', message('signIn.hasPasswordAlready', { name: member.name }), [
              fieldIssue('memberId', message('issues.hasPassword')),
            ]);
          }
          await this.savePassword(member.id, await hashPassword(password));
          return this.startSession(member.id);
        }),

      'workstation:setPassword': ({ currentPassword, password }, { actor }) =>
        this.oneAtATime(async () => {
          const member = this.memberAtWorkstation(actor.member, message('signIn.toSetPassword'));
          const kept = this.passwordOf(member.id);
          if (kept) {
            if (currentPassword === null) {
              throw new AppError('INVALID_INPUT', message('signIn.typeCurrentPassword'), [
                fieldIssue('currentPassword', message('issues.required')),
              ]);
            }
            await this.checkPassword(currentPassword, kept, message('signIn.wrongCurrentPassword'));
          }
          await this.savePassword(member.id, await hashPassword(password));
          return this.status(actor.member);
        }),

      'workstation:configure': ({ required, idleMinutes, password }, { actor }) =>
        this.oneAtATime(async () => {
          const settings = this.loaded();
          if (!settings.required && !required) {
            // Nothing is protected while it stays off: the idle time is only kept for later.
            await this.save({ ...settings, idleMinutes });
            return this.status(actor.member);
          }
          if (!settings.required) {
            const member = this.memberAtWorkstation(actor.member, message('signIn.toRequireSignIn'));
            const kept = this.passwordOf(member.id);
            if (!kept) {
              throw new AppError('CONFLICT', message('signIn.setOwnPasswordFirstToRequire'));
            }
            await this.checkPassword(password, kept, message('signIn.wrongOwnPassword'));
            await this.save({ ...settings, required: true, idleMinutes });
            return this.startSession(member.id);
          }
          // Required already, so the gate let this through only for the signed-in member (or nobody can sign in at all).
          const memberId = this.signedInMemberId;
          if (memberId !== null) {
            const kept = this.passwordOf(memberId);
            if (!kept) throw new AppError('CONFLICT', message('signIn.setOwnPasswordFirst'));
            await this.checkPassword(password, kept, message('signIn.wrongOwnPassword'));
          }
          await this.save({ ...settings, required, idleMinutes });
          if (!required) {
            if (memberId !== null) this.deps.choose(memberId);
            this.signedIn = null;
          }
          return this.status(actor.member);
        }),

      'workstation:clearPassword': ({ memberId, password }, { actor }) =>
        this.oneAtATime(async () => {
          const member = this.memberAtWorkstation(actor.member, message('signIn.toClearColleaguePassword'));
          if (memberId === member.id) {
            throw new AppError('CONFLICT', message('signIn.changeOwnPasswordElsewhere'), [fieldIssue('memberId', message('issues.isYou'))]);
          }
          const colleague = this.ctx.store.get('teamMembers', memberId);
          if (!colleague) {
            throw new AppError('NOT_FOUND', message('signIn.memberNotInBook'), [fieldIssue('memberId', message('issues.notTeamMember'))]);
          }
          const kept = this.passwordOf(member.id);
          if (!kept) throw new AppError('CONFLICT', message('signIn.setOwnPasswordFirstToClear'));
          await this.checkPassword(password, kept, message('signIn.wrongOwnPassword'));
          if (this.passwordOf(memberId)) {
            const { [memberId]: _cleared, ...passwords } = this.loaded().passwords;
            await this.save({ ...this.loaded(), passwords });
          }
          return this.status(actor.member);
        }),

      'workstation:lock': async (_input, { actor }) => {
        this.requireAvailable();
        if (this.enforced && this.signedIn) this.signedIn.locked = true;
        return this.status(actor.member);
      },

      'workstation:activity': async (_input, { actor }) => {
        this.lockWhenIdle();
        if (this.signedInMemberId !== null) this.signedIn!.lastUsedAt = this.ctx.now().getTime();
        return this.status(actor.member);
      },
    };
  }

  /** `chosen`: the "You are" member, shown while sign-in is not required. */
  private status(chosen: MemberRef | null): WorkstationStatus {
    const settings = this.settings ?? notRequired;
    if (!this.available) {
      return { available: false, required: false, idleMinutes: settings.idleMinutes, state: 'open', member: chosen, members: [] };
    }
    const open = openWorkstationStatus(settings, this.ctx.store.all('teamMembers'), chosen, this.ctx.store.settings.locale);
    if (!this.enforced) return open;
    const member = this.signedIn && this.activeMember(this.signedIn.memberId);
    if (!this.signedIn || !member) return { ...open, state: 'signed-out', member: null };
    return { ...open, state: this.signedIn.locked ? 'locked' : 'signed-in', member: { id: member.id, name: member.name } };
  }

  private async load(): Promise<void> {
    if (this.settings) return;
    this.loading ??= (async () => {
      this.settings = this.available ? await readSignInSettings(this.ctx.dataDir, this.deps.log) : notRequired;
    })();
    await this.loading;
  }

  private loaded(): SignInSettings {
    if (!this.settings) throw new Error('The sign-in settings are read before the first call is let through.');
    return this.settings;
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = async () => {
      this.requireAvailable();
      await this.load();
      return work();
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private requireAvailable(): void {
    if (!this.available) {
      throw new AppError('UNAVAILABLE', message('signIn.onlyOnThisComputer'));
    }
  }

  private anyActiveMember(): boolean {
    for (const member of this.ctx.store.all('teamMembers')) if (member.active) return true;
    return false;
  }

  private activeMember(id: string): TeamMember | null {
    const member = this.ctx.store.get('teamMembers', id);
    return member?.active ? member : null;
  }

  private passwordOf(memberId: string): PasswordHash | undefined {
    const { passwords } = this.loaded();
    return Object.hasOwn(passwords, memberId) ? passwords[memberId] : undefined;
  }

  /** Who signs in: an active member, at a workstation that requires sign-in. */
  private memberSigningIn(memberId: string): TeamMember {
    if (!this.loaded().required) {
      throw new AppError('CONFLICT', message('signIn.notAsked'));
    }
    const member = this.activeMember(memberId);
    if (!member) {
      throw new AppError('NOT_FOUND', message('signIn.chooseYourNameAgain'), [fieldIssue('memberId', message('issues.notActiveMember'))]);
    }
    return member;
  }

  /** The person at this workstation (signed in, or chosen under "You are" while sign-in is off), to act on their own password. */
  private memberAtWorkstation(member: MemberRef | null, toDo: Message): TeamMember {
    const active = member && this.activeMember(member.id);
    if (!active) throw new AppError('CONFLICT', message('signIn.chooseWhoFirst', { toDo }));
    return active;
  }

  private async checkPassword(password: string, kept: PasswordHash, wrongSentence: Message): Promise<void> {
    this.wrongPasswords.check();
    if (await passwordMatches(password, kept)) {
      this.wrongPasswords.right();
      return;
    }
    const wait = this.wrongPasswords.wrong();
    throw new AppError(
      'FORBIDDEN',
      wait > 0
        ? message('signIn.wrongThenWait', { wrong: wrongSentence, tries: wrongInARowBeforeWaiting, wait: inWords(wait) })
        : message('signIn.wrongThenRetry', { wrong: wrongSentence }),
    );
  }

  private startSession(memberId: string): WorkstationStatus {
    this.signedIn = { memberId, locked: false, lastUsedAt: this.ctx.now().getTime() };
    return this.status(null);
  }

  /** Backstop for a screen that did not lock: no report of use for the idle time and a grace, and main locks. */
  private lockWhenIdle(): void {
    const signedIn = this.signedIn;
    if (!signedIn || signedIn.locked || !this.settings) return;
    if (this.ctx.now().getTime() - signedIn.lastUsedAt > this.settings.idleMinutes * 60_000 + idleGraceMs) signedIn.locked = true;
  }

  private savePassword(memberId: string, hash: PasswordHash): Promise<void> {
    const settings = this.loaded();
    return this.save({ ...settings, passwords: { ...settings.passwords, [memberId]: hash } });
  }

  /** Written to the file before it counts: a failed write changes nothing. */
  private async save(next: SignInSettings): Promise<void> {
    try {
      await writeSignInSettings(this.ctx.dataDir, next);
    } catch (error) {
      this.deps.log.error(
        `The workstation's sign-in file could not be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
      );
      throw new AppError('STORAGE_FAILED', message('signIn.settingsNotSaved'));
    }
    this.settings = next;
  }
}
