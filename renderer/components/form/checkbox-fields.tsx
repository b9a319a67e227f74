import { useId } from 'react';
import './form.css';

/** A single checkbox with its label beside it. */
export function CheckboxField({
  name,
  label,
  checked,
  onChange,
  hint,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="form-check">
      <input
        id={id}
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint form-check__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes choosing ids (people involved, service team). */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onChange,
  empty,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  empty?: string;
}) {
  return (
    <fieldset className="form-checks">
      <legend className="field__label">{legend}</legend>
      {options.length === 0 && empty ? <p className="field__hint">{empty}</p> : null}
      {options.map((option) => (
        <label key={option.value} className="form-checks__item">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
