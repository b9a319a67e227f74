import type { TFunction } from 'i18next';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import { ApiError } from '../../api';
import { issueMessage } from './issue-message';

type Errors<F extends string> = Partial<Record<F, string>>;

/**
 * What `submit` resolves to when it stopped short on purpose (e.g. to ask "create anyway?"):
 * the form keeps its values and `onSuccess` is not called.
 */
export const keepEditing = Symbol('keepEditing');

export interface FormOptions<F extends string, S extends z.ZodType, R> {
  initial: Record<F, string>;
  labels: Record<F, string>;
  /** The contract's input schema: checked here first so most mistakes never reach the backend. */
  schema: S;
  /** Turns the text values into the schema's input (lists, nulls); the values as they are by default. */
  prepare?: (values: Record<F, string>) => unknown;
  submit: (input: z.output<S>) => Promise<R | typeof keepEditing>;
  onSuccess: (result: R) => void;
  /** Words a failed check; the shared wording by default. Forms with amounts or dates add their own. */
  describeIssue?: (issue: z.core.$ZodIssue, label: string, t: TFunction) => string;
}

/** Props for a text field or select bound to one form value. */
export interface BoundField<F extends string> {
  name: F;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
}

/** Which form field an issue path (`email`, `changes.email`, `value.amountMinor`) is about, if any. */
function fieldOf<F extends string>(path: readonly string[], labels: Record<F, string>): F | undefined {
  return path.find((segment): segment is F => Object.hasOwn(labels, segment));
}

/**
 * State, client-side validation and submission for a small form. Messages from the backend's
 * `INVALID_INPUT` issues land next to the field they name; anything else is shown for the form.
 */
export function useForm<F extends string, S extends z.ZodType, R>({
  initial,
  labels,
  schema,
  prepare,
  submit,
  onSuccess,
  describeIssue = issueMessage,
}: FormOptions<F, S, R>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  /** A failure that is not about one field; shown for the whole form. */
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const focusFirstInvalid = (form: HTMLFormElement, found: Errors<F>) => {
    const first = (Object.keys(labels) as F[]).find((name) => found[name]);
    const control = first ? form.elements.namedItem(first) : null;
    if (control instanceof HTMLElement) control.focus();
    else if (control instanceof RadioNodeList && control[0] instanceof HTMLElement) control[0].focus();
  };

  const applyServerIssues = (issues: FieldIssue[]): { fields: Errors<F>; rest: FieldIssue[] } => {
    const fields: Errors<F> = {};
    const rest: FieldIssue[] = [];
    for (const issue of issues) {
      const name = fieldOf(issue.path.split('.'), labels);
      if (name === undefined) rest.push(issue);
      else fields[name] ??= t('validation.fromServer', { label: labels[name], message: issue.message });
    }
    return { fields, rest };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const parsed = schema.safeParse(prepare ? prepare(values) : values);
    if (!parsed.success) {
      const found: Errors<F> = {};
      let unplaced = false;
      for (const issue of parsed.error.issues) {
        const name = fieldOf(issue.path.map(String), labels);
        if (name === undefined) unplaced = true;
        else found[name] ??= describeIssue(issue, labels[name], t);
      }
      setErrors(found);
      // A rule about the form as a whole (no field of its own) still has to be said somewhere.
      setFormError(unplaced ? new ApiError('INVALID_INPUT', parsed.error.issues.map((issue) => issue.message).join('; ')) : null);
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
        const { fields, rest } = applyServerIssues(error.issues);
        setErrors(fields);
        setFormError(rest.length > 0 || Object.keys(fields).length === 0 ? error : null);
        focusFirstInvalid(form, fields);
      } else {
        setFormError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const field = (name: F): BoundField<F> => ({
    name,
    label: labels[name],
    value: values[name],
    error: errors[name],
    onChange: (event) => {
      const { value } = event.target;
      setValues((prev) => ({ ...prev, [name]: value }));
    },
  });

  const setValue = (name: F, value: string) => setValues((prev) => ({ ...prev, [name]: value }));

  return { values, errors, formError, busy, field, setValue, onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event) };
}
