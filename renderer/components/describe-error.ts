import type { TFunction } from 'i18next';
import { isMessage, type Message, type MessageParam } from '../../shared/messages';
import { ApiError } from '../api';

/**
 * A backend message in the interface language: its key under `messages.` with its parameters, a
 * parameter that is itself a message worded first. A key this version lacks shows its English.
 */
export function wordMessage({ key, params }: Message, t: TFunction, english?: string): string {
  const worded = Object.fromEntries(
    Object.entries(params).map(([name, value]: [string, MessageParam]) => [name, isMessage(value) ? wordMessage(value, t) : value]),
  );
  // The key comes from the backend at run time, so it is checked by i18next, not by the compiler.
  const translate = t as unknown as (key: string, options: object) => string;
  return translate(`messages.${key}`, { ...worded, defaultValue: english ?? key });
}

/**
 * The sentence a person sees for a failed call. The backend says what happened as a message key
 * with parameters, worded here in the reader's language; failures before it answered are worded
 * here too. Anything else (a bug) gets a plain, safe sentence: never a stack trace.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'ACCESS_DENIED':
        return t('errors.accessDenied');
      case 'UNREACHABLE':
        return t('errors.unreachable');
      case 'BAD_RESPONSE':
        return t('errors.badResponse');
      default:
        if (error.worded) return wordMessage(error.worded, t, error.message);
        return error.message || t('errors.unexpected');
    }
  }
  return t('errors.unexpected');
}
