import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import { ruleOf } from '../../../shared/messages';
import type { Formatters } from '../../i18n/format';
import { describeReason, wordMessage } from '../describe-error';

/** A schema's own rule after the field's label, in the interface language; a rule the catalogue lacks in the schema's words. */
function ruleSentence(english: string, label: string, t: TFunction): string {
  const rule = ruleOf(english);
  if (rule) return t('messages.rules.sentence', { label, rule: wordMessage(rule, t) });
  return t('validation.fromServer', { label, message: `${english}.` });
}

/**
 * Words a failed check of the shared schema in the interface language: amounts of money, whole
 * numbers, dates and the contract's own "must be…" sentences for patterns and checks included. The
 * schema is the one the backend applies too, so what passes here is what the backend accepts.
 */
export function issueMessage(issue: z.core.$ZodIssue, label: string, t: TFunction): string {
  if (issue.path.map(String).includes('amountMinor')) {
    return issue.code === 'too_small' ? t('clientPage.validation.negative', { label }) : t('clientPage.validation.money', { label });
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? t('clientPage.validation.wholeNumber', { label })
        : t('validation.invalid', { label });
    case 'too_small':
      if (issue.origin === 'number') return t('clientPage.validation.atLeast', { label, min: Number(issue.minimum) });
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? t('validation.required', { label })
        : t('validation.tooShort', { label, min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'number') return t('clientPage.validation.atMost', { label, max: Number(issue.maximum) });
      return t('validation.tooLong', { label, max: Number(issue.maximum) });
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return t('validation.email', { label });
        case 'date':
          return t('clientPage.validation.date', { label });
        case 'datetime':
          return t('clientPage.validation.dateTime', { label });
        case 'regex':
          return ruleSentence(issue.message, label, t);
        default:
          return t('validation.invalid', { label });
      }
    case 'invalid_value':
      return t('validation.choose', { label });
    // The schema's own words for a rule beyond the type (a date's range): the same the backend gives.
    case 'custom':
      return ruleSentence(issue.message, label, t);
    default:
      return t('validation.invalid', { label });
  }
}

/** What the backend says is wrong with a field, after the field's label: worded by its message key where it has one, the firm's way (`format`). */
export function serverIssueMessage(issue: FieldIssue, label: string, t: TFunction, format: Formatters): string {
  return t('validation.fromServer', { label, message: describeReason(issue, t, format) });
}
