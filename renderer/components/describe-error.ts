import type { TFunction } from 'i18next';
import { ApiError } from '../api';

/**
 * The sentence a person sees for a failed call. The backend words its own errors for people;
 * failures before it answered are worded here. Anything else (a bug) gets a plain, safe sentence:
 * never a stack trace.
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
        return error.message || t('errors.unexpected');
    }
  }
  return t('errors.unexpected');
}
