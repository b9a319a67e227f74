import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import { ApiError } from '../../api';
import { useFormatters } from '../../i18n/format';
import { useTypingLocale, withAmountExample } from './firm-typing';
import { issueMessage, serverIssueMessage } from './issue-message';
import { placeIssues, type FieldErrors } from './place-issues';

export type { FieldErrors } from './place-issues';

/**
 * What `submit` resolves to when it stopped short on purpose (e.g. to ask "create anyway?"):
 * the form keeps its values and `onSuccess` is not called.
 */
export const keepEditing = Symbol('keepEditing');

/** The names of the values that are text, which a text field or select can be bound to. */
type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export interface FormOptions<V extends object, S extends z.ZodType, R> {
  /** The values the form starts with, of any type (text, numbers, lists, amounts in minor units), and returns to after a save. */
  initial: V;
  /**
   * Labels by control name. An issue about a control shows beside it, worded with its label, and the
   * first control in this order with a message takes focus. A function when the controls depend on
   * the values (one per row of a list).
   */
  labels: Record<string, string> | ((values: V) => Record<string, string>);
  /** The contract's input schema: checked here first so most mistakes never reach the backend. */
  schema: S;
  /** Turns the values into the schema's input (trimmed text, nulls, ids added); the values as they are by default. */
  prepare?: (values: V) => unknown;
  /**
   * The control an issue path (`email`, `changes.email`, `decisions.0.dueOn`) is about, if any: by
   * default the first segment that names a label. Forms with lists map an index to its row here.
   */
  fieldOf?: (path: readonly string[], values: V) => string | undefined;
  /** Rules the schema leaves to the form (a task made from a decision needs an owner): messages by control name. */
  check?: (values: V) => FieldErrors;
  submit: (input: z.output<S>) => Promise<R | typeof keepEditing>;
  onSuccess: (result: R) => void;
  /** Told the messages placed from a failed save (empty when the failure is about the whole form). */
  onFailure?: (placed: FieldErrors) => void;
  /** Words a failed check; the shared wording by default. Forms with amounts or dates add their own. */
  describeIssue?: (issue: z.core.$ZodIssue, label: string, t: TFunction, values: V) => string;
  /** Words the backend's issue about a control; "<label> <the backend's words>" (`serverIssueMessage`) by default. */
  describeServerIssue?: (issue: FieldIssue, label: string, t: TFunction, values: V) => string;
}

/** Props for a text field or select bound to one form value. */
export interface BoundField<F extends string> {
  name: F;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
}

/**
 * State, client-side validation and submission for a form: the one place where a failed check, the
 * schema's or the backend's `INVALID_INPUT` issues, is put next to the control it names. Anything
 * not about one control is shown for the whole form.
 */
export function useForm<V extends object, S extends z.ZodType, R>({
  initial,
  labels: labelsFor,
  schema,
  prepare,
  fieldOf,
  check,
  submit,
  onSuccess,
  onFailure,
  describeIssue = issueMessage,
  describeServerIssue,
}: FormOptions<V, S, R>) {
  const { t: translate } = useTranslation();
  const format = useFormatters();
  const t = withAmountExample(translate, useTypingLocale());
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** A failure that is not about one field; shown for the whole form. */
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const labels = typeof labelsFor === 'function' ? labelsFor(values) : labelsFor;

  const controlOf = (path: readonly string[]) => (fieldOf ? fieldOf(path, values) : path.find((segment) => Object.hasOwn(labels, segment)));

  /**
   * A form whose first invalid control takes focus once its messages are on screen (and a control
   * the form held disabled, while asking "are you sure?", is enabled again).
   */
  const focusAfterRender = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    const form = focusAfterRender.current;
    focusAfterRender.current = null;
    if (!form) return;
    const first = Object.keys(labels).find((name) => errors[name]);
    const control = first ? form.elements.namedItem(first) : null;
    if (control instanceof RadioNodeList) (control[0] as HTMLElement | undefined)?.focus();
    // A message about a group of controls (a step's assignee, shown by whichever control its kind needs).
    else (control instanceof HTMLElement ? control : form.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
  }, [errors, labels]);

  const focusFirstInvalid = (form: HTMLFormElement) => {
    focusAfterRender.current = form;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const parsed = schema.safeParse(prepare ? prepare(values) : values);
    const { placed: found, unplaced } = placeIssues(parsed.success ? [] : parsed.error.issues, controlOf, (issue, name) =>
      describeIssue(issue, labels[name] ?? name, t, values),
    );
    for (const [name, message] of Object.entries(check?.(values) ?? {})) found[name] ??= message;
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      // A rule about the form as a whole (no field of its own) still has to be said somewhere.
      setFormError(unplaced.length > 0 ? new ApiError('INVALID_INPUT', unplaced.map((issue) => issue.message).join('; ')) : null);
      focusFirstInvalid(form);
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
      const issues = error instanceof ApiError ? error.issues : [];
      const { placed: fields, unplaced } = placeIssues(issues, controlOf, (issue, name) =>
        describeServerIssue
          ? describeServerIssue(issue, labels[name] ?? name, t, values)
          : serverIssueMessage(issue, labels[name] ?? name, t, format),
      );
      if (issues.length > 0) {
        setErrors(fields);
        setFormError(unplaced.length > 0 || Object.keys(fields).length === 0 ? error : null);
        focusFirstInvalid(form);
      } else {
        setFormError(error);
      }
      onFailure?.(fields);
    } finally {
      setBusy(false);
    }
  };

  const setValue = <K extends keyof V>(name: K, value: V[K]) => setValues((prev) => ({ ...prev, [name]: value }));

  const field = <F extends TextKeys<V>>(name: F): BoundField<F> => ({
    name,
    label: labels[name] ?? name,
    value: values[name] as string,
    error: errors[name],
    onChange: (event) => setValue(name, event.target.value as V[F]),
  });

  /** Props for a `PathField` bound to one form value; it is held still while the form saves. */
  const pathField = <F extends TextKeys<V>>(name: F) => ({
    name,
    label: labels[name] ?? name,
    value: values[name] as string,
    error: errors[name],
    disabled: busy,
    onChange: (path: string) => setValue(name, path as V[F]),
  });

  return {
    values,
    errors,
    formError,
    busy,
    field,
    pathField,
    setValue,
    /** Changes several values at once, from the latest ones (a row added to a list). */
    update: setValues,
    /** Says (or, with no message, takes back) something about one control outside a save: a file refused as it is chosen. */
    setError: (name: string, message?: string) => setErrors((prev) => ({ ...prev, [name]: message })),
    /** Starts again from these values (the saved record, after a save or a cancel), with no messages. */
    reset: (next: V = initial) => {
      setValues(next);
      setErrors({});
      setFormError(null);
    },
    onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event),
  };
}
