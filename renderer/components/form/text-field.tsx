import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from './field';

type Props = Omit<ComponentPropsWithRef<'input'>, 'id'> & {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
};

export function TextField({ label, error, hint, className, ...input }: Props) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => <input type="text" className={`input${className ? ` ${className}` : ''}`} {...input} {...control} />}
    </Field>
  );
}
