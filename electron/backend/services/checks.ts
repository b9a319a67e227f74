import { englishFormat, type LocaleFormat } from '../../../shared/domain/locale-format';
import { AppError, fieldIssue } from '../../../shared/errors';
import { message, type Message, type WhenParam } from '../../../shared/messages';
import type { Client, TeamMember, TeamRole } from '../../../shared/model';
import type { CollectionName } from '../store';
import type { ServiceContext } from './context';

/**
 * How the backend's English sentences write dates and times: by the firm's region (31 Mar 2026 in
 * en-IN and hi-IN, Mar 31, 2026 in en-US) and in the firm's time zone, in English words.
 */
export function sentenceFormat(ctx: ServiceContext): LocaleFormat {
  return englishFormat(ctx.store.settings);
}

/** An instant in a sentence: the screen writes it the firm's way, the English sentence by the firm's region. */
export function instantIn(ctx: ServiceContext, iso: string): WhenParam {
  return { instant: iso, english: sentenceFormat(ctx).dateTime(iso) };
}

/** A day in a sentence, as `instantIn`. */
export function dayIn(ctx: ServiceContext, iso: string): WhenParam {
  return { day: iso, english: sentenceFormat(ctx).day(iso) };
}

/** A refusal naming the one field that caused it: the whole sentence, and what is wrong with the field (under `issues.`). */
export function invalid(sentence: Message, path: string, issue: Message): AppError {
  return new AppError('INVALID_INPUT', sentence, [fieldIssue(path, issue)]);
}

/** The client, or NOT_FOUND naming the field that held its id. */
export function requireClient(ctx: ServiceContext, id: string, path = 'id'): Client {
  const client = ctx.store.get('clients', id);
  if (!client) {
    throw new AppError('NOT_FOUND', message('gone.household'), [fieldIssue(path, message('issues.unknownHousehold'))]);
  }
  return client;
}

/**
 * An active team member, optionally of one of `roles`; otherwise INVALID_INPUT on `path`.
 * `who` says in the sentence what the member was chosen as, e.g. `message('chosenAs.primaryManager')`.
 */
export function requireActiveMember(ctx: ServiceContext, id: string, path: string, who: Message, roles?: readonly TeamRole[]): TeamMember {
  const member = ctx.store.get('teamMembers', id);
  if (!member || !member.active || (roles && !roles.includes(member.role))) {
    const roleNames = roles?.length
      ? roles.map((role) => message(`roles.${role}`)).reduceRight((rest, first) => message('roles.either', { first, rest }))
      : undefined;
    const refusal = roleNames ? message('refused.activeMemberOfRole', { roles: roleNames, who }) : message('refused.activeMember', { who });
    throw invalid(refusal, path, roleNames ? message('issues.activeMemberOfRole', { roles: roleNames }) : message('issues.activeMember'));
  }
  return member;
}

export { today } from './firm-today';

/**
 * Refuses with CONFLICT a change to a record that someone changed after the form showed it at
 * `expectedVersion`, naming who and when, so nobody's change is silently overwritten. Without an
 * expected version the change applies to the record as it is now. `what` names the record in the
 * sentence, e.g. `message('conflict.thisHousehold')`.
 */
export function requireUnchangedSince(
  ctx: ServiceContext,
  collection: CollectionName,
  id: string,
  expectedVersion: number | undefined,
  what: Message,
): void {
  if (expectedVersion === undefined || ctx.store.versionOf(collection, id) === expectedVersion) return;
  const change = ctx.store.lastChangeOf(collection, id);
  throw new AppError(
    'CONFLICT',
    change
      ? message('conflict.changedAt', { who: change.member?.name ?? change.actor, what, at: instantIn(ctx, change.at) })
      : message('conflict.changed', { what }),
    [fieldIssue('expectedVersion', message('issues.notCurrentVersion'))],
  );
}
