/** A row of mutually exclusive buttons (period, comparison, chart or table), the chosen one pressed. */
export function Segmented<T extends string>({
  label,
  options,
  value,
  optionLabel,
  onChange,
}: {
  label: string;
  options: readonly T[];
  value: T;
  optionLabel: (option: T) => string;
  onChange: (option: T) => void;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button key={option} type="button" className="segmented__option" aria-pressed={value === option} onClick={() => onChange(option)}>
          {optionLabel(option)}
        </button>
      ))}
    </div>
  );
}
