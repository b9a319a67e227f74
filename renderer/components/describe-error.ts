import type { TFunction } from 'i18next';
import { listIssues } from '../../shared/errors';
import { isMessage, isWhen, message, type Message, type MessageKey, type MessageParam, type WhenParam } from '../../shared/messages';
import type { Formatters } from '../i18n/format';
import { ApiError } from '../api';

/** A day, instant or month the firm's way (`format`, the screen's formatters); without them, as the backend's English wrote it. */
function wordWhen(when: WhenParam, format: Formatters | undefined): string {
  if (!format) return when.english;
  if ('day' in when) return format.day(when.day);
  return 'month' in when ? format.month(when.month, 'long') : format.dateTime(when.instant);
}

/**
 * A backend message in the interface language: its key under `messages.` with its parameters, a
 * parameter that is itself a message worded first, a day or instant written by `format` (the
 * firm's formatters). A key this version lacks shows its English.
 */
export function wordMessage({ key, params }: Message, t: TFunction, english?: string, format?: Formatters): string {
  const worded = Object.fromEntries(
    Object.entries(params).map(([name, value]: [string, MessageParam]) => [
      name,
      isMessage(value) ? wordMessage(value, t, undefined, format) : isWhen(value) ? wordWhen(value, format) : value,
    ]),
  );
  // The key comes from the backend at run time, so it is checked by i18next, not by the compiler.
  const translate = t as unknown as (key: string, options: object) => string;
  return translate(`messages.${key}`, { ...worded, defaultValue: english ?? key });
}

/** A reason the backend gives in English beside its key: an imported row's, or a field's issue. */
export interface Reason {
  message: string;
  key?: string;
  params?: object;
}

/**
 * A reason worded by its key where it has one, its days and times by `format` (the firm's
 * formatters). Screens call it through `useDescribeReason`, which passes both.
 */
export function describeReason(reason: Reason, t: TFunction, format: Formatters): string {
  if (reason.key === undefined) return reason.message;
  // The backend made the key and parameters from the catalogue; a key this version lacks shows the English.
  return wordMessage({ key: reason.key as MessageKey, params: (reason.params ?? {}) as Message['params'] }, t, reason.message, format);
}

/**
 * A field by its name under `messages.fields`, found by its path's last named part (`people.0.email`
 * is named as `email`; the position is left out); a field the catalogue lacks keeps its id.
 */
function nameOfField(path: string, t: TFunction): string {
  const id = path.split('.').findLast((part) => !/^\d+$/.test(part)) ?? path;
  return wordMessage({ key: `fields.${id}` as MessageKey, params: {} }, t, id);
}

/** The refusal of input lists its fields' issues in the backend's English, by their paths: each is named and worded here by its key instead. */
function summaryOf(error: ApiError, worded: Message, t: TFunction, format: Formatters): Message {
  if (worded.key !== 'dispatch.invalidInput' || error.issues.length === 0) return worded;
  const details = listIssues(
    error.issues,
    (issue) => describeReason(issue, t, format),
    (path) => nameOfField(path, t),
  );
  return message('dispatch.invalidInput', { details });
}

/**
 * The sentence a person sees for a failed call. The backend says what happened as a message key
 * with parameters, worded here in the reader's language (its days and times by `format`, the
 * firm's formatters); failures before it answered are worded here too. Anything else (a bug) gets a plain, safe sentence: never a stack trace.
 * Screens call it through `useDescribeError`, which passes both.
 */
export function describeError(error: unknown, t: TFunction, format: Formatters): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'ACCESS_DENIED':
        return t('errors.accessDenied');
      case 'UNREACHABLE':
        return t('errors.unreachable');
      case 'BAD_RESPONSE':
        return t('errors.badResponse');
      default:
        if (error.worded) return wordMessage(summaryOf(error, error.worded, t, format), t, error.message, format);
        return error.message || t('errors.unexpected');
    }
  }
  return t('errors.unexpected');
}
