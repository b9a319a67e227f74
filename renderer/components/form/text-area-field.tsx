import type { ChangeEvent, ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from './field';
import './form.css';

type TextAreaProps = Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'onChange'> & {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
};

/** A multi-line text field with the same label, hint and message wiring as `TextField`. */
export function TextAreaField({ label, error, hint, className, onChange, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <textarea
          className={`input form-textarea${className ? ` ${className}` : ''}`}
          rows={3}
          {...textarea}
          {...control}
          // The bound field only reads `target.value`, which a textarea has too.
          onChange={(event) => onChange(event as unknown as ChangeEvent<HTMLInputElement>)}
        />
      )}
    </Field>
  );
}
