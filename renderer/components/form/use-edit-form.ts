import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { issueMessage } from './issue-message';
import { useForm, type FormOptions } from './use-form';

/**
 * Words a failed check for the client page's forms: the shared wording, plus amounts of money,
 * whole numbers, dates and the contract's own "must be…" sentences for patterns and checks.
 */
export function fieldMessage(issue: z.core.$ZodIssue, label: string, t: TFunction): string {
  const path = issue.path.map(String);
  if (path.includes('amountMinor')) {
    return issue.code === 'too_small' ? t('clientPage.validation.negative', { label }) : t('clientPage.validation.money', { label });
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return t('clientPage.validation.wholeNumber', { label });
      break;
    case 'too_small':
      if (issue.origin === 'number') return t('clientPage.validation.atLeast', { label, min: Number(issue.minimum) });
      break;
    case 'too_big':
      if (issue.origin === 'number') return t('clientPage.validation.atMost', { label, max: Number(issue.maximum) });
      break;
    case 'invalid_format':
      if (issue.format === 'date') return t('clientPage.validation.date', { label });
      if (issue.format === 'datetime') return t('clientPage.validation.dateTime', { label });
      if (issue.format === 'regex') return t('validation.fromServer', { label, message: `${issue.message}.` });
      break;
    case 'custom':
      return t('validation.fromServer', { label, message: `${issue.message}.` });
    default:
      break;
  }
  return issueMessage(issue, label, t);
}

interface Options<V extends object, S extends z.ZodType, R> extends Omit<FormOptions<V, S, R>, 'prepare' | 'describeIssue'> {
  /** Turns the values (and any other state the form holds) into the channel's input. */
  toInput: (values: V) => unknown;
}

/** The client page's forms: the shared form hook, with its text converted first and its own wording for amounts, numbers and dates. */
export function useEditForm<V extends object, S extends z.ZodType, R>({ toInput, ...options }: Options<V, S, R>) {
  return useForm({ ...options, prepare: toInput, describeIssue: fieldMessage });
}

/** Blank text as null, otherwise trimmed text. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** Blank as null; otherwise a number (NaN when not one, so the schema reports it). */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
}
