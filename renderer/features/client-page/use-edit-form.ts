import type { TFunction } from 'i18next';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import { ApiError } from '../../api';
import { issueMessage } from '../../components/form/issue-message';
import { keepEditing } from '../../components/form/use-form';
import type { BoundField } from '../../components/form/use-form';

type Errors<F extends string> = Partial<Record<F, string>>;

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

/** Which form field an issue path (`email`, `changes.email`, `value.amountMinor`) is about. */
function fieldOf<F extends string>(path: readonly string[], labels: Record<F, string>): F | undefined {
  return path.find((segment): segment is F => Object.hasOwn(labels, segment));
}

interface Options<F extends string, S extends z.ZodType, R> {
  initial: Record<F, string>;
  labels: Record<F, string>;
  /** The contract's input schema; checked here first, so what passes is what the backend accepts. */
  schema: S;
  /** Turns the typed text (and any other state the form holds) into the channel's input. */
  toInput: (values: Record<F, string>) => unknown;
  /** Resolves to `keepEditing` when it stopped short on purpose (e.g. to ask "add anyway?"). */
  submit: (input: z.output<S>) => Promise<R | typeof keepEditing>;
  onSuccess: (result: R) => void;
}

/**
 * The client page's form state. Like `useForm`, but the text is converted to the contract's input
 * first (money, numbers, nullable fields), so one form can carry amounts and dates. Nothing is
 * sent until everything passes; messages land beside their field and the first bad field takes focus.
 */
export function useEditForm<F extends string, S extends z.ZodType, R>({
  initial,
  labels,
  schema,
  toInput,
  submit,
  onSuccess,
}: Options<F, S, R>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const focusFirstInvalid = (form: HTMLFormElement, found: Errors<F>) => {
    const first = (Object.keys(labels) as F[]).find((name) => found[name]);
    const control = first ? form.elements.namedItem(first) : null;
    if (control instanceof HTMLElement) control.focus();
    else if (control instanceof RadioNodeList && control[0] instanceof HTMLElement) control[0].focus();
  };

  const serverErrors = (issues: FieldIssue[]) => {
    const fields: Errors<F> = {};
    let unplaced = false;
    for (const issue of issues) {
      const name = fieldOf(issue.path.split('.'), labels);
      if (name === undefined) unplaced = true;
      else fields[name] ??= t('validation.fromServer', { label: labels[name], message: issue.message });
    }
    return { fields, unplaced };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const parsed = schema.safeParse(toInput(values));
    if (!parsed.success) {
      const found: Errors<F> = {};
      let unplaced = false;
      for (const issue of parsed.error.issues) {
        const name = fieldOf(issue.path.map(String), labels);
        if (name === undefined) unplaced = true;
        else found[name] ??= fieldMessage(issue, labels[name], t);
      }
      setErrors(found);
      setFormError(unplaced ? new ApiError('INVALID_INPUT', parsed.error.issues.map((i) => i.message).join('; ')) : null);
      focusFirstInvalid(form, found);
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const result = await submit(parsed.data);
      if (result === keepEditing) return;
      setValues(initial);
      onSuccess(result);
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const { fields, unplaced } = serverErrors(error.issues);
        setErrors(fields);
        setFormError(unplaced || Object.keys(fields).length === 0 ? error : null);
        focusFirstInvalid(form, fields);
      } else {
        setFormError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const setValue = (name: F, value: string) => setValues((prev) => ({ ...prev, [name]: value }));

  const field = (name: F): BoundField<F> => ({
    name,
    label: labels[name],
    value: values[name],
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValue(name, event.target.value),
  });

  return { values, errors, formError, busy, field, setValue, onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event) };
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
