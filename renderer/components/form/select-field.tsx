import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

type Props = Omit<ComponentPropsWithRef<'select'>, 'id' | 'children'> & {
  label: string;
  options: readonly SelectOption[];
  /** Shown (and selected) while nothing is chosen; makes the choice explicit rather than defaulted. */
  placeholder?: string;
  error?: string | undefined;
  hint?: ReactNode;
};

export function SelectField({ label, options, placeholder, error, hint, ...select }: Props) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <select className="select" {...select} {...control}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
