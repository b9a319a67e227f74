import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * Words a failed check of the shared schema in the interface language. The schema is the one the
 * backend applies too, so what passes here is what the backend accepts.
 */
export function issueMessage(issue: z.core.$ZodIssue, label: string, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? t('validation.required', { label })
        : t('validation.tooShort', { label, min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { label, max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email', { label }) : t('validation.invalid', { label });
    case 'invalid_value':
      return t('validation.choose', { label });
    // The schema's own words for a rule beyond the type (a date's range): the same the backend gives.
    case 'custom':
      return t('validation.fromServer', { label, message: issue.message });
    default:
      return t('validation.invalid', { label });
  }
}
